import type { ResolvedConfig } from '@consentkit/core';
import { en } from './i18n/en';
import { pickLanguage } from './negotiate-language';

/** Texts per language, message id → text, e.g. `{ de: { 'banner.title': '…' } }` (same shape as `config.texts`). */
export type Dictionaries = Record<string, Readonly<Record<string, string>>>;

/** Looks up the text of a message id in the resolved language. */
export interface Translator {
  /** The language whose texts are used (BCP 47, lower case), set as `lang` on the UI. */
  readonly lang: string;
  /** `rtl` for right-to-left scripts (Arabic, Hebrew, Persian, Urdu, ...), else `ltr`. */
  readonly dir: 'ltr' | 'rtl';
  /**
   * The text for `id`: the site's `config.texts` first, then `fallback` (a label the site set
   * in `config.categories`), then the loaded dictionary, then English.
   */
  t(id: string, fallback?: string): string;
}

const RTL = /^(ar|he|fa|ur|yi|ps|dv|ckb|sd|ug)(-|$)/i;

/**
 * Picks the UI language: `language` (banner option), `config.language`, `<html lang>`, then the
 * browser's languages; the first one that has texts (the site's `config.texts` or a dictionary
 * given here) wins, with the fallbacks of `negotiateLanguage` (`de-AT` → `de`, `zh-TW` →
 * `zh-Hant`, ...), else English — `pickLanguage`, the negotiation the script tag also makes.
 */
export function createTranslator(config: Pick<ResolvedConfig, 'language' | 'texts'>, language?: string, dictionaries: Dictionaries = {}): Translator {
  const site = config.texts as Dictionaries;
  const shipped: Dictionaries = { ...dictionaries, en: { ...en, ...dictionaries.en } };
  // On a server (renderBannerToString) there is no document or browser language: only the
  // languages given count, then English.
  const page = typeof document === 'undefined' ? [] : [document.documentElement.lang, ...(navigator.languages ?? [])];
  const candidates = [language, config.language, ...page];
  const [lang, dictionary] = pickLanguage(candidates, Object.keys(site), Object.keys(shipped));
  // A site's own `de-AT` texts fall back to the shipped `de` dictionary for the ids they leave out.
  const own = site[lang];
  const texts = shipped[dictionary];
  return {
    lang,
    dir: RTL.test(lang) ? 'rtl' : 'ltr',
    t: (id, fallback) => own?.[id] ?? fallback ?? texts![id] ?? shipped.en![id] ?? '',
  };
}

/**
 * Replaces `{name}` placeholders in a text with values (as text; nothing is interpreted), and
 * picks the form of a `{name, plural, =1 {# day} other {# days}}` block by the value: the
 * `=N` case equal to it, else `other`, with `#` standing for the value. Exact cases need no
 * plural rules of the language, so a dictionary spells out the numbers whose form differs
 * (Czech `=1 {# den} =2 {# dny} … other {# dní}`). A placeholder without a value stays as it is.
 *
 * @example
 * fill('{count, plural, =1 {# day} other {# days}}', { count: '1' }); // '1 day'
 */
export function fill(text: string, values: Record<string, string>): string {
  // One pass, so a value that itself contains `{…}` is never filled in turn.
  return text.replace(/\{(\w+)(?:, plural,((?:\s*(?:=\d+|other) \{[^{}]*\})+)\s*)?\}/g, (match, name: string, cases?: string) => {
    const value = values[name];
    if (value === undefined || !cases) return value ?? match;
    const forms = Object.fromEntries([...cases.matchAll(/(=\d+|other) \{([^{}]*)\}/g)].map((c) => [c[1], c[2]]));
    const form = forms[`=${value}`] ?? forms.other;
    return form === undefined ? match : form.split('#').join(value);
  });
}
