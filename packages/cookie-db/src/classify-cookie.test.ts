import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyCookie } from './classify-cookie';
import { COOKIE_RULES } from './rules';
import type { CookieRuleSet } from './types';

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

  it.each([
    ['sucuri_cloudproxy_uuid_7c0d5e2a1', 'necessary', 'Sucuri'],
    ['phpbb3_9kq2z_u', 'necessary', 'phpBB'],
    ['dwanonymous_0f1e2d3c4b5a69788796a5b4c3d2e1f0', 'necessary', 'Salesforce B2C Commerce'],
    ['ppms_privacy_0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', 'necessary', 'Piwik PRO'],
    ['SESSION', 'necessary', 'Spring Session'],
    ['jv_enter_ts_Aq7Lm2Xp', 'functional', 'JivoChat'],
    ['wteid_285934729371624', 'analytics', 'Mapp Intelligence'],
    ['_lr_uf_-a1b2c3/shop', 'analytics', 'LogRocket'],
    ['__rtbh.lid', 'targeting', 'RTB House'],
  ])('classifies the platform and tool cookie %s as %s (%s)', (name, category, vendor) => {
    expect(classifyCookie(name)).toEqual({ category, vendor });
  });

  it('lets a more specific curated prefix beat a vendor family that shares its start', () => {
    // LogRocket's _lr_<kind>_-<app> cookies are analytics; LiveRamp's other _lr_ cookies stay targeting.
    expect(classifyCookie('_lr_hb_-x9y8z7/app')?.vendor).toBe('LogRocket');
    expect(classifyCookie('_lr_env')).toEqual({ category: 'targeting', vendor: 'LiveRamp' });
  });

  it('corrects Open Cookie Database labels that the vendor or standard documents differently', () => {
    // OCD: necessary — Microsoft documents it as portal usage analytics.
    expect(classifyCookie('Dynamics365PortalAnalytics')?.category).toBe('analytics');
    // OCD: targeting — it is the IAB TCF v1 consent-string cookie, which must survive to prove consent.
    expect(classifyCookie('euconsent')?.category).toBe('necessary');
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
    for (const name of ['my_session_token', 'cart_state', 'checkout_choice']) expect(classifyCookie(name), name).toBeUndefined();
  });

  it('knows the generic vocabulary of click ids, conversion tracking, embedded widgets and a language choice', () => {
    // Each word measured on the sources' labelled names with the source left out (docs/cookie-classification.md).
    const cases: [name: string, category: string][] = [
      ['zqConversionTs', 'targeting'],
      ['zq_ttclid', 'targeting'],
      ['zq_twclid', 'targeting'],
      ['zq_yclid', 'targeting'],
      ['zq_gbraid', 'targeting'],
      ['zq_wbraid', 'targeting'],
      ['zq_irclickid', 'targeting'],
      ['zq_conversion_ts', 'targeting'],
      ['zq_attribution', 'targeting'],
      ['zq_fingerprint', 'targeting'],
      ['zq_first_referrer', 'analytics'],
      ['zq-video-progress', 'functional'],
      ['zqWidgetState', 'functional'],
      ['zq_current_language', 'functional'],
    ];
    for (const [name, category] of cases) expect(classifyCookie(name)?.category, name).toBe(category);
    // A tracking word beats a widget word (the most invasive word decides), and outvotes a consent phrase.
    expect(classifyCookie('zq_video_ttclid')?.category).toBe('targeting');
    expect(classifyCookie('zq_ttclid_consent')?.category).toBe('targeting');
  });

  it('keeps no heuristic prefix family that a curated rule lists with the same spelling (the curated rule answers first)', () => {
    const [curated] = COOKIE_RULES.tiers as Record<string, number>[];
    const duplicated = Object.keys(COOKIE_RULES.heuristics!.prefixes).filter((prefix) => prefix in curated!);
    expect(duplicated).toEqual([]);
  });

  it('answers names with a vendor’s name in them from the vendor-word signal (these are not hand-written words)', () => {
    const byVendorWord: [word: string, category: string][] = [
      ...['statcounter', 'hotjar', 'mixpanel', 'matomo', 'posthog', 'kameleoon', 'chartbeat', 'parsely', 'woopra', 'clicky'].map(
        (w) => [w, 'analytics'] as [string, string],
      ),
      ...['mouseflow', 'fullstory', 'smartlook', 'contentsquare', 'yandex', 'tealium', 'qualtrics', 'medallia'].map(
        (w) => [w, 'analytics'] as [string, string],
      ),
      ...['doubleclick', 'taboola', 'klaviyo', 'quantcast'].map((w) => [w, 'targeting'] as [string, string]),
    ];
    const words = new Set(Object.keys(COOKIE_RULES.heuristics!.words));
    for (const [word, category] of byVendorWord) {
      expect(words.has(word), word).toBe(false);
      expect(classifyCookie(`zq_${word}_state`)?.category, word).toBe(category);
      expect(classifyCookie(`zq${word[0]!.toUpperCase()}${word.slice(1)}State`)?.category, word).toBe(category);
    }
  });

  it('takes no generic word for a vendor’s name (the engine lists only the generic words the bundled data produces)', () => {
    const generic =
      'cookie user google amazon microsoft facebook media live open next cookies session users visitor visit track tracking analytics login auth token cart shop store site page data test cache lang language local state check first last time view apple other web video player chat social smart cloud';
    for (const word of generic.split(' ')) {
      const { evidence } = classifyCookie.explain(`zq_${word}_x`);
      expect(
        evidence.filter((e) => e.signal === 'vendor-word'),
        word,
      ).toEqual([]);
    }
  });

  it("gives a site's everyday names no tracking purpose although a source lists one under a vendor; the vendor's host still knows it", () => {
    // tarteaucitron lists `lang` for Emolytics, the Open Cookie Database `token` for Adform and `test` for Parse.ly.
    for (const name of ['lang', 'LANG', 'locale', 'token', 'test', 'id', 'version', 'ts', 'new_user', 'Player']) {
      expect(classifyCookie(name)?.category ?? 'unknown', name).toMatch(/^(unknown|necessary)$/);
    }
    expect(classifyCookie('token', 'track.adform.net')).toMatchObject({ category: 'targeting' });
    // A documented rule for an everyday name still stands, and so does a source's `necessary` one.
    expect(classifyCookie('NID')).toMatchObject({ category: 'targeting', vendor: 'Google' });
    expect(classifyCookie('cart')).toMatchObject({ category: 'necessary' });
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

describe('classifyCookie: setter hosts from generated sources', () => {
  it('never lets a generated host rule contradict the documented vendor of its domain', () => {
    // The Open Cookie Database files Beamer's cookies under hotjar.com as marketing; Hotjar's scripts set analytics cookies.
    expect(classifyCookie('zq_unknown_name', 'hotjar.com')).toEqual({ category: 'analytics', vendor: 'Hotjar' });
    // tarteaucitron.js calls TikTok's pixel host analytics; TikTok documents it as advertising.
    expect(classifyCookie('zq_unknown_name', 'analytics.tiktok.com')?.category).toBe('targeting');
  });

  it('takes no category from a host on a domain that serves unrelated services', () => {
    // gstatic.com serves reCAPTCHA, Maps and Fonts as well as ads: the Open Cookie Database's "Google, marketing" for it
    // is left out.
    expect(classifyCookie('zq_unknown_name', 'www.gstatic.com')).toBeUndefined();
  });
});

describe('COOKIE_RULES', () => {
  it('is what data/cookie-rules.json ships, less unused vendor names (regenerate with `pnpm generate:cookie-db --json-only`)', () => {
    const json = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'cookie-rules.json'), 'utf8')) as CookieRuleSet;
    // Every rule decodes to the same vendor and category: vendor indexes are renumbered, nothing else changes.
    const decoded = (rules: CookieRuleSet) => {
      const width = rules.categories.length;
      const decode = (table: Readonly<Record<string, number>>) =>
        Object.fromEntries(
          Object.entries(table).map(([key, value]) => [key, `${rules.vendors[Math.floor(value / width)]}/${rules.categories[value % width]}`]),
        );
      return {
        tiers: rules.tiers.map(decode),
        hosts: decode(rules.hosts),
        prefixes: decode(rules.heuristics!.prefixes),
        words: decode(rules.heuristics!.words),
      };
    };
    expect(decoded(json)).toEqual(decoded(COOKIE_RULES));
    expect({ ...json, vendors: [], tiers: [], hosts: {}, heuristics: {} }).toEqual({
      ...JSON.parse(JSON.stringify(COOKIE_RULES)),
      vendors: [],
      tiers: [],
      hosts: {},
      heuristics: {},
    });
    // …and no vendor name is carried that no rule uses.
    const width = json.categories.length;
    const used = new Set(
      [...json.tiers, json.hosts, json.heuristics!.prefixes, json.heuristics!.words].flatMap((t) => Object.values(t).map((v) => Math.floor(v / width))),
    );
    expect(json.vendors.filter((_, index) => !used.has(index))).toEqual([]);
  });

  it('ships no generated rule that a curated rule already covers (the curated tier always wins for it)', () => {
    const [curated, imported, ocd] = COOKIE_RULES.tiers as Record<string, number>[];
    expect(Object.keys(imported!).filter((pattern) => pattern in curated!)).toEqual([]);
    expect(Object.keys(ocd!).filter((pattern) => pattern in curated!)).toEqual([]);
  });

  it('keeps curated rules first, then the imported sources, then the Open Cookie Database; uses every category index', () => {
    expect(COOKIE_RULES.tiers).toHaveLength(3);
    expect(COOKIE_RULES.tiers[0]!['_ga']).toBeDefined();
    expect(COOKIE_RULES.tiers[1]!['__gfp_64b']).toBeDefined(); // Prebid.js disclosure of AdOcean
    const used = new Set(Object.values(COOKIE_RULES.tiers[2]!).map((v) => v % 4));
    expect([...used].sort()).toEqual([0, 1, 2, 3]);
  });

  it('never lets an imported rule weaken a more invasive Open Cookie Database rating of the same name', () => {
    const [, imported, ocd] = COOKIE_RULES.tiers as Record<string, number>[];
    const risk = { necessary: 0, functional: 1, analytics: 2, targeting: 3 } as const;
    const riskOf = (value: number) => risk[COOKIE_RULES.categories[value % 4]!];
    for (const [pattern, value] of Object.entries(imported!)) {
      if (pattern in ocd!) expect(riskOf(value), pattern).toBeGreaterThanOrEqual(riskOf(ocd![pattern]!));
    }
  });
});
