import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator, fill } from './translator';

const config = (texts: Record<string, Record<string, string>> = {}, language?: string) => ({ texts, language });

afterEach(() => document.documentElement.removeAttribute('lang'));

describe('createTranslator', () => {
  it('uses English when nothing else is available', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fi-FI']);
    const { lang, dir, t } = createTranslator(config());
    expect([lang, dir, t('banner.acceptAll')]).toEqual(['en', 'ltr', 'Accept all']);
  });

  it('prefers the option, then config.language, then <html lang>, then the browser', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['sv-SE']);
    const dictionaries = {
      de: { 'banner.acceptAll': 'Alle akzeptieren' },
      fr: { 'banner.acceptAll': 'Tout accepter' },
      sv: { 'banner.acceptAll': 'Godkänn alla' },
      nl: { 'banner.acceptAll': 'Alles accepteren' },
    };
    document.documentElement.lang = 'nl';
    expect(createTranslator(config({}, 'fr'), 'de', dictionaries).lang).toBe('de');
    expect(createTranslator(config({}, 'fr'), undefined, dictionaries).lang).toBe('fr');
    expect(createTranslator(config(), undefined, dictionaries).lang).toBe('nl');
    document.documentElement.removeAttribute('lang');
    expect(createTranslator(config(), undefined, dictionaries).t('banner.acceptAll')).toBe('Godkänn alla');
  });

  it('matches the primary subtag and ignores case (de-AT → de, PT-br → pt)', () => {
    const { lang } = createTranslator(config(), 'de-AT', { de: { 'banner.title': 'x' } });
    expect(lang).toBe('de');
    expect(createTranslator(config(), 'PT-br', { pt: { 'banner.title': 'x' } }).lang).toBe('pt');
  });

  it('prefers a regional dictionary that exists (pt-BR), and spells `lang` as the dictionary is named', () => {
    const dictionaries = { pt: { 'banner.acceptAll': 'Aceitar todos' }, 'pt-BR': { 'banner.acceptAll': 'Aceitar tudo' } };
    const brazil = createTranslator(config(), 'pt-br', dictionaries);
    expect([brazil.lang, brazil.t('banner.acceptAll')]).toEqual(['pt-BR', 'Aceitar tudo']);
    expect(createTranslator(config(), 'pt-PT', dictionaries).lang).toBe('pt');
    expect(createTranslator(config(), 'zh-TW', { 'zh-Hant': { 'banner.title': 'x' } }).lang).toBe('zh-Hant');
  });

  it("fills the ids a site's regional texts leave out from the shipped dictionary of that language", () => {
    const { lang, t } = createTranslator(config({ 'de-AT': { 'banner.title': 'Ihre Privatsphäre in Österreich' } }), 'de-AT', {
      de: { 'banner.title': 'Ihre Privatsphäre', 'banner.acceptAll': 'Alle akzeptieren' },
    });
    expect([lang, t('banner.title'), t('banner.acceptAll'), t('banner.rejectAll')]).toEqual([
      'de-AT',
      'Ihre Privatsphäre in Österreich',
      'Alle akzeptieren',
      'Reject all',
    ]);
  });

  it('skips a language it has no texts for, so `lang` never lies', () => {
    expect(createTranslator(config(), 'ja', { de: {} }).lang).toBe('en');
  });

  it('config.texts wins over a site label, which wins over the dictionary, then English', () => {
    const { t } = createTranslator(config({ de: { 'category.analytics.label': 'Site-Statistik' } }), 'de', {
      de: { 'category.analytics.label': 'Statistik', 'banner.title': 'Ihre Privatsphäre' },
    });
    expect(t('category.analytics.label', 'Label from categories')).toBe('Site-Statistik');
    expect(t('category.targeting.label', 'Werbung (Site)')).toBe('Werbung (Site)');
    expect(t('banner.title')).toBe('Ihre Privatsphäre');
    expect(t('banner.rejectAll')).toBe('Reject all'); // missing in the dictionary: English
    expect(t('category.unknown.label')).toBe('');
  });

  it('a language that only the site configured is used', () => {
    const { lang, t } = createTranslator(config({ eo: { 'banner.title': 'Via privateco' } }), 'eo');
    expect([lang, t('banner.title'), t('banner.acceptAll')]).toEqual(['eo', 'Via privateco', 'Accept all']);
  });

  it('marks right-to-left languages', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'fa-IR', 'HE']) {
      expect(createTranslator(config({ [lang]: { 'banner.title': 'x' } }), lang).dir).toBe('rtl');
    }
    expect(createTranslator(config({ de: { 'banner.title': 'x' } }), 'de').dir).toBe('ltr');
  });
});

describe('fill', () => {
  const days = '{count, plural, =1 {# day} =2 {two days (#)} other {# days}}';

  it.each([
    ['1', '1 day'],
    ['2', 'two days (2)'],
    ['30', '30 days'],
    ['182', '182 days'],
    ['11', '11 days'],
  ])('picks the exact plural case for %s, else other', (count, expected) => {
    expect(fill(days, { count })).toBe(expected);
    expect(fill(`Kept for ${days}.`, { count })).toBe(`Kept for ${expected}.`);
  });

  it('leaves a plural block without a value, or without a matching case, as it is', () => {
    expect(fill(days, {})).toBe(days);
    expect(fill('{count, plural, =1 {# day}}', { count: '5' })).toBe('{count, plural, =1 {# day}}');
  });

  it('fills each slot once: a value containing {…} or # is inserted as text', () => {
    expect(fill('{title}: {count, plural, other {# x}}', { title: '{count} #', count: '3' })).toBe('{count} #: 3 x');
  });

  it('replaces known slots and leaves unknown ones, without interpreting anything', () => {
    expect(fill('Allow {category} for {title} {other}', { category: '<b>Ads</b>', title: '$&' })).toBe('Allow <b>Ads</b> for $& {other}');
  });
});
