// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { consentCookieFromCheck, rulesFromAutoconsentRules } from './import-autoconsent.mjs';

/** Rules in autoconsent's rules/autoconsent/*.json format, trimmed to the fields the import reads. */
const RULES = [
  { name: 'Example CMP', detectCmp: [{ exists: '#cmp' }], optOut: [{ click: '#reject' }], test: [{ cookieContains: 'excmp_consent=%7B%22ads%22%3Afalse%7D' }] },
  { name: 'nested', test: [{ any: [{ cookieContains: 'site_cookie_prefs=' }, { cookieContains: 'gdpr_choice_' }] }] },
  {
    name: 'site-checks',
    optIn: [{ cookieContains: 'outside_test_consent=1' }],
    test: [
      { cookieContains: '__adroll_fpc' },
      { cookieContains: 'cookie-allow-tracking=0' },
      { cookieContains: 'AD=0' },
      { cookieContains: 'necessary:true%2Cx' },
      { cookieContains: 'trybe_cookies_consent_tracking=false' },
    ],
  },
];

describe('consentCookieFromCheck', () => {
  it('takes the name before = (or a whole name; a trailing - or _ makes a prefix) when it is consent vocabulary', () => {
    expect(consentCookieFromCheck('cmplz_banner-status=dismissed')).toBe('cmplz_banner-status');
    expect(consentCookieFromCheck('OptanonAlertBoxClosed')).toBe('OptanonAlertBoxClosed');
    expect(consentCookieFromCheck('_ketch_consent_v1_')).toBe('_ketch_consent_v1_*');
  });

  it('refuses tracker names, per-category tracking flags, short or non-token names', () => {
    for (const check of [
      '__adroll_fpc',
      'cookie-allow-tracking=0',
      'wtr_cookies_advertising=0',
      'AD=0',
      'oa',
      'advertisement:no',
      '"targeting":false',
      ' c=%7B',
    ]) {
      expect(consentCookieFromCheck(check), check).toBeUndefined();
    }
  });
});

describe('rulesFromAutoconsentRules', () => {
  it('lists the consent-storage cookies that test steps check, as necessary, per rule', () => {
    const { rules, stats } = rulesFromAutoconsentRules(RULES);
    expect(rules).toEqual([
      ['Example CMP', 'necessary', ['excmp_consent']],
      ['nested', 'necessary', ['gdpr_choice_*', 'site_cookie_prefs']],
      ['site-checks', 'necessary', ['trybe_cookies_consent_tracking']],
    ]);
    expect(stats).toEqual({ rules: 3, checks: 8, kept: 4 });
  });

  it('reads only test steps and skips malformed rules', () => {
    const names = rulesFromAutoconsentRules([...RULES, null, { test: [] }, { name: 3 }]).rules.flatMap(([, , p]) => p);
    expect(names).not.toContain('outside_test_consent');
  });
});
