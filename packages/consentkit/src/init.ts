import type { ConsentConfig } from '@consentkit/core';
import { createConsentKit } from './consent-kit';
import type { ConsentKit } from './consent-kit';
import { mountUi } from './mount-ui';
import type { UiAssets } from './mount-ui';

/** Options of `init`. */
export interface InitOptions extends UiAssets {
  /** Show the banner and preference center. Default `true`; `false` for a site with its own UI. */
  ui?: boolean;
}

/**
 * The script tag's behaviour for code that imports `consentkit` as a module: creates a
 * `ConsentKit` (same API as `window.ConsentKit`), initialises it with `config` and mounts the UI
 * (bundled, not loaded lazily). Like the script tag, an invalid configuration logs one clear error
 * and runs fail-closed instead of throwing; use `createConsentManager` from `@consentkit/core`
 * when you want the throw. Call it once, early, before other code adds tags.
 *
 * @example
 * import { init } from 'consentkit';
 * const consent = init({ policyVersion: '2026-11-01', region: 'FR', adapters: { google: {} } });
 * consent.onGranted('analytics', () => import('./analytics'));
 */
export function init(config: ConsentConfig, options: InitOptions = {}): ConsentKit {
  return createConsentKit({ start: options.ui === false ? undefined : (manager) => void mountUi(manager, options) }).init(config);
}
