import type { ConsentAdapter } from '@consentkit/core';
import { optOutVendorAdapter } from './opt-out-vendor';
import type { OptOutVendorOptions } from './opt-out-vendor';

/** Options of {@link posthogConsent}: `category` (default `analytics`) and `saleOrShare` (default `false`). */
export type PosthogConsentOptions = OptOutVendorOptions;

/**
 * Publishes consent to PostHog (posthog-js): `posthog.opt_in_capturing()` when granted,
 * `posthog.opt_out_capturing()` otherwise, on start and once per change. Init PostHog with
 * `opt_out_capturing_by_default: true` so it captures nothing before the adapter has spoken.
 *
 * @example
 * manager.use(posthogConsent());
 */
export function posthogConsent(options?: PosthogConsentOptions): ConsentAdapter {
  return optOutVendorAdapter(
    'posthog',
    'opt_in_capturing',
    (posthog: { opt_in_capturing(): void; opt_out_capturing(): void }, granted) => (granted ? posthog.opt_in_capturing() : posthog.opt_out_capturing()),
    options,
  );
}
