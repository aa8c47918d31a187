import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAZY_LANGUAGES, loadDictionary, pickLazyLanguage } from './language-loader';

describe('LAZY_LANGUAGES', () => {
  it("lists exactly the banner's non-English dictionaries", () => {
    const dir = join(process.cwd(), 'packages', 'banner', 'src', 'i18n');
    const shipped = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test.')).map((f) => f.replace('.ts', '')).filter((l) => l !== 'en');
    expect([...LAZY_LANGUAGES].sort()).toEqual(shipped.sort());
  });
});

describe('pickLazyLanguage', () => {
  it('picks the first candidate (or its primary subtag) that has a dictionary', () => {
    expect(pickLazyLanguage(['de-AT'], {})).toBe('de');
    expect(pickLazyLanguage([undefined, '', 'xx', 'fr-CA'], {})).toBe('fr');
  });

  it('loads nothing when English or the site\'s own texts come first', () => {
    expect(pickLazyLanguage(['en-US', 'de'], {})).toBeUndefined();
    expect(pickLazyLanguage(['tr', 'de'], { tr: { 'banner.title': 'Gizlilik' } })).toBeUndefined();
    expect(pickLazyLanguage(['xx'], {})).toBeUndefined();
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
    vi.stubGlobal('fetch', vi.fn(async () => respond()));
    expect(await loadDictionary('https://cdn.example/', 'fr')).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
  });
});
