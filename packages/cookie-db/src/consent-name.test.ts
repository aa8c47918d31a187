import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClassifier } from './create-classifier';
import { isConsentStorageName } from './score-cookie';
import type { CookieRuleSet, CookieSignals } from './types';

// Value = vendor index × 4 + category index in [necessary, analytics, targeting, functional].
const N = 0;
const A = 1;
const T = 2;
const RULES: CookieRuleSet = {
  version: 1,
  categories: ['necessary', 'analytics', 'targeting', 'functional'],
  // Vendor 2 is a consent tool whose data (like a generated source's) lists one cookie as targeting; vendor 3 is the
  // unnamed vendor of the word heuristics.
  vendors: ['Ad Vendor', 'Stats Vendor', 'CookieConsent Pro', ''],
  tiers: [{ ad_vendor_id: 0 * 4 + T }, { stats_vendor_id: 1 * 4 + A, 'ccp-x-*': 2 * 4 + T, 'ccp-y-*': 2 * 4 + N }],
  hosts: { 'ads.example': 0 * 4 + T },
  heuristics: {
    prefixes: {},
    // `optin` and `seen` as the learned words are (targeting: advertisers' opt-in cookies), `pixel` and `stats` hand-written.
    words: { optin: 3 * 4 + T, seen: 3 * 4 + T, pixel: 3 * 4 + T, stats: 3 * 4 + A },
  },
};
const classify = createClassifier(RULES);

describe('consent-name: consent tools’ storage cookies (docs/cookie-classification.md)', () => {
  it('knows the generic shapes of consent-storage names', () => {
    for (const name of [
      'acme-cookie-agreed',
      'acme_cookies_accepted',
      'acmeCookieLaw',
      'acme_cookie_notice',
      'acme-cookie-banner-closed',
      'acmeCookiePolicy',
      'acme_cookie_settings',
      'acmeCookieLevel',
      'acme_cookie_control',
      'acme_privacy_banner',
      'acmePrivacyCenter',
      'accepted_cookies',
      'viewed_cookie_notice',
      'acme_ccpa_state',
      'acme_usprivacy',
      'acme_gdpr',
      'cmp_state',
    ]) {
      expect(isConsentStorageName(name), name).toBe(true);
      expect(classify(name), name).toEqual({ category: 'necessary' });
    }
  });

  it('reads the words of a consent phrase as consent, not as tracking vocabulary', () => {
    // `optin` and `seen` alone are targeting words; inside a cookie-banner phrase they say what the consent tool stored.
    expect(classify('acme_optin')).toEqual({ category: 'targeting' });
    expect(classify('acme_cookie_optin')).toEqual({ category: 'necessary' });
    expect(classify('acme_cookie-opt-in_seen')).toEqual({ category: 'targeting' });
  });

  it('does not take a consent tool’s name for a tracking vendor’s word', () => {
    // `cookieconsent` is the first word of a vendor whose data lists a targeting cookie; the name is a consent phrase.
    expect(classify('cookieconsent_level')).toEqual({ category: 'necessary' });
    expect(classify('CookieConsentChoiceMade')).toEqual({ category: 'necessary' });
  });

  it('still lets a tracker’s word outside the phrase, a vendor’s script or a third-party write block necessary', () => {
    expect(classify('pixel_consent')).toEqual({ category: 'targeting' });
    expect(classify('acme_cookie_optin_stats')).toEqual({ category: 'analytics' });
    expect(classify('acme_cookie_optin', 'ads.example')).toEqual({ category: 'targeting', vendor: 'Ad Vendor' });
    expect(classify('acme_cookie_optin', undefined, { thirdParty: true })).toBeUndefined();
    expect(classify.explain('acme_cookie_optin').evidence).toEqual([{ signal: 'consent-name', category: 'necessary', weight: 2 }]);
  });

  it('does not call opt-out records, `cc` names or a bare `privacy` consent storage (trackers use them too)', () => {
    for (const name of ['acme_optout', 'acme_opt_out', 'acme_cc', 'cc_acme', 'acme_privacy', 'acme_cookie']) {
      expect(isConsentStorageName(name), name).toBe(false);
      expect(classify(name), name).toBeUndefined();
    }
  });

  it('returns necessary from name heuristics only for a consent phrase (generated names, signals without HttpOnly)', () => {
    const token = fc.constantFrom('acme', 'cookie', 'cookies', 'privacy', 'optin', 'seen', 'banner', 'pixel', 'stats', 'user', 'id', 'x9f3', 'state', 'pref');
    const name = fc.tuple(fc.array(token, { minLength: 1, maxLength: 4 }), fc.constantFrom('_', '-', '.')).map(([tokens, separator]) => tokens.join(separator));
    const signals = fc.option(
      fc.record(
        {
          maxAgeSeconds: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5 * 365 * 24 * 3600 })),
          path: fc.constantFrom('/', '/shop'),
          value: fc.constantFrom('8f14e45f-ceea-467a-9f5e-5b3f1c0c2a11', '1', 'plain text value'),
          thirdParty: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    );
    fc.assert(
      fc.property(name, signals, fc.constantFrom(undefined, 'ads.example', 'unknown.example', 'pixel.cdn.example'), (cookie, s, host) => {
        const answer = classify(cookie, host, s as CookieSignals | undefined);
        if (answer?.category === 'necessary') {
          expect(isConsentStorageName(cookie)).toBe(true);
          expect(s?.thirdParty).not.toBe(true);
          expect(host).not.toBe('ads.example');
          expect(host).not.toBe('pixel.cdn.example');
          expect(cookie).not.toMatch(/pixel|stats/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
