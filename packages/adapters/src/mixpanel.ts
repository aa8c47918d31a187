import type { ConsentAdapter } from '@consentkit/core';
import { optOutVendorAdapter } from './opt-out-vendor';
import type { OptOutVendorOptions } from './opt-out-vendor';

/** Options of {@link mixpanelConsent}: `category` (default `analytics`) and `saleOrShare` (default `false`). */
export type MixpanelConsentOptions = OptOutVendorOptions;

/**
 * Publishes consent to Mixpanel (mixpanel-browser): `mixpanel.opt_in_tracking()` when granted,
 * `mixpanel.opt_out_tracking()` otherwise (which also clears Mixpanel's stored data), on start
 * and once per change. Init Mixpanel with `opt_out_tracking_by_default: true` so it tracks
 * nothing before the adapter has spoken.
 *
 * @example
 * manager.use(mixpanelConsent());
 */
export function mixpanelConsent(options?: MixpanelConsentOptions): ConsentAdapter {
  return optOutVendorAdapter(
    'mixpanel',
    'opt_in_tracking',
    (mixpanel: { opt_in_tracking(): void; opt_out_tracking(): void }, granted) => (granted ? mixpanel.opt_in_tracking() : mixpanel.opt_out_tracking()),
    options,
  );
}
