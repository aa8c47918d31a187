import { definePreferencesElement, mountBanner, mountPlaceholders } from '@consentkit/banner';
import type { ConsentManager } from '@consentkit/core';
import { loadDictionary, pickLazyLanguage } from './language-loader';

/** Where the UI's lazily loaded texts come from and how its fallback `<style>` is allowed by CSP. */
export interface UiAssets {
  /** Directory of the bundle; `i18n/<lang>.json` is fetched from here. */
  assetsUrl?: string;
  nonce?: string;
}

/**
 * Mounts the banner (with the preference center, opt-out notice and links), the
 * `<consentkit-preferences>` element and the placeholders of blocked embeds for `manager` once the
 * document is parsed, after fetching the visitor's language if it is not English. The guard is
 * already running by then: the UI only shows the state and records decisions, so a late or
 * failed UI never lets anything through.
 */
export function mountUi(manager: ConsentManager, assets: UiAssets): void {
  const lang = assets.assetsUrl
    ? pickLazyLanguage(
        [manager.config.language, document.documentElement.lang, ...(navigator.languages ?? [])],
        manager.config.texts,
      )
    : undefined;
  // Started now, while the parser is still busy with the page, so the texts are usually there by DOMContentLoaded.
  const texts = lang ? loadDictionary(assets.assetsUrl!, lang) : Promise.resolve(undefined);
  const whenParsed = new Promise<void>((resolve) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    else resolve();
  });
  void Promise.all([texts, whenParsed]).then(([dictionary]) => {
    try {
      const options = { texts: dictionary && lang ? { [lang]: dictionary } : {}, nonce: assets.nonce };
      mountBanner(manager, options);
      // `<consentkit-preferences>` on a privacy page, and a placeholder for each held-back embed.
      definePreferencesElement(manager, options);
      mountPlaceholders(manager, options);
    } catch (error) {
      // Without a UI the visitor cannot decide, so nothing non-essential ever runs: closed, not open.
      console.error('[consentkit] the banner could not be shown:', error);
    }
  });
}
