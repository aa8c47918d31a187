import { googleConsentMode } from '@consentkit/adapters/google';
import type { AdapterRegistry } from './build-adapters';

/**
 * The script tag's adapters, by their `config.adapters` key. Google's is in `consentkit.min.js`:
 * its `consent default` must be in the data layer before any Google tag runs, synchronously. Every
 * other vendor is a file beside the bundle (`consentkit-adapter-<vendor>.js`), requested only
 * when the configuration enables it; gating holds the tags of granted categories until it has
 * applied the consent state (`consent-hold.ts`). A page with only Google configured carries and
 * requests no other adapter.
 */
export const SCRIPT_TAG_ADAPTERS: AdapterRegistry = {
  google: googleConsentMode,
  meta: 'consentkit-adapter-meta.js',
  'microsoft-uet': 'consentkit-adapter-microsoft.js',
  'microsoft-clarity': 'consentkit-adapter-microsoft.js',
  tiktok: 'consentkit-adapter-tiktok.js',
  matomo: 'consentkit-adapter-matomo.js',
  posthog: 'consentkit-adapter-posthog.js',
  mixpanel: 'consentkit-adapter-mixpanel.js',
  amplitude: 'consentkit-adapter-amplitude.js',
};
