import type { ConsentAdapter } from '@consentkit/core';
import { optOutVendorAdapter } from './opt-out-vendor';
import type { OptOutVendorOptions } from './opt-out-vendor';

/** Options of {@link amplitudeConsent}: `category` (default `analytics`) and `saleOrShare` (default `false`). */
export type AmplitudeConsentOptions = OptOutVendorOptions;

/**
 * Publishes consent to Amplitude (Browser SDK 2): `amplitude.setOptOut(false)` when granted,
 * `amplitude.setOptOut(true)` otherwise, on start and once per change. Init Amplitude with
 * `{ optOut: true }` so it sends nothing before the adapter has spoken.
 *
 * @example
 * manager.use(amplitudeConsent());
 */
export function amplitudeConsent(options?: AmplitudeConsentOptions): ConsentAdapter {
  return optOutVendorAdapter('amplitude', 'setOptOut', (amplitude: { setOptOut(optOut: boolean): void }, granted) => amplitude.setOptOut(!granted), options);
}
