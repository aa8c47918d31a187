import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill } from '../translator';
import { en, enExtra } from './en';

const english: Record<string, string> = { ...en, ...enExtra };
const ids = Object.keys(english).sort();
const dir = join(process.cwd(), 'packages', 'banner', 'src', 'i18n');

// Every dictionary file (the names scripts/build-assets.mjs turns into i18n/<lang>.json), loaded
// the way a bundler loads the `@consentkit/banner/i18n/<lang>` subpath.
const files = readdirSync(dir).filter((f) => /^[a-z]{2,3}(-[a-z0-9]+)?\.ts$/i.test(f) && f !== 'en.ts');
const dictionaries = await Promise.all(
  files.map(async (file) => {
    const lang = file.replace(/\.ts$/, '');
    const mod = (await import(/* @vite-ignore */ join(dir, file))) as Record<string, Record<string, string>>;
    return { lang, file, mod, messages: mod.default! };
  }),
);

/**
 * The US phrases whose English wording a law defines: each dictionary gives its translation
 * followed by the English in parentheses, e.g. "… (Do Not Sell or Share My Personal Information)".
 * The link's title is set by Cal. Civ. Code §1798.135(a)(1); "Opt-Out Request Honored" is the
 * status wording of 11 CCR §7025(c)(6). docs/i18n.md explains the choice.
 */
const LEGALLY_FIXED: Record<string, string> = {
  'optOut.link': 'Do Not Sell or Share My Personal Information',
  'optOut.honored': 'Opt-Out Request Honored',
};

/**
 * Texts that are correctly the same as the English one in a language: loanwords the language's
 * data-protection authority itself uses ("Cookies", "Session") and words spelled alike ("Name").
 * Anything else equal to English is an untranslated text and fails.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  // "Cookies" is the word these languages' authorities use (CNIL, DSK, AEPD, AP, CNPD, ANPD,
  // Datatilsynet, the Hellenic DPA, the IDPC write "cookies"; Galician uses it too).
  de: ['preferences.cookies', 'cookieTable.name', 'cookieTable.session'],
  'de-CH': ['preferences.cookies', 'cookieTable.name', 'cookieTable.session'],
  fr: ['preferences.cookies', 'cookieTable.session'],
  da: ['preferences.cookies', 'cookieTable.session'],
  el: ['preferences.cookies'],
  es: ['preferences.cookies'],
  'es-419': ['preferences.cookies'],
  gl: ['preferences.cookies'],
  mt: ['preferences.cookies'],
  nl: ['preferences.cookies'],
  pt: ['preferences.cookies'],
  'pt-BR': ['preferences.cookies'],
  // "Session" is the Swedish (and German, French, Danish) word for a browser session.
  sv: ['cookieTable.session'],
};

/** A script each text of these languages must use (catches a text pasted into the wrong file). */
const SCRIPT: Record<string, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  he: /\p{Script=Hebrew}/u,
  bg: /\p{Script=Cyrillic}/u,
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  el: /\p{Script=Greek}/u,
  hi: /\p{Script=Devanagari}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
  ko: /\p{Script=Hangul}/u,
  'zh-Hans': /\p{Script=Han}/u,
  'zh-Hant': /\p{Script=Han}/u,
  th: /\p{Script=Thai}/u,
};

/** The placeholders of a text: `{name}` and the `{name, plural, …}` blocks `fill` understands. */
const slots = (text: string) =>
  [...text.replace(/\{(\w+), plural,(?:\s*(?:=\d+|other) \{[^{}]*\})+\s*\}/g, '{$1}').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('shipped dictionaries', () => {
  it('ship every language the docs promise', () => {
    expect(dictionaries.map((d) => d.lang).sort()).toEqual(
      [
        // the 24 official EU languages (English is built in)
        'bg',
        'cs',
        'da',
        'de',
        'el',
        'es',
        'et',
        'fi',
        'fr',
        'ga',
        'hr',
        'hu',
        'it',
        'lt',
        'lv',
        'mt',
        'nl',
        'pl',
        'pt',
        'ro',
        'sk',
        'sl',
        'sv',
        // EEA/EFTA
        'is',
        'nb',
        'nn',
        'de-CH',
        // the main languages of the markets sites sell to
        'ca',
        'eu',
        'gl',
        'uk',
        'tr',
        'ru',
        'ar',
        'he',
        'fa',
        'hi',
        'ja',
        'ko',
        'zh-Hans',
        'zh-Hant',
        'pt-BR',
        'es-419',
        'id',
        'vi',
        'th',
      ].sort(),
    );
  });

  for (const { lang, file, mod, messages } of dictionaries) {
    describe(lang, () => {
      it('has every message id and no other, each a non-empty, markup-free text', () => {
        expect(Object.keys(messages).sort()).toEqual(ids);
        for (const [id, text] of Object.entries(messages)) {
          expect(typeof text, id).toBe('string');
          expect(text.trim(), id).not.toBe('');
          expect(text, id).toBe(text.trim());
          expect(text, id).not.toMatch(/[<>]/);
        }
      });

      it('translates every text (only the documented loanwords equal English)', () => {
        const allowed = SAME_AS_ENGLISH[lang] ?? [];
        const same = Object.keys(messages).filter((id) => messages[id] === english[id]);
        expect(same.sort()).toEqual([...allowed].sort());
      });

      it('gives the legally fixed US phrases in English, after the translation', () => {
        for (const [id, phrase] of Object.entries(LEGALLY_FIXED)) {
          expect(messages[id], id).toContain(`(${phrase})`);
          expect(messages[id]!.replace(`(${phrase})`, '').trim().length, id).toBeGreaterThan(2);
        }
      });

      if (/^(ar|he|fa)$/.test(lang)) {
        it('isolates the English phrases as left-to-right, so their parentheses are not mirrored', () => {
          for (const [id, phrase] of Object.entries(LEGALLY_FIXED)) expect(messages[id], id).toContain(`\u2066(${phrase})\u2069`);
        });
      }

      it('words "Accept all" and "Reject all" about equally long (refusing as easy as accepting, EDPB 2023)', () => {
        const [accept, reject] = [messages['banner.acceptAll']!.length, messages['banner.rejectAll']!.length];
        expect(Math.abs(accept - reject)).toBeLessThanOrEqual(Math.max(6, 0.4 * Math.max(accept, reject)));
      });

      it('keeps every {placeholder} of the English text, and adds none', () => {
        for (const id of ids) expect(slots(messages[id]!), id).toEqual(slots(english[id]!));
      });

      it('says any number of days: every plural case is valid, nothing left unfilled', () => {
        for (const n of [1, 2, 3, 4, 5, 7, 11, 14, 21, 30, 90, 182, 365, 400]) {
          const text = fill(messages['cookieTable.days']!, { count: String(n) });
          expect(text, `${n} days`).not.toMatch(/[{}#]/);
          if (n > 2) expect(text, `${n} days`).toContain(String(n));
        }
      });

      if (SCRIPT[lang]) {
        it('writes every text in its own script', () => {
          for (const [id, text] of Object.entries(messages)) {
            if (SAME_AS_ENGLISH[lang]?.includes(id)) continue;
            const own = Object.values(LEGALLY_FIXED).reduce((rest, phrase) => rest.replace(phrase, ''), text);
            expect(own, id).toMatch(SCRIPT[lang]!);
          }
        });
      }

      it('is plain JSON data, exported by name and as the default (the script-tag build ships it as a .json file)', () => {
        expect(JSON.parse(JSON.stringify(messages))).toEqual(messages);
        expect(mod[lang.replace(/-(\w)/, (_, c: string) => c.toUpperCase())]).toBe(messages);
        expect(readFileSync(join(dir, file), 'utf8')).toMatch(/^import type \{ Messages \} from '\.\/en';/);
      });
    });
  }

  it('each has its `@consentkit/banner/i18n/<lang>` subpath export', () => {
    const pkg = JSON.parse(readFileSync(join(dir, '..', '..', 'package.json'), 'utf8')) as { exports: Record<string, { default: string }> };
    for (const { lang } of dictionaries) expect(pkg.exports[`./i18n/${lang}`]?.default, lang).toBe(`./dist/i18n/${lang}.js`);
  });

  it('Swiss German writes ss, never ß', () => {
    const { messages } = dictionaries.find((d) => d.lang === 'de-CH')!;
    expect(Object.values(messages).join(' ')).not.toMatch(/ß/);
  });

  it('Romanian writes ș and ț with a comma below, Persian its own yeh and kaf', () => {
    const text = (lang: string) => Object.values(dictionaries.find((d) => d.lang === lang)!.messages).join(' ');
    expect(text('ro')).not.toMatch(/[şţŞŢ]/);
    expect(text('ro')).toMatch(/[șț]/);
    expect(text('fa')).not.toMatch(/[يك]/);
    expect(text('fa')).toMatch(/[یک]/);
  });

  it('Ukrainian and Russian are not each other', () => {
    const text = (lang: string) => Object.values(dictionaries.find((d) => d.lang === lang)!.messages).join(' ');
    expect(text('uk')).toMatch(/[іїєґ]/);
    expect(text('ru')).not.toMatch(/[іїєґ]/);
    expect(text('ru')).toMatch(/[ыэъё]/);
  });
});
