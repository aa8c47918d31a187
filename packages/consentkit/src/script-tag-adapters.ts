import { googleConsentMode } from '@consentkit/adapters/google';
import { checkOneOf, checkShape, checkText } from '@consentkit/core';
import { checkBoolean } from '@consentkit/core/internal';
import type { ConfigCheck } from '@consentkit/core';
import type { AdapterRegistry, LazyEntry } from './build-adapters';

/** A category id, as the adapters check it (`@consentkit/adapters`, adapter-options.ts). */
const category = checkText(/^[a-z][a-z0-9_-]*$/i, 'must be a category id such as "analytics"');
/** The options of a vendor that follows one category, after its own (`category-adapter.ts` in `@consentkit/adapters`). */
const follows = (own?: Record<string, ConfigCheck>): ConfigCheck => checkShape({ ...own, category, saleOrShare: checkBoolean });
const part = (vendor: string, check = follows()): LazyEntry => [`consentkit-adapter-${vendor}.js`, check];

/**
 * The script tag's adapters, by their `config.adapters` key. Google's is in `consentkit.min.js`:
 * its `consent default` must be in the data layer before any Google tag runs, synchronously. Every
 * other vendor is a file beside the bundle (`consentkit-adapter-<vendor>.js`), requested only
 * when the configuration enables it; gating holds the tags of granted categories until it has
 * applied the consent state (`consent-hold.ts`). A page with only Google configured carries and
 * requests no other adapter.
 *
 * The options of those vendors are checked here, at `init`, by the rules their factories apply
 * (`script-tag-adapters.test.ts` keeps the two in step): a bad option is a configuration error,
 * so the page fails closed before the visitor's stored decision is applied.
 */
export const SCRIPT_TAG_ADAPTERS: AdapterRegistry = {
  google: googleConsentMode,
  meta: part('meta', follows({ limitedDataUse: checkBoolean })),
  'microsoft-uet': part('microsoft'),
  'microsoft-clarity': part('microsoft', checkShape({ category, adCategory: category, saleOrShare: checkBoolean })),
  tiktok: part('tiktok'),
  matomo: part('matomo', follows({ mode: checkOneOf(['tracking', 'cookie']) })),
  posthog: part('posthog'),
  mixpanel: part('mixpanel'),
  amplitude: part('amplitude'),
};
