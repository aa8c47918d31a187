import { negotiateLanguage } from '@consentkit/banner';

/**
 * Languages with a dictionary in `@consentkit/banner` (`src/i18n/<lang>.ts`), spelled as their
 * files are named (the file name is case-sensitive on most servers). English is in the bundle;
 * every other one is emitted by `scripts/build-assets.mjs` as `i18n/<lang>.json` beside the
 * bundle and fetched only by visitors who need it. A unit test keeps this list in step with the
 * banner's dictionaries.
 */
export const LAZY_LANGUAGES: readonly string[] = (
  'ar bg ca cs da de de-CH el es es-419 et eu fa fi fr ga gl he hi hr hu id is it ja ko lt lv mt nb nl nn pl pt pt-BR ' +
  'ro ru sk sl sv th tr uk vi zh-Hans zh-Hant'
).split(' ');

/**
 * The one dictionary to fetch for this page: the language the banner will show — negotiated
 * exactly as the banner's translator does it (`config.language`, `<html lang>`, the browser's
 * languages, with the fallbacks of `negotiateLanguage`) among English, the site's own `texts`
 * and the shipped dictionaries — and then the shipped dictionary for it (a site's `de-AT` texts
 * → `de`, for the ids they leave out). `undefined` when that is English or a language only the
 * site has: then nothing is fetched.
 */
export function pickLazyLanguage(candidates: readonly (string | undefined | null)[], siteTexts: Readonly<Record<string, unknown>>): string | undefined {
  const lang = negotiateLanguage(candidates, [...Object.keys(siteTexts), 'en', ...LAZY_LANGUAGES]);
  return lang && negotiateLanguage([lang], LAZY_LANGUAGES);
}

/**
 * Fetches `i18n/<lang>.json` from the bundle's directory. `fetch` is governed by `connect-src`,
 * so it works under a strict `script-src`. Resolves `undefined` on any failure (network, not
 * JSON, not an object of strings): the banner then shows English, which delays nothing and
 * changes nothing about what is gated.
 */
export async function loadDictionary(baseUrl: string, lang: string): Promise<Record<string, string> | undefined> {
  try {
    const response = await fetch(new URL(`i18n/${lang}.json`, baseUrl).href, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const dictionary: unknown = await response.json();
    if (typeof dictionary !== 'object' || dictionary === null || Object.values(dictionary).some((v) => typeof v !== 'string')) {
      throw new Error('not a dictionary of strings');
    }
    return dictionary as Record<string, string>;
  } catch (error) {
    console.warn(`[consentkit] could not load the "${lang}" texts (${(error as Error).message}); showing English.`);
    return undefined;
  }
}
