import type { ConsentAdapter } from '@consentkit/core';
import { checkBoolean } from '@consentkit/core/internal';
import { optionCategory, readOptions } from './adapter-options';
import type { OptionSpec } from './adapter-options';
import { categoryAdapter } from './category-adapter';
import type { CategoryAdapterOptions } from './category-adapter';
import { followConsent, isVendorGranted, reportUnknownCategories } from './follow-consent';
import { arrayQueue, readFunction } from './vendor-queue';

/**
 * Options of {@link microsoftUetConsent}; the same object works as JSON in `config.adapters["microsoft-uet"]`:
 * `category` (default `targeting`) and `saleOrShare` (default `true`).
 */
export type MicrosoftUetConsentOptions = CategoryAdapterOptions;

/** Options of {@link microsoftClarityConsent}; the same object works as JSON in `config.adapters["microsoft-clarity"]`. */
export interface MicrosoftClarityConsentOptions {
  /** Category `analytics_Storage` follows. Default `analytics`. */
  category?: string;
  /** Category `ad_Storage` follows. Default `targeting`. */
  adCategory?: string;
  /** Whether Clarity counts as a "sale/share" recipient, so GPC also denies `analytics_Storage`. Default `false`. */
  saleOrShare?: boolean;
}

const CLARITY_SPEC: OptionSpec<MicrosoftClarityConsentOptions> = {
  category: optionCategory,
  adCategory: optionCategory,
  saleOrShare: checkBoolean,
};

const value = (granted: boolean) => (granted ? 'granted' : 'denied');

/**
 * Publishes consent to Microsoft Advertising's UET tag (only `ad_storage` is supported):
 * on start `window.uetq.push('consent', 'default', { ad_storage: 'denied' })`, followed at once
 * by an `update` when the visitor has already granted; then one `update` per change.
 * Creates `window.uetq = window.uetq || []` (Microsoft's documented queue) so the default is
 * in place before the UET tag loads.
 *
 * @example
 * manager.use(microsoftUetConsent());
 */
export function microsoftUetConsent(options: MicrosoftUetConsentOptions = {}): ConsentAdapter {
  return categoryAdapter(
    {
      name: 'microsoft-uet',
      category: 'targeting',
      saleOrShare: true,
      connect() {
        // Read the queue on every call: once loaded, UET replaces the array with its own object.
        const send = (command: 'default' | 'update', granted: boolean) => arrayQueue('uetq').push('consent', command, { ad_storage: value(granted) });
        return {
          publish(granted, first) {
            if (first) send('default', false);
            if (!first || granted) send('update', granted);
          },
        };
      },
    },
    options,
  );
}

type Clarity = ((...args: unknown[]) => void) & { q?: unknown[] };

/**
 * Publishes consent to Microsoft Clarity with its Consent API v2:
 * `clarity('consentv2', { ad_Storage, analytics_Storage })` (capital S, as Microsoft spells it),
 * on start and once per change. Without consent Clarity runs cookieless. Creates Clarity's
 * documented queue stub when `window.clarity` is absent; Clarity's snippet keeps an existing one.
 *
 * @example
 * manager.use(microsoftClarityConsent());
 */
export function microsoftClarityConsent(options: MicrosoftClarityConsentOptions = {}): ConsentAdapter {
  const o = readOptions<MicrosoftClarityConsentOptions>('microsoft-clarity', options, CLARITY_SPEC);
  const category = o.category ?? 'analytics';
  const adCategory = o.adCategory ?? 'targeting';
  const saleOrShare = o.saleOrShare ?? false;
  return {
    name: 'microsoft-clarity',
    categories: [category, adCategory],
    saleOrShare,
    start(manager) {
      reportUnknownCategories(manager, 'adapters.microsoft-clarity', [category, adCategory]);
      const clarity = (...args: unknown[]) => {
        let fn = readFunction<Clarity>('clarity');
        if (!fn) {
          const stub: Clarity = function () {
            // eslint-disable-next-line prefer-rest-params
            (stub.q ??= []).push(arguments);
          };
          (window as unknown as { clarity: Clarity }).clarity = fn = stub;
        }
        fn(...args);
      };
      return followConsent(
        manager,
        () => ({
          ad_Storage: value(isVendorGranted(manager, adCategory, true)),
          analytics_Storage: value(isVendorGranted(manager, category, saleOrShare)),
        }),
        (state) => clarity('consentv2', state),
      );
    },
  };
}
