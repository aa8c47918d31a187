import { pickLanguage } from '@consentkit/banner/negotiate-language';

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
 * The one dictionary to fetch for this page: the one the banner will use, chosen by the banner's
 * own `pickLanguage` among the site's `texts` and the shipped dictionaries from `candidates`
 * (`config.language`, `<html lang>`, the browser's languages, as the banner's translator takes
 * them). A site's own `de-AT` texts get `de`, for the ids they leave out. `undefined` when that
 * is English or a language only the site has: then nothing is fetched.
 */
export function pickLazyLanguage(candidates: readonly (string | undefined | null)[], siteTexts: Readonly<Record<string, unknown>>): string | undefined {
  const dictionary = pickLanguage(candidates, Object.keys(siteTexts), LAZY_LANGUAGES)[1];
  return dictionary === 'en' ? undefined : dictionary;
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
