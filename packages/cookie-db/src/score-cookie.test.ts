import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DECISION_MARGIN,
  DECISION_THRESHOLD,
  isConsentStorageName,
  NECESSARY_EVIDENCE,
  SIGNAL_WEIGHTS,
  scoreCookie,
  type Evidence,
  type RuleHits,
} from './score-cookie';
import type { CookieCategory, CookieSignals } from './types';

const UUID = '8f14e45f-ceea-467a-9f5e-5b3f1c0c2a11';
const YEAR = 365 * 24 * 3600;

describe('scoreCookie: each signal moves the answer the documented way', () => {
  it('answers nothing without evidence', () => {
    expect(scoreCookie('app_state', {}, undefined)).toBeUndefined();
    expect(scoreCookie('app_state', {}, {})).toBeUndefined();
  });

  it('setter host: a known vendor host decides alone (weight 3)', () => {
    expect(scoreCookie('zz_state', { host: 'targeting' }, undefined)).toBe('targeting');
    expect(scoreCookie('zz_state', { host: 'analytics' }, undefined)).toBe('analytics');
  });

  it('vendor prefix, tracking word and vendor word each decide alone', () => {
    expect(scoreCookie('x', { prefix: 'analytics' }, undefined)).toBe('analytics');
    expect(scoreCookie('x', { word: 'targeting' }, undefined)).toBe('targeting');
    expect(scoreCookie('x', { vendor: 'functional' }, undefined)).toBe('functional');
  });

  it('third party alone is not enough (1.5 < threshold), but a third-party long-lived id is targeting', () => {
    expect(scoreCookie('zz', {}, { thirdParty: true })).toBeUndefined();
    expect(scoreCookie('zz', {}, { thirdParty: true, maxAgeSeconds: YEAR, value: UUID })).toBe('targeting');
  });

  it('a long-lived id alone is tracking but not which kind: unknown; with an analytics word it is analytics', () => {
    expect(scoreCookie('zz', {}, { maxAgeSeconds: 2 * YEAR, value: UUID })).toBeUndefined();
    const evidence: Evidence[] = [];
    expect(scoreCookie('zz', { word: 'analytics' }, { maxAgeSeconds: 2 * YEAR, value: UUID }, evidence)).toBe('analytics');
    expect(evidence.map((e) => e.signal)).toEqual(['tracking-word', 'long-lived-id', 'long-lived-id']);
  });

  it('a short-lived id is no tracking evidence (the lifetime matters)', () => {
    const evidence: Evidence[] = [];
    scoreCookie('zz', {}, { maxAgeSeconds: 3600, value: UUID }, evidence);
    expect(evidence).toEqual([]);
  });

  it('a session cookie holding a short flag, or a narrow path, weighs against tracking', () => {
    // A tracking word (2) minus the session flag (1) falls below the threshold: unknown.
    expect(scoreCookie('zz', { word: 'analytics' }, { maxAgeSeconds: null, value: '1' })).toBeUndefined();
    expect(scoreCookie('zz', { word: 'analytics' }, { path: '/checkout' })).toBeUndefined();
    expect(scoreCookie('zz', { word: 'analytics' }, { path: '/' })).toBe('analytics');
  });

  it('a consent-storage name is necessary (first party, no tracking vocabulary)', () => {
    expect(scoreCookie('site_cookie_consent', {}, undefined)).toBe('necessary');
    expect(scoreCookie('gdpr_prefs', {}, { value: '{"necessary":true,"marketing":false}' })).toBe('necessary');
    expect(scoreCookie('site_cookie_consent', {}, { thirdParty: true })).toBeUndefined();
    expect(scoreCookie('ads_consent', { word: 'targeting' }, undefined)).toBe('targeting');
    // The shapes consent tools use besides the word `consent` (docs: the consent-name signal).
    for (const name of ['site-cookie-agreed', 'siteCookiesAccepted', 'site_cookie_optin', 'site_privacy_banner', 'accepted_cookies', 'site_ccpa'])
      expect(scoreCookie(name, {}, undefined), name).toBe('necessary');
  });

  it('a session id set HttpOnly by the site itself is necessary; set by a script or by another site it is not', () => {
    expect(scoreCookie('shop_sess', {}, { httpOnly: true })).toBe('necessary');
    expect(scoreCookie('shop_sess', {}, { httpOnly: false })).toBeUndefined();
    expect(scoreCookie('shop_sess', {}, undefined)).toBeUndefined();
    expect(scoreCookie('shop_sess', {}, { httpOnly: true, thirdParty: true })).toBeUndefined();
    expect(scoreCookie('shop_prefs_x', {}, { httpOnly: true })).toBeUndefined();
  });
});

describe('scoreCookie: conflicting signals give unknown', () => {
  it('close calls and ties are unknown; a clear lead (≥ margin) wins', () => {
    expect(scoreCookie('zz', { host: 'analytics', prefix: 'targeting' }, undefined)).toBeUndefined(); // 3 vs 2.5
    expect(scoreCookie('zz', { word: 'analytics', prefix: 'targeting' }, undefined)).toBeUndefined(); // 2 vs 2.5
    expect(scoreCookie('zz_sid', { generic: 'necessary', word: 'analytics' }, undefined)).toBeUndefined(); // 2 vs 2
    expect(scoreCookie('zz', { host: 'analytics', word: 'targeting' }, undefined)).toBe('analytics'); // 3 vs 2
    expect(scoreCookie('zz', { host: 'analytics', word: 'targeting', vendor: 'targeting' }, undefined)).toBe('targeting'); // 3 vs 4
  });

  it('a generated necessary label yields to a tracking vendor that wrote the cookie', () => {
    expect(scoreCookie('sid_x', { generic: 'necessary', host: 'targeting' }, undefined)).toBe('targeting'); // 3 vs 2
    expect(scoreCookie('sid_x', { generic: 'necessary' }, { thirdParty: true })).toBeUndefined(); // 2 vs 1.5
  });
});

describe('scoreCookie: necessary only from the named evidence', () => {
  const categories: CookieCategory[] = ['analytics', 'targeting', 'functional'];
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const hitsWithoutNecessary = fc.record({
    host: maybe(fc.constantFrom(...categories)),
    prefix: maybe(fc.constantFrom(...categories)),
    word: maybe(fc.constantFrom(...categories)),
    vendor: maybe(fc.constantFrom(...categories)),
  });
  const signals = fc.record(
    {
      maxAgeSeconds: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5 * YEAR })),
      path: fc.constantFrom('/', '/shop', ''),
      value: fc.constantFrom(UUID, '1', 'true', 'GA1.2.1234567890.1700000000', 'plain text value', ''),
      httpOnly: fc.boolean(),
      thirdParty: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  // Names without consent vocabulary and without session words: no evidence the docs name can apply.
  const plainName = fc.stringMatching(/^[a-z]{2,8}_(?:pref|state|flag|data|uid|ref|ts)$/).filter((name) => !isConsentStorageName(name));

  it('never returns necessary from rule hits and signals without consent or HttpOnly-session evidence', () => {
    fc.assert(
      fc.property(plainName, hitsWithoutNecessary, maybe(signals), (name, hits, s) => {
        const evidence: Evidence[] = [];
        const answer = scoreCookie(name, hits as RuleHits, s as CookieSignals | undefined, evidence);
        expect(answer).not.toBe('necessary');
        expect(evidence.filter((e) => e.category === 'necessary')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('only the named signals carry a necessary weight', () => {
    const withNecessary = Object.entries(SIGNAL_WEIGHTS)
      .filter(([, weights]) => weights.necessary !== undefined)
      .map(([signal]) => signal)
      .sort();
    expect(withNecessary).toEqual([...NECESSARY_EVIDENCE].sort());
    expect(DECISION_THRESHOLD).toBeGreaterThan(SIGNAL_WEIGHTS['consent-value'].necessary!);
    expect(DECISION_MARGIN).toBeGreaterThan(0);
  });
});
