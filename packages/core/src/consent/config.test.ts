import { describe, expect, it } from 'vitest';
import { parseUrlRule } from '../gating/url-rules';
import { ConsentConfigError, resolveConfig } from './config';

const base = { policyVersion: '2026-11-01' };
const errorOf = (config: unknown) => {
  try {
    resolveConfig(config);
  } catch (error) {
    return error as ConsentConfigError;
  }
  throw new Error('expected resolveConfig to throw');
};

describe('resolveConfig', () => {
  it('fills in the defaults and freezes the result', () => {
    const config = resolveConfig(base);
    expect(config.defaultRegime).toBe('opt-in');
    expect(config.cookie).toEqual({ name: 'consentkit', domain: undefined, path: '/', expiresDays: 182 });
    expect(config.gpc).toBe(true);
    expect(config.unknownCookies).toBe('allow');
    expect(config.categories.map((c) => c.id)).toEqual(['necessary', 'analytics', 'targeting']);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.cookie)).toBe(true);
    expect(Object.isFrozen(config.categories[0])).toBe(true);
  });

  it('adds declared categories after the built-in ones and relabels built-ins in place', () => {
    const config = resolveConfig({
      ...base,
      categories: { functional: { label: 'Functional' }, analytics: { description: 'Counts visits' } },
    });
    expect(config.categories).toEqual([
      { id: 'necessary' },
      { id: 'analytics', description: 'Counts visits' },
      { id: 'targeting' },
      { id: 'functional', label: 'Functional' },
    ]);
  });

  it('normalises region codes', () => {
    expect(resolveConfig({ ...base, region: 'fr' }).region).toBe('FR');
    expect(resolveConfig({ ...base, region: 'us-ca' }).region).toBe('US-CA');
    expect(resolveConfig({ ...base, regimes: { us: 'opt-out' } }).regimes).toEqual({ US: 'opt-out' });
  });

  it('accepts site cookie names, prefixes and host rules for known categories', () => {
    const config = resolveConfig({
      ...base,
      categories: { functional: {} },
      cookies: { _ga: 'analytics', '_ga_*': 'analytics', lang: 'functional' },
      blockRules: { 'stats.example.com': 'analytics', 'ads.example.net/pixel': 'targeting' },
      storage: { 'amp_*': 'analytics' },
    });
    expect(config.cookies['_ga_*']).toBe('analytics');
    expect(config.blockRules['ads.example.net/pixel']).toBe('targeting');
  });

  it.each([
    [undefined, 'config', 'must be an object'],
    ['FR', 'config', 'must be an object'],
    [{}, 'policyVersion', 'is required'],
    [{ policyVersion: '' }, 'policyVersion', 'non-empty string'],
    [{ policyVersion: 42 }, 'policyVersion', 'non-empty string'],
    [{ policyVersion: 'x'.repeat(65) }, 'policyVersion', 'at most 64'],
    [{ ...base, colour: 'red' }, 'colour', 'is not a known option'],
    [{ ...base, constructor: 'x' }, 'constructor', 'is not a known option'],
    [{ ...base, region: 'France' }, 'region', 'ISO 3166'],
    [{ ...base, region: 'EU' }, 'region', 'ISO 3166'],
    [{ ...base, region: 'UK' }, 'region', 'ISO 3166'],
    [{ ...base, region: 'US-CALIF' }, 'region', 'ISO 3166'],
    [{ ...base, region: 7 }, 'region', 'ISO 3166'],
    [{ ...base, regimes: { FR: 'opt-maybe' } }, 'regimes.FR', 'must be one of'],
    [{ ...base, regimes: { Europe: 'opt-in' } }, 'regimes', 'ISO 3166'],
    [{ ...base, regimes: ['FR'] }, 'regimes', 'must be an object'],
    [{ ...base, defaultRegime: 'strict' }, 'defaultRegime', 'must be one of'],
    [{ ...base, categories: { Functional: {} } }, 'categories', 'keys must be ids'],
    [{ ...base, categories: { functional: { colour: 'x' } } }, 'categories.functional.colour', 'is not a known option'],
    [{ ...base, categories: { functional: 'yes' } }, 'categories.functional', 'must be an object'],
    [{ ...base, cookies: { _ga: 'marketing' } }, 'cookies._ga', 'must be one of'],
    [{ ...base, cookies: { 'a b': 'analytics' } }, 'cookies', 'cookie names'],
    [{ ...base, cookies: { '*ga': 'analytics' } }, 'cookies', 'cookie names'],
    [{ ...base, storage: { amp: 'ads' } }, 'storage.amp', 'must be one of'],
    [{ ...base, blockRules: { 'https://x.com': 'analytics' } }, 'blockRules', 'host'],
    [{ ...base, blockRules: { 'x.com': 'functional' } }, 'blockRules.x.com', 'must be one of'],
    [{ ...base, unknownCookies: 'deny' }, 'unknownCookies', 'must be one of'],
    [{ ...base, reloadOnRevoke: 'yes' }, 'reloadOnRevoke', 'must be one of'],
    [{ ...base, language: 'english!' }, 'language', 'language tag'],
    [{ ...base, texts: { en: { 'banner.title': 5 } } }, 'texts.en.banner.title', 'must be a string'],
    [{ ...base, texts: { 'not a tag': {} } }, 'texts', 'language tag'],
    [{ ...base, texts: { en: { 'banner.titel': 'Hi' } } }, 'texts.en.banner.titel', 'not a known message id'],
    [{ ...base, texts: { en: { 'category.functional.label': 'Comfort' } } }, 'texts.en.category.functional.label', 'not a known message id'],
    [
      { ...base, categories: { functional: {} }, texts: { en: { 'category.functionl.label': 'Comfort' } } },
      'texts.en.category.functionl.label',
      'not a known message id',
    ],
    [{ ...base, privacyPolicyUrl: 'javascript:alert(1)' }, 'privacyPolicyUrl', 'http(s) or relative URL'],
    [{ ...base, privacyPolicyUrl: 'java\tscript:alert(1)' }, 'privacyPolicyUrl', 'http(s) or relative URL'],
    [{ ...base, privacyPolicyUrl: 'data:text/html,x' }, 'privacyPolicyUrl', 'http(s) or relative URL'],
    [{ ...base, recordEndpoint: '//evil.example/collect' }, 'recordEndpoint', 'http(s) or relative URL'],
    [{ ...base, cookie: { name: 'a;b' } }, 'cookie.name', 'cookie name'],
    [{ ...base, cookie: { path: 'no-slash' } }, 'cookie.path', 'starting with "/"'],
    [{ ...base, cookie: { domain: 'exa mple.com' } }, 'cookie.domain', 'domain'],
    [{ ...base, cookie: { expiresDays: 400 } }, 'cookie.expiresDays', '1 to 395'],
    [{ ...base, cookie: { expiresDays: 0 } }, 'cookie.expiresDays', '1 to 395'],
    [{ ...base, cookie: { expiresDays: 1.5 } }, 'cookie.expiresDays', '1 to 395'],
    [{ ...base, cookie: { expiresDays: 396 } }, 'cookie.expiresDays', '1 to 395'],
    [{ ...base, cookie: { expiresDays: -30 } }, 'cookie.expiresDays', '1 to 395'],
    [{ ...base, cookie: { expiresDays: '30' } }, 'cookie.expiresDays', '1 to 395'],
    [{ ...base, cookie: { maxAge: 1 } }, 'cookie.maxAge', 'is not a known option'],
    [{ ...base, gpc: 'true' }, 'gpc', 'must be one of'],
    [{ ...base, adapters: { google: true } }, 'adapters.google', 'must be an object'],
    [{ ...base, gpp: 'usnat' }, 'gpp', 'must be an object'],
    [{ ...base, gpp: null }, 'gpp', 'must be an object'],
    [{ ...base, gpp: { section: ['usnat'] } }, 'gpp.section', 'is not a known option (known: sections, regions, cmpId, mspaCoveredTransaction)'],
    [{ ...base, gpp: { sections: 'usnat' } }, 'gpp.sections', 'must be a list'],
    [{ ...base, gpp: { sections: ['usnat', 'uscx'] } }, 'gpp.sections.1', 'must be a section such as "usnat"'],
    [{ ...base, gpp: { regions: { Colorado: 'usco' } } }, 'gpp.regions', 'ISO 3166'],
    [{ ...base, gpp: { regions: { 'US-CO': 'colorado' } } }, 'gpp.regions.US-CO', 'must be a section'],
    [{ ...base, gpp: { cmpId: 0 } }, 'gpp.cmpId', 'from 1 to 4095'],
    [{ ...base, gpp: { cmpId: '7' } }, 'gpp.cmpId', 'from 1 to 4095'],
    [{ ...base, gpp: { mspaCoveredTransaction: 'yes' } }, 'gpp.mspaCoveredTransaction', 'must be one of true, false'],
    [{ ...base, ui: 'box' }, 'ui', 'must be an object'],
    [{ ...base, ui: ['box'] }, 'ui', 'must be an object'],
    [{ ...base, ui: { positon: 'box' } }, 'ui.positon', 'is not a known option (known: position, floatingButton, theme)'],
    [{ ...base, ui: { position: 'top' } }, 'ui.position', 'must be one of "bottom", "box", "center"'],
    [{ ...base, ui: { floatingButton: 'yes' } }, 'ui.floatingButton', 'must be one of true, false'],
    [{ ...base, ui: { theme: 'blue' } }, 'ui.theme', 'must be one of "auto", "light", "dark"'],
    [{ ...base, ui: { theme: 'dark', toString: 'x' } }, 'ui.toString', 'is not a known option'],
    [{ ...base, cookieDb: {} }, 'cookieDb', 'must be a function'],
  ])('rejects %j naming "%s"', (config, field, expected) => {
    const error = errorOf(config);
    expect(error).toBeInstanceOf(ConsentConfigError);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`"${field}"`);
    expect(error.message).toContain(expected);
  });

  it('says what it got', () => {
    expect(errorOf({ ...base, region: 'France' }).message).toContain('(got "France")');
  });

  it("accepts the label and description texts of the site's own and the built-in categories", () => {
    const texts = { en: { 'category.functional.label': 'Comfort', 'category.targeting.description': 'Ads' } };
    expect(resolveConfig({ ...base, categories: { functional: {} }, texts }).texts).toEqual(texts);
  });

  it('keeps valid ui and gpp options', () => {
    const ui = { position: 'box', floatingButton: true, theme: 'dark' } as const;
    expect(resolveConfig({ ...base, ui }).ui).toEqual(ui);
    const gpp = { sections: ['usnat', 'usca'], regions: { 'US-CO': 'usnat' }, cmpId: 4095, mspaCoveredTransaction: true } as const;
    expect(resolveConfig({ ...base, gpp }).gpp).toEqual(gpp);
    expect(resolveConfig({ ...base, gpp: false }).gpp).toBe(false);
  });

  it('accepts exactly the lower-case blockRules keys the URL matcher compiles', () => {
    const keys = [
      'stats.example.com',
      '*.example.com',
      'example.com:8443/js',
      'Stats.Example.com/p',
      'a.b:99999',
      'a..b',
      'https://x.com',
      'x.com/a b',
      '*',
      'exa mple.com',
      '',
    ];
    for (const key of keys) {
      let compiles = true;
      try {
        parseUrlRule(key, 'analytics');
      } catch {
        compiles = false;
      }
      let accepted = true;
      try {
        resolveConfig({ ...base, blockRules: { [key]: 'analytics' } });
      } catch {
        accepted = false;
      }
      expect([key, accepted]).toEqual([key, compiles && key === key.toLowerCase()]);
    }
  });

  it('accepts http(s) and relative URLs', () => {
    for (const url of ['https://example.com/privacy', '/privacy', 'privacy.html', './p', '#policy', 'HTTP://x.y']) {
      expect(resolveConfig({ ...base, privacyPolicyUrl: url }).privacyPolicyUrl).toBe(url);
    }
  });
});
