import { ConsentConfigError } from '@consentkit/core';
import type { ConsentAdapter } from '@consentkit/core';
import { amplitudeConsent } from '@consentkit/adapters/amplitude';
import { googleConsentMode } from '@consentkit/adapters/google';
import { matomoConsent } from '@consentkit/adapters/matomo';
import { metaPixelConsent } from '@consentkit/adapters/meta';
import { microsoftClarityConsent, microsoftUetConsent } from '@consentkit/adapters/microsoft';
import { mixpanelConsent } from '@consentkit/adapters/mixpanel';
import { posthogConsent } from '@consentkit/adapters/posthog';
import { tiktokPixelConsent } from '@consentkit/adapters/tiktok';

/** Builds an adapter from the plain JSON options of `config.adapters.<name>`; throws a `ConsentConfigError` on a bad option. */
export type AdapterFactory = (options: Record<string, unknown>) => ConsentAdapter;

/**
 * The adapters in the script-tag build, by the key that enables them in `config.adapters`
 * (DESIGN.md: "the adapters are in the bundle, each enabled by its key"). The names are the
 * ones each factory uses in its own error messages (`adapters.microsoft-uet.category`).
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
 * Creates the adapters a configuration enables, in the order its keys are written. Anything but
 * an object gives none (the manager's own validation reports a bad `adapters` value).
 *
 * Strict (default): an unknown vendor name or a bad option throws a `ConsentConfigError` naming
 * `adapters.<name>[.<option>]` before any adapter has published anything, so no vendor hears
 * "granted" because of a typo.
 *
 * `lenient`, for an invalid configuration: every known vendor the site named, with its options
 * when they are valid and its defaults otherwise; unknown names are dropped. The fallback manager
 * denies everything but `necessary`, so each of them only tells its vendor "denied" — which
 * matters for tags that load without markup gating, like gtag.js in Consent Mode "advanced":
 * with no `consent default` Google would assume granted.
 */
export function createAdapters(adapters: unknown, lenient = false, registry: Readonly<Record<string, AdapterFactory>> = ADAPTERS): ConsentAdapter[] {
  const result: ConsentAdapter[] = [];
  if (typeof adapters !== 'object' || adapters === null || Array.isArray(adapters)) return result;
  for (const [name, options] of Object.entries(adapters)) {
    const factory = Object.prototype.hasOwnProperty.call(registry, name) ? registry[name] : undefined;
    if (!factory) {
      if (lenient) continue;
      throw new ConsentConfigError(`adapters.${name}`, `is not a known adapter (known: ${Object.keys(registry).join(', ')})`);
    }
    try {
      result.push(factory((options ?? {}) as Record<string, unknown>));
    } catch (error) {
      if (!lenient) throw error;
      result.push(factory({}));
    }
  }
  return result;
}
