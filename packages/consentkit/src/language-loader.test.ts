import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '@consentkit/banner';
import { LAZY_LANGUAGES, loadDictionary, pickLazyLanguage } from './language-loader';

describe('LAZY_LANGUAGES', () => {
  it("lists exactly the banner's non-English dictionaries", () => {
    const dir = join(process.cwd(), 'packages', 'banner', 'src', 'i18n');
    // The file names scripts/build-assets.mjs turns into i18n/<lang>.json (same pattern).
    const shipped = readdirSync(dir)
      .filter((f) => /^[a-z]{2,3}(-[a-z0-9]+)?\.ts$/i.test(f))
      .map((f) => f.replace('.ts', ''))
      .filter((l) => l !== 'en');
    expect([...LAZY_LANGUAGES].sort()).toEqual(shipped.sort());
  });
});

describe('pickLazyLanguage', () => {
  it('picks the first candidate (or its primary subtag) that has a dictionary', () => {
    expect(pickLazyLanguage(['de-AT'], {})).toBe('de');
    expect(pickLazyLanguage([undefined, '', 'xx', 'fr-CA'], {})).toBe('fr');
  });

  it('negotiates like the banner: regional dictionaries, Chinese scripts, Latin-American Spanish, Norwegian', () => {
    expect(pickLazyLanguage(['pt-BR'], {})).toBe('pt-BR');
    expect(pickLazyLanguage(['pt-PT'], {})).toBe('pt');
    expect(pickLazyLanguage(['zh-TW'], {})).toBe('zh-Hant');
    expect(pickLazyLanguage(['zh-CN'], {})).toBe('zh-Hans');
    expect(pickLazyLanguage(['es-MX'], {})).toBe('es-419');
    expect(pickLazyLanguage(['no'], {})).toBe('nb');
    expect(pickLazyLanguage(['de-CH'], {})).toBe('de-CH');
  });

  it("fetches the shipped dictionary under a site's own regional texts (they may leave ids out)", () => {
    expect(pickLazyLanguage(['de-AT'], { 'de-AT': { 'banner.title': 'Privatsphäre' } })).toBe('de');
  });

  it("loads nothing when English or the site's own texts come first", () => {
    expect(pickLazyLanguage(['en-US', 'de'], {})).toBeUndefined();
    expect(pickLazyLanguage(['eo', 'de'], { eo: { 'banner.title': 'Privateco' } })).toBeUndefined();
    expect(pickLazyLanguage(['xx'], {})).toBeUndefined();
  });
});

describe('pickLazyLanguage and the banner', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  // Each shipped dictionary's title names its language, so the title shows which one the banner uses.
  const shipped = Object.fromEntries(LAZY_LANGUAGES.map((lang) => [lang, { 'banner.title': lang }]));

  it.each([
    [['de-AT', 'en'], {}],
    [['pt-PT'], {}],
    [['zh-HK', 'fr'], {}],
    [['es-AR'], {}],
    [['nn-NO'], {}],
    [['iw-IL'], {}],
    [['de-LI'], {}],
    [['en-GB', 'de'], {}],
    [['xx', 'tlh'], {}],
    [['de-AT'], { 'de-AT': { 'banner.description': 'Servus' } }],
    [['eo', 'fr'], { eo: { 'banner.description': 'Saluton' } }],
    [['ca-ES-valencia'], { 'ca-ES': { 'banner.description': 'Hola' } }],
  ])('%j with the site texts %j: the file fetched is the dictionary the banner shows', (languages, texts) => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
    // The same inputs as the script tag gives both: config.language, <html lang>, the browser's languages.
    const fetched = pickLazyLanguage([undefined, document.documentElement.lang, ...navigator.languages], texts);
    const banner = createTranslator({ language: undefined, texts }, undefined, fetched ? { [fetched]: shipped[fetched]! } : {});
    const withAll = createTranslator({ language: undefined, texts }, undefined, shipped);
    // Given only the fetched file, the banner shows what it shows with every dictionary at hand.
    expect([banner.lang, banner.t('banner.title')]).toEqual([withAll.lang, withAll.t('banner.title')]);
    expect(withAll.t('banner.title')).toBe(fetched ?? 'Your privacy');
  });
});

describe('loadDictionary', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches i18n/<lang>.json beside the bundle', async () => {
    const fetch = vi.fn(async () => new Response('{"banner.acceptAll":"Alle akzeptieren"}'));
    vi.stubGlobal('fetch', fetch);
    expect(await loadDictionary('https://cdn.example/ck/1.0/', 'de')).toEqual({ 'banner.acceptAll': 'Alle akzeptieren' });
    expect(fetch).toHaveBeenCalledWith('https://cdn.example/ck/1.0/i18n/de.json', { credentials: 'omit' });
  });

  it.each([
    ['a 404', () => new Response('no', { status: 404 })],
    ['not JSON', () => new Response('<html>')],
    ['not strings', () => new Response('{"banner.title":{"x":1}}')],
    ['a network error', () => Promise.reject(new TypeError('offline'))],
  ])('resolves undefined (English) on %s, with a warning', async (_, respond) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => respond()),
    );
    expect(await loadDictionary('https://cdn.example/', 'fr')).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
  });
});
