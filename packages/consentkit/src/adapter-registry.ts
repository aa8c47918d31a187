import type { ConsentAdapter } from '@consentkit/core';
import { amplitudeConsent } from '@consentkit/adapters/amplitude';
import { googleConsentMode } from '@consentkit/adapters/google';
import { matomoConsent } from '@consentkit/adapters/matomo';
import { metaPixelConsent } from '@consentkit/adapters/meta';
import { microsoftClarityConsent, microsoftUetConsent } from '@consentkit/adapters/microsoft';
import { mixpanelConsent } from '@consentkit/adapters/mixpanel';
import { posthogConsent } from '@consentkit/adapters/posthog';
import { tiktokPixelConsent } from '@consentkit/adapters/tiktok';
import { buildAdapters } from './build-adapters';
import type { AdapterFactory } from './lazy-parts';

export type { AdapterFactory } from './lazy-parts';

/**
 * Every vendor adapter, by the key that enables it in `config.adapters` (the npm module's
 * `init`, which bundles them; the script tag loads all but Google as separate files, see
 * `script-tag-adapters.ts`). The names are the ones each factory uses in its own error messages
 * (`adapters.microsoft-uet.category`).
 */
export const ADAPTERS: Readonly<Record<string, AdapterFactory>> = Object.freeze({
  google: googleConsentMode,
  meta: metaPixelConsent,
  'microsoft-uet': microsoftUetConsent,
  'microsoft-clarity': microsoftClarityConsent,
  tiktok: tiktokPixelConsent,
  matomo: matomoConsent,
  posthog: posthogConsent,
  mixpanel: mixpanelConsent,
  amplitude: amplitudeConsent,
});

/**
 * Creates the adapters a configuration enables, in the order its keys are written (see
 * `buildAdapters`): strict by default — an unknown vendor or a bad option throws a
 * `ConsentConfigError` naming `adapters.<name>[.<option>]`; `lenient` for an invalid
 * configuration keeps every known vendor (with defaults for bad options) and drops unknown ones.
 */
export function createAdapters(adapters: unknown, lenient = false, registry: Readonly<Record<string, AdapterFactory>> = ADAPTERS): ConsentAdapter[] {
  return buildAdapters(adapters, lenient, registry);
}
