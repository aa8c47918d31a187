import { describe, expect, it } from 'vitest';
import { negotiateLanguage, pickLanguage } from './negotiate-language';

// The languages the script tag ships (plus English), as in packages/consentkit/src/language-loader.ts.
const SHIPPED = [
  'en',
  'ar',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'de-CH',
  'el',
  'es',
  'es-419',
  'et',
  'eu',
  'fa',
  'fi',
  'fr',
  'ga',
  'gl',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'is',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'mt',
  'nb',
  'nl',
  'nn',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'ru',
  'sk',
  'sl',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
  'zh-Hans',
  'zh-Hant',
];

describe('negotiateLanguage', () => {
  it.each([
    // exact tags win, spelled as the dictionary is named
    ['de', 'de'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['PT_BR', 'pt-BR'],
    ['es-419', 'es-419'],
    ['zh-Hant', 'zh-Hant'],
    // a region or variant falls back to the language
    ['de-AT', 'de'],
    ['de-DE', 'de'],
    ['fr-CA', 'fr'],
    ['en-GB', 'en'],
    ['pt-PT', 'pt'],
    ['pt-AO', 'pt'],
    ['ca-ES-valencia', 'ca'],
    ['sv-FI', 'sv'],
    ['nl-BE', 'nl'],
    ['it-CH', 'it'],
    ['ar-EG', 'ar'],
    ['fa-IR', 'fa'],
    // Swiss conventions (no ß) for Switzerland and Liechtenstein
    ['de-CH', 'de-CH'],
    ['de-LI', 'de-CH'],
    // Chinese by script, not by the bare `zh`
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    // Spanish of the Americas
    ['es-MX', 'es-419'],
    ['es-AR', 'es-419'],
    ['es-US', 'es-419'],
    ['es-CO', 'es-419'],
    ['es-ES', 'es'],
    // Norwegian: the macrolanguage code and both written standards
    ['no', 'nb'],
    ['nb-NO', 'nb'],
    ['no-NO', 'nb'],
    ['nn', 'nn'],
    ['nn-NO', 'nn'],
    // withdrawn codes old browsers still send
    ['iw', 'he'],
    ['iw-IL', 'he'],
    ['in', 'id'],
  ])('%s → %s', (requested, expected) => {
    expect(negotiateLanguage([requested], SHIPPED)).toBe(expected);
  });

  it('falls back from pt-BR to pt, and from es-MX to es, only when the exact dictionary is missing', () => {
    expect(negotiateLanguage(['pt-BR'], ['en', 'pt'])).toBe('pt');
    expect(negotiateLanguage(['es-MX'], ['en', 'es'])).toBe('es');
    expect(negotiateLanguage(['zh-TW'], ['en', 'zh'])).toBe('zh');
    expect(negotiateLanguage(['nn'], ['en', 'nb'])).toBe('nb');
    expect(negotiateLanguage(['nb'], ['en', 'no'])).toBe('no');
  });

  it('takes the first candidate that matches and skips empty or unknown ones', () => {
    expect(negotiateLanguage([undefined, null, '', '  ', 'xx-YY', 'tlh', 'fr-BE', 'de'], SHIPPED)).toBe('fr');
    expect(negotiateLanguage(['en-US', 'de'], SHIPPED)).toBe('en');
  });

  it('is undefined when nothing matches (the caller shows English)', () => {
    expect(negotiateLanguage(['xx', 'sr-Latn-RS', 'zz'], SHIPPED)).toBeUndefined();
    expect(negotiateLanguage([], SHIPPED)).toBeUndefined();
    expect(negotiateLanguage(['de'], [])).toBeUndefined();
    // a bare `zh` means Simplified Chinese: a site with only Traditional texts does not get it
    expect(negotiateLanguage(['zh'], ['en', 'zh-Hant'])).toBeUndefined();
  });
});

describe('pickLanguage', () => {
  const LAZY = SHIPPED.filter((lang) => lang !== 'en');

  it('shows the first candidate that has texts, and uses the shipped dictionary for it', () => {
    expect(pickLanguage(['de-AT'], [], LAZY)).toEqual(['de', 'de']);
    expect(pickLanguage([undefined, '', 'xx', 'zh-TW'], [], LAZY)).toEqual(['zh-Hant', 'zh-Hant']);
  });

  it("fills a site's own regional texts from the shipped dictionary of their language", () => {
    expect(pickLanguage(['de-AT'], ['de-AT'], LAZY)).toEqual(['de-AT', 'de']);
    expect(pickLanguage(['PT-br'], ['pt-BR'], ['pt'])).toEqual(['pt-BR', 'pt']);
  });

  it('shows a language only the site has texts for over a later candidate, with English behind it', () => {
    expect(pickLanguage(['eo', 'de'], ['eo'], LAZY)).toEqual(['eo', 'en']);
  });

  it('always has English, whether or not it is listed as shipped', () => {
    expect(pickLanguage(['en-US', 'de'], [], LAZY)).toEqual(['en', 'en']);
    expect(pickLanguage(['en-US', 'de'], [], SHIPPED)).toEqual(['en', 'en']);
    expect(pickLanguage(['xx', 'tlh'], [], LAZY)).toEqual(['en', 'en']);
    expect(pickLanguage([], [], [])).toEqual(['en', 'en']);
  });
});
