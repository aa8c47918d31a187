import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyCookie } from './classify-cookie';
import { COOKIE_RULES } from './rules';

describe('classifyCookie', () => {
  it.each([
    ['_ga_7XK2PL0QZS', 'analytics', 'Google Analytics'],
    ['_hjSessionUser_3920011', 'analytics', 'Hotjar'],
    ['AMP_0a9b8c7d6e', 'analytics', 'Amplitude'],
    ['mp_0123456789abcdef0123456789abcdef_mixpanel', 'analytics', 'Mixpanel'],
    ['wordpress_logged_in_0123456789abcdef0123456789abcdef', 'necessary', 'WordPress'],
    ['intercom-id-q1w2e3r4', 'functional', 'Intercom'],
    ['_pk_id.7.4f2e', 'analytics', 'Matomo'],
    ['_fbp', 'targeting', 'Meta'],
    ['_gcl_au', 'targeting', 'Google Ads'],
    ['__cf_bm', 'necessary', 'Cloudflare'],
  ])('classifies %s as %s (%s)', (name, category, vendor) => {
    expect(classifyCookie(name)).toEqual({ category, vendor });
  });

  it('classifies session-recording and A/B-testing cookies the Open Cookie Database files as Functional as analytics', () => {
    // The OCD lists these as "Functional" (→ necessary); the vendors' documentation says analytics.
    for (const name of ['_hjIncludedInSessionSample_123', '_hjFirstSeen', '_vis_opt_s', '_vis_opt_exp_3_combi', '_lo_uid', 'cebs']) {
      expect(classifyCookie(name)?.category, name).toBe('analytics');
    }
  });

  it('returns undefined for names it does not know — never a guess of necessary', () => {
    for (const name of ['my_site_pref', 'checkout_step', 'a', 'zz_9f8e7d6c5b4a', 'x7k2']) {
      expect(classifyCookie(name), name).toBeUndefined();
    }
  });

  it('uses the setter host when the name is unknown, and never makes an unknown name necessary by host', () => {
    expect(classifyCookie('tag_state', 'www.googletagmanager.com')?.category).toBe('analytics');
    expect(classifyCookie('tag_state', 'connect.facebook.net')?.category).toBe('targeting');
    for (const value of Object.values(COOKIE_RULES.hosts)) {
      expect(COOKIE_RULES.categories[value % COOKIE_RULES.categories.length]).not.toBe('necessary');
    }
  });

  it('guesses analytics or targeting from tracking vocabulary when nothing knows the name', () => {
    expect(classifyCookie('shop_pixel_ref')?.category).toBe('targeting');
    expect(classifyCookie('cms_visitor_hash')?.category).toBe('analytics');
    expect(classifyCookie('_hjBrandNewFlag')).toEqual({ category: 'analytics', vendor: 'Hotjar' });
    // Essential-sounding words are not evidence: these stay unknown for the unknownCookies policy.
    for (const name of ['my_session_token', 'cart_state', 'consent_choice']) expect(classifyCookie(name), name).toBeUndefined();
  });

  it('has no heuristic that says necessary', () => {
    const { prefixes, words } = COOKIE_RULES.heuristics!;
    for (const value of [...Object.values(prefixes), ...Object.values(words)]) {
      expect(COOKIE_RULES.categories[value % COOKIE_RULES.categories.length]).not.toBe('necessary');
    }
  });

  it('does not throw on bad input', () => {
    for (const name of ['', 'x'.repeat(4096), '_ga\u0007', 42, null, undefined, {}]) {
      expect(classifyCookie(name as string)).toBeUndefined();
    }
  });
});

describe('COOKIE_RULES', () => {
  it('is what data/cookie-rules.json ships (regenerate with `pnpm generate:cookie-db --json-only`)', () => {
    const json = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'cookie-rules.json'), 'utf8'));
    expect(json).toEqual(JSON.parse(JSON.stringify(COOKIE_RULES)));
  });

  it('keeps curated rules first and uses every category index', () => {
    expect(COOKIE_RULES.tiers).toHaveLength(2);
    expect(COOKIE_RULES.tiers[0]!['_ga']).toBeDefined();
    const used = new Set(Object.values(COOKIE_RULES.tiers[1]!).map((v) => v % 4));
    expect([...used].sort()).toEqual([0, 1, 2, 3]);
  });
});
