import { describe, expect, it } from 'vitest';
import { createClassifier, MAX_COOKIE_NAME_LENGTH } from './create-classifier';
import type { CookieRuleSet } from './types';

// Value = vendor index × 4 + category index in [necessary, analytics, targeting, functional].
const N = 0;
const A = 1;
const T = 2;
const F = 3;
const RULES: CookieRuleSet = {
  version: 1,
  categories: ['necessary', 'analytics', 'targeting', 'functional'],
  vendors: ['Curated Vendor', 'OCD Vendor', 'Ad Host', 'Stats Host'],
  tiers: [
    // curated
    { shared_name: 0 * 4 + A, 'fam_*': 0 * 4 + A, 'mp_*_mixpanel': 0 * 4 + A, 'chat-id-*': 0 * 4 + F },
    // generated (Open Cookie Database)
    { shared_name: 1 * 4 + N, fam_exact: 1 * 4 + N, uid: 1 * 4 + T, 'cap*': 1 * 4 + T, 'site_pref_*': 1 * 4 + N, Session_Key: 1 * 4 + N },
  ],
  hosts: { 'ads.example': 2 * 4 + T, 'stats.example': 3 * 4 + A },
};
const classify = createClassifier(RULES);

describe('createClassifier', () => {
  it('lets a curated rule win over the generated data (curated > OCD)', () => {
    expect(classify('shared_name')).toEqual({ category: 'analytics', vendor: 'Curated Vendor' });
    // A curated family prefix also beats an exact generated name: the vendor's documentation wins.
    expect(classify('fam_exact')).toEqual({ category: 'analytics', vendor: 'Curated Vendor' });
  });

  it('falls back to the generated data, then to setter-host rules', () => {
    expect(classify('site_pref_42')).toEqual({ category: 'necessary', vendor: 'OCD Vendor' });
    expect(classify('whatever', 'cdn.stats.example')).toEqual({ category: 'analytics', vendor: 'Stats Host' });
    expect(classify('whatever')).toBeUndefined();
  });

  it('lets a host rule decide for a generic generated name of three characters or fewer', () => {
    expect(classify('uid')).toEqual({ category: 'targeting', vendor: 'OCD Vendor' });
    expect(classify('uid', 'stats.example')).toEqual({ category: 'analytics', vendor: 'Stats Host' });
    // …but never for a curated name.
    expect(classify('shared_name', 'ads.example')?.vendor).toBe('Curated Vendor');
  });

  it('matches prefix*suffix patterns only with both ends', () => {
    expect(classify('mp_0123abcd0123abcd_mixpanel')?.vendor).toBe('Curated Vendor');
    expect(classify('mp_0123abcd0123abcd')).toBeUndefined();
  });

  it('needs a dynamic-looking continuation after a short generated prefix', () => {
    expect(classify('cap123')?.category).toBe('targeting');
    expect(classify('captcha_state')).toBeUndefined();
  });

  it('matches case-insensitively as a last resort', () => {
    expect(classify('session_key')).toEqual({ category: 'necessary', vendor: 'OCD Vendor' });
  });

  it('looks names with a __Secure- or __Host- prefix up without it', () => {
    expect(classify('__Secure-chat-id-ab12cd')?.category).toBe('functional');
    expect(classify('__Host-shared_name')?.vendor).toBe('Curated Vendor');
  });

  it('accepts a URL or a host with port as setter host, and ignores junk hosts', () => {
    expect(classify('zzz', 'https://ads.example:8443/tag.js')?.vendor).toBe('Ad Host');
    expect(classify('zzz', 'ADS.EXAMPLE.')?.vendor).toBe('Ad Host');
    expect(classify('zzz', 'not a host')).toBeUndefined();
    expect(classify('zzz', 42 as unknown as string)).toBeUndefined();
  });

  it('returns undefined without throwing for bad names', () => {
    const bad: unknown[] = [
      '',
      '   ',
      'x'.repeat(4096),
      'fam_' + 'a'.repeat(MAX_COOKIE_NAME_LENGTH),
      'fam_\u0000x',
      'fam_\nx',
      'fam_x;y',
      'fam x',
      undefined,
      null,
      42,
      {},
      ['fam_x'],
      Symbol('fam'),
    ];
    for (const name of bad) {
      expect(() => classify(name as string)).not.toThrow();
      expect(classify(name as string)).toBeUndefined();
    }
  });

  it('trims surrounding whitespace from an otherwise valid name', () => {
    expect(classify('  fam_1 ')?.vendor).toBe('Curated Vendor');
  });

  it('treats a rule value pointing outside the tables as unknown, not as necessary', () => {
    const broken = createClassifier({ ...RULES, tiers: [{ odd: -1, frac: 1.5 }] });
    expect(broken('odd')).toBeUndefined();
    expect(broken('frac')).toBeUndefined();
  });

  it('tries each tier’s steps in turn: an earlier tier’s prefix, template or case-insensitive match beats a later exact name', () => {
    // The tables of all tiers are merged (one lookup per spelling); the answer must stay that of walking the tiers.
    const tiered = createClassifier({
      ...RULES,
      tiers: [
        { 'pre_*': 0 * 4 + A, abc_1a2b3c: 0 * 4 + A, Mixed_Key: 0 * 4 + A },
        { pre_exact: 1 * 4 + T, abc_77: 1 * 4 + T, mixed_key: 1 * 4 + T, later_only: 1 * 4 + T },
      ],
    });
    expect(tiered('pre_exact')?.vendor).toBe('Curated Vendor'); // tier 0 prefix over tier 1 exact
    expect(tiered('abc_77')?.vendor).toBe('Curated Vendor'); // tier 0 template `abc_#` over tier 1 exact
    expect(tiered('mixed_key')?.vendor).toBe('Curated Vendor'); // tier 0 case-insensitive over tier 1 exact
    expect(tiered('later_only')?.vendor).toBe('OCD Vendor');
  });

  it('within a tier, takes the exact name, then the prefix, then the template, then the case-insensitive name', () => {
    const steps = createClassifier({
      ...RULES,
      tiers: [{ ab_cd: 0 * 4 + A, 'ab_*': 0 * 4 + T, Ab_Ef: 0 * 4 + F, 'cd_*': 0 * 4 + T, cd_1a2b3c: 0 * 4 + A, Ef_Gh_9: 0 * 4 + F, ef_gh_1a2b3c: 0 * 4 + A }],
    });
    expect(steps('ab_cd')?.category).toBe('analytics'); // exact before prefix
    expect(steps('ab_ef')?.category).toBe('targeting'); // prefix before case-insensitive
    expect(steps('cd_9f9f9f')?.category).toBe('targeting'); // prefix before template
    expect(steps('ef_gh_9')?.category).toBe('analytics'); // template `ef_gh_#` before case-insensitive `ef_gh_9`
  });

  it('weighs only a generated tier’s exact generic name against the setter host, not a prefix hit of the same length', () => {
    const generic = createClassifier({ ...RULES, tiers: [{}, { uid: 1 * 4 + T, 'ui*': 1 * 4 + T }] });
    expect(generic('uid', 'stats.example')).toEqual({ category: 'analytics', vendor: 'Stats Host' });
    expect(generic('ui1', 'stats.example')).toEqual({ category: 'targeting', vendor: 'OCD Vendor' });
  });

  it('treats a corrupt rule value in a later tier as unknown too', () => {
    const broken = createClassifier({ ...RULES, tiers: [{}, { odd: -1, 'frac*': 1.5 }, { late: 2.5 }] });
    expect(broken('odd')).toBeUndefined();
    expect(broken('frac_1')).toBeUndefined();
    expect(broken('late')).toBeUndefined();
  });

  it('refuses data that is not a rule set of version 1', () => {
    expect(() => createClassifier(null as unknown as CookieRuleSet)).toThrow(/version 1/);
    expect(() => createClassifier({ ...RULES, version: 2 } as unknown as CookieRuleSet)).toThrow(TypeError);
    expect(() => createClassifier({ ...RULES, tiers: [null] } as unknown as CookieRuleSet)).toThrow(TypeError);
  });

  it('returns frozen results so one caller cannot change another’s answer', () => {
    const result = classify('fam_1');
    expect(Object.isFrozen(result)).toBe(true);
  });
});

describe('createClassifier name heuristics (lowest precedence)', () => {
  // Vendor 4 is the unnamed vendor the word heuristics use.
  const WITH_GUESSES: CookieRuleSet = {
    ...RULES,
    vendors: [...RULES.vendors, ''],
    heuristics: {
      prefixes: { '_fam*': 0 * 4 + T, 'zz_*': 1 * 4 + A, 'sess_*': 1 * 4 + N },
      words: { pixel: 4 * 4 + T, stats: 4 * 4 + A, chat: 4 * 4 + F, session: 4 * 4 + N },
    },
  };
  const guess = createClassifier(WITH_GUESSES);

  it('uses a vendor prefix family or a tracking word only when nothing else knows the name', () => {
    expect(guess('zz_9f8e7d6c5b4a')).toEqual({ category: 'analytics', vendor: 'OCD Vendor' });
    expect(guess('ZZ_upper')).toEqual({ category: 'analytics', vendor: 'OCD Vendor' });
    expect(guess('shop_pixel_ref')).toEqual({ category: 'targeting' });
    expect(guess('siteStatsUser')).toEqual({ category: 'analytics' });
    expect(guess('__Secure-support-chat-state')).toEqual({ category: 'functional' });
    expect(guess('my_site_pref')).toBeUndefined();
  });

  it('ranks below curated, generated and setter-host rules', () => {
    // `fam_*` is curated analytics; the heuristic `_fam*` family must not change it.
    expect(guess('fam_pixel')).toEqual({ category: 'analytics', vendor: 'Curated Vendor' });
    expect(guess('site_pref_pixel')).toEqual({ category: 'necessary', vendor: 'OCD Vendor' });
    expect(guess('pixel_state', 'stats.example')).toEqual({ category: 'analytics', vendor: 'Stats Host' });
  });

  it('takes the most invasive word when a name has several', () => {
    expect(guess('stats_pixel')?.category).toBe('targeting');
    expect(guess('chat_stats')?.category).toBe('analytics');
  });

  it('never guesses necessary, even when the data says so', () => {
    expect(guess('sess_abc')).toBeUndefined();
    expect(guess('user_session')).toBeUndefined();
    // A necessary word next to a tracking word does not hide the tracking word.
    expect(guess('session_pixel')?.category).toBe('targeting');
  });

  it('matches a rule after dropping a trailing dynamic part', () => {
    expect(classify('Session_Key_20240611')).toEqual({ category: 'necessary', vendor: 'OCD Vendor' });
    expect(classify('shared_name.98f7a6b5')).toEqual({ category: 'analytics', vendor: 'Curated Vendor' });
  });

  it('does not throw on bad names with heuristics present', () => {
    for (const name of ['', 'pixel\u0000', 'x'.repeat(4096), 42, null]) {
      expect(guess(name as string)).toBeUndefined();
    }
  });

  it('refuses malformed heuristics', () => {
    expect(() => createClassifier({ ...RULES, heuristics: null } as unknown as CookieRuleSet)).toThrow(TypeError);
    expect(() => createClassifier({ ...RULES, heuristics: { prefixes: {} } } as unknown as CookieRuleSet)).toThrow(TypeError);
  });
});
