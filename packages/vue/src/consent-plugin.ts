import { inject } from 'vue';
import type { App, InjectionKey } from 'vue';
import type { ConsentManager } from '@consentkit/core';

/** Options of the `consentKit` plugin. */
export interface ConsentKitPluginOptions {
  /**
   * Set `true` when the app hydrates server-rendered HTML (Nuxt, Vite SSR): until the app is
   * mounted, the composables answer "everything but necessary denied", as the server did, so
   * hydration matches; then they answer what the visitor chose. Default `false` (a client-only
   * app renders the visitor's choice from its first render).
   */
  ssr?: boolean;
}

/** What the plugin provides to the composables. */
export interface ConsentKitContext {
  readonly manager: ConsentManager;
  readonly ssr: boolean;
}

export const CONSENT_KIT: InjectionKey<ConsentKitContext> = Symbol('consentkit');

/**
 * The Vue plugin: makes one consent manager available to `useConsent`, `useGranted` and
 * `<ConsentGate>`.
 *
 * @example
 * createApp(App).use(consentKit(createConsentManager({ policyVersion: '2026-11-01', region: 'FR' }))).mount('#app');
 */
export function consentKit(manager: ConsentManager, options: ConsentKitPluginOptions = {}) {
  return {
    install(app: App) {
      app.provide(CONSENT_KIT, Object.freeze({ manager, ssr: options.ssr === true }));
    },
  };
}

/** The plugin's context; a clear error when the plugin is not installed. */
export function useConsentKit(): ConsentKitContext {
  const context = inject(CONSENT_KIT, null);
  if (!context) throw new Error('@consentkit/vue: install the plugin first: app.use(consentKit(manager)).');
  return context;
}
