import type { Category, ConsentAdapter, ConsentChoices, ConsentManager } from '@consentkit/core';
import { checkOneOf, checkText, checkWhere } from '@consentkit/core';
import type { ConfigCheck } from '@consentkit/core';
import { checkBoolean, checkList, checkRecord } from '@consentkit/core/internal';
import { optionCategory, readOptions } from './adapter-options';
import type { OptionSpec } from './adapter-options';
import { followConsent, reportUnknownCategories } from './follow-consent';
import { arrayQueue, readGlobal } from './vendor-queue';

/** The seven Google Consent Mode v2 types. All seven are always sent: an unset type is not the same as denied. */
export const GOOGLE_CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/** One Google Consent Mode v2 type. */
export type GoogleConsentType = (typeof GOOGLE_CONSENT_TYPES)[number];
/** A Consent Mode value. */
export type GoogleConsentValue = 'granted' | 'denied';
/** A full Consent Mode state: all seven types. */
export type GoogleConsentState = Record<GoogleConsentType, GoogleConsentValue>;

/** Options of {@link googleConsentMode}. Every key is optional; the same object works as JSON in `config.adapters.google`. */
export interface GoogleConsentModeOptions {
  /** Milliseconds Google tags wait for the `update` after the `default` (`wait_for_update`). Default 500. */
  waitForUpdate?: number;
  /**
   * Category → Consent Mode types it grants, merged over the default per category. A type is
   * granted only when every category mapped to it is granted; an unmapped type stays denied.
   * Default: `necessary → security_storage`, `analytics → analytics_storage`,
   * `targeting → ad_storage, ad_user_data, ad_personalization`, and, when the site declares a
   * `functional` category, `functional → functionality_storage, personalization_storage`.
   * @example { "necessary": ["security_storage", "functionality_storage"] }
   */
  mapping?: Partial<Record<Category, GoogleConsentType[]>>;
  /**
   * Region-scoped defaults (ISO 3166-1 alpha-2 or 3166-2 codes, as Google expects), each sent as
   * its own `default` command after the global one. Types not given are denied (security_storage
   * follows the mapping). Use them when ConsentKit is not told the visitor's `region`.
   * @example { "US-CA": { "ad_storage": "granted", "analytics_storage": "granted" } }
   */
  regions?: Record<string, Partial<GoogleConsentState>>;
  /** Send `gtag('set', 'ads_data_redaction', true)`. Default false. */
  adsDataRedaction?: boolean;
  /** Send `gtag('set', 'url_passthrough', true)`. Default false. */
  urlPassthrough?: boolean;
  /** Name of the data layer. Default `dataLayer`. With another name, `window.gtag` is neither used nor created. */
  dataLayerName?: string;
  /**
   * Name of the event pushed (as a plain object, for GTM triggers) with every `update`:
   * `{ event: 'consentkit_update', consentkit: { necessary: true, analytics: false, ... } }`.
   * `false` turns it off. Default `consentkit_update`.
   */
  dataLayerEvent?: string | false;
}

/** Category → the Consent Mode types it grants. */
type GoogleMapping = Record<Category, readonly GoogleConsentType[] | undefined>;

const REGION_CODE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const isType = checkOneOf(GOOGLE_CONSENT_TYPES);
/** Names a bad key `<field>.<key>`, as the rest of the Google options do. */
const keyAt =
  <K extends string>(check: ConfigCheck<K>): ConfigCheck<K> =>
  (k, f) =>
    check(k, `${f}.${String(k)}`);

const SPEC: OptionSpec<GoogleConsentModeOptions> = {
  waitForUpdate: checkWhere((v) => Number.isInteger(v) && (v as number) >= 0, 'must be a whole number of milliseconds ≥ 0'),
  mapping: checkRecord(keyAt(optionCategory), checkList(isType, 'must be a list of Consent Mode types such as ["analytics_storage"]')),
  regions: checkRecord(
    keyAt(checkText(REGION_CODE, 'must be an upper-case ISO 3166 code such as "DE" or "US-CA"')),
    // Consent Mode type → `granted` / `denied`, as in a region's defaults.
    checkRecord(keyAt(isType), checkOneOf(['granted', 'denied'])),
  ),
  adsDataRedaction: checkBoolean,
  urlPassthrough: checkBoolean,
  dataLayerName: checkText(IDENTIFIER, 'must be a JavaScript identifier such as "dataLayer"'),
  dataLayerEvent: checkWhere((v) => v === false || (typeof v === 'string' && /^\S+$/.test(v)), 'must be an event name or false'),
};

/** The default category → types mapping for a manager's categories (docs/adapters/google.md). */
function defaultMapping(categories: readonly Category[]): GoogleMapping {
  const mapping: GoogleMapping = {
    necessary: ['security_storage'],
    analytics: ['analytics_storage'],
    targeting: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  };
  if (categories.includes('functional')) mapping.functional = ['functionality_storage', 'personalization_storage'];
  return mapping;
}

/** Maps consent to the seven types. A type claimed by several categories needs all of them (fail closed). */
export function toGoogleConsent(consent: Readonly<Partial<ConsentChoices>>, mapping: Readonly<GoogleMapping>): GoogleConsentState {
  const granted: Partial<Record<GoogleConsentType, boolean>> = {};
  for (const [category, types] of Object.entries(mapping)) {
    for (const type of types ?? []) granted[type] = (granted[type] ?? true) && consent[category] === true;
  }
  return Object.fromEntries(GOOGLE_CONSENT_TYPES.map((t) => [t, granted[t] ? 'granted' : 'denied'])) as GoogleConsentState;
}

/**
 * Publishes consent to Google Consent Mode v2 (gtag.js and Google Tag Manager).
 *
 * On start, synchronously: `gtag('consent', 'default', {all seven types denied but what
 * `necessary` grants, wait_for_update})`, then one `default` per region in `regions`, then the
 * optional `set` commands. If the visitor already decided (or the regime grants something
 * without a decision), one `update` with the current state follows at once, so no Google tag
 * ever reads "granted" before the default. After that: exactly one `update` (all seven types)
 * per decision that changes the state, and one on the visitor's first decision of the page
 * even when it equals the default, which ends Google's `wait_for_update`. A repeated identical
 * decision pushes nothing.
 *
 * Call it before any Google tag is loaded (Google: "the order of the code is vital"): the
 * script-tag build does so in `<head>`.
 *
 * @example
 * manager.use(googleConsentMode({ waitForUpdate: 500, adsDataRedaction: true }));
 */
export function googleConsentMode(options: GoogleConsentModeOptions = {}): ConsentAdapter {
  const o = readOptions<GoogleConsentModeOptions>('google', options, SPEC);
  const layerName = o.dataLayerName ?? 'dataLayer';
  const eventName = o.dataLayerEvent ?? 'consentkit_update';
  const extra = Object.keys(o.mapping ?? {}).filter((c) => c !== 'necessary' && c !== 'analytics' && c !== 'targeting');

  return {
    name: 'google',
    categories: ['analytics', 'targeting', ...extra],
    saleOrShare: true,
    start(manager: ConsentManager) {
      // Google's snippet: `function gtag(){dataLayer.push(arguments)}`. gtag.js tells commands
      // from GTM-style objects by the `arguments` type, so an array would be ignored.
      function pushArguments() {
        // eslint-disable-next-line prefer-rest-params
        arrayQueue(layerName).push(arguments);
      }
      if (layerName === 'dataLayer' && typeof readGlobal('gtag') !== 'function') {
        (window as unknown as { gtag: typeof pushArguments }).gtag = pushArguments;
      }
      arrayQueue(layerName);
      const gtag = (...args: unknown[]) => {
        const pageGtag = layerName === 'dataLayer' ? readGlobal<(...a: unknown[]) => void>('gtag') : undefined;
        (typeof pageGtag === 'function' ? pageGtag : pushArguments)(...args);
      };

      const mapping = { ...defaultMapping(manager.categories), ...o.mapping };
      const denied = toGoogleConsent({ necessary: true }, mapping);
      const wait = o.waitForUpdate ?? 500;

      const update = (state: GoogleConsentState) => {
        gtag('consent', 'update', { ...state });
        if (eventName) arrayQueue(layerName).push({ event: eventName, consentkit: { ...manager.getConsent() } });
      };

      return followConsent(
        manager,
        () => toGoogleConsent(manager.getConsent(), mapping),
        (state, first) => {
          if (!first) return update(state);
          gtag('consent', 'default', { ...denied, wait_for_update: wait });
          for (const [region, values] of Object.entries(o.regions ?? {})) {
            gtag('consent', 'default', { ...denied, ...values, wait_for_update: wait, region: [region] });
          }
          if (o.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
          if (o.urlPassthrough) gtag('set', 'url_passthrough', true);
          // Only after the default is in place: a misnamed category then leaves Google denied.
          reportUnknownCategories(manager, 'adapters.google.mapping', Object.keys(mapping));
          if (manager.hasDecided() || JSON.stringify(state) !== JSON.stringify(denied)) update(state);
        },
        { resolvePending: true },
      );
    },
  };
}
