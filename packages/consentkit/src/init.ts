import type { ConsentConfig } from '@consentkit/core';
import { createConsentKit } from './consent-kit';
import type { ConsentKit, ConsentKitOptions } from './consent-kit';

/**
 * The script tag's behaviour for code that imports `consentkit` as a module: creates a
 * `ConsentKit` (same API as `window.ConsentKit`) and initialises it with `config`. Like the
 * script tag, an invalid configuration logs one clear error and runs fail-closed instead of
 * throwing; use `createConsentManager` from `@consentkit/core` when you want the throw.
 * Call it once, early, before other code adds tags.
 *
 * @example
 * import { init } from 'consentkit';
 * const consent = init({ policyVersion: '2026-11-01', region: 'FR', adapters: { google: {} } });
 * consent.onGranted('analytics', () => import('./analytics'));
 */
export function init(config: ConsentConfig, options: Omit<ConsentKitOptions, 'readConfig'> = {}): ConsentKit {
  return createConsentKit(options).init(config);
}
