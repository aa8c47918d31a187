import type { ConsentAdapter } from '@consentkit/core';
import { checkOneOf } from '@consentkit/core';
import { categoryAdapter } from './category-adapter';
import type { CategoryAdapterOptions } from './category-adapter';
import { arrayQueue } from './vendor-queue';

/** Options of {@link matomoConsent}; the same object works as JSON in `config.adapters.matomo`. */
export interface MatomoConsentOptions extends CategoryAdapterOptions {
  /** Category Matomo follows. Default `analytics`. */
  category?: string;
  /** Whether Matomo counts as a "sale/share" recipient (self-hosted Matomo is not). Default `false`. */
  saleOrShare?: boolean;
  /**
   * `tracking` (default): `requireConsent`, no request and no cookie until consent.
   * `cookie`: `requireCookieConsent`, Matomo tracks without cookies until consent. Whether
   * cookieless tracking without consent is lawful depends on your setup and regulator (CNIL's
   * audience-measurement exemption has conditions); `tracking` is the safe choice.
   */
  mode?: 'tracking' | 'cookie';
}

const COMMANDS = {
  tracking: ['requireConsent', 'setConsentGiven', 'forgetConsentGiven'],
  cookie: ['requireCookieConsent', 'setCookieConsentGiven', 'forgetCookieConsentGiven'],
} as const;

/**
 * Publishes consent to Matomo through its `_paq` queue (developer.matomo.org/guides/tracking-consent):
 * on start `_paq.push(['requireConsent'])` (it must precede `trackPageView`), followed by
 * `['setConsentGiven']` when the visitor has granted; then `['setConsentGiven']` or
 * `['forgetConsentGiven']` per change. `mode: 'cookie'` uses the cookie-consent variants.
 * Consent is given per page from ConsentKit's own record, so Matomo's `remember…` calls
 * (a second consent cookie) are not used.
 *
 * @example
 * manager.use(matomoConsent());
 */
export function matomoConsent(options: MatomoConsentOptions = {}): ConsentAdapter {
  return categoryAdapter<MatomoConsentOptions>(
    {
      name: 'matomo',
      category: 'analytics',
      saleOrShare: false,
      options: { mode: checkOneOf(['tracking', 'cookie']) },
      connect(_manager, o) {
        const [require, give, forget] = COMMANDS[o.mode ?? 'tracking'];
        // `window._paq = window._paq || []`, read on every call: matomo.js replaces the array.
        const paq = (command: string) => arrayQueue('_paq').push([command]);
        return {
          publish(granted, first) {
            if (first) paq(require);
            if (granted) paq(give);
            else if (!first) paq(forget);
          },
        };
      },
    },
    options,
  );
}
