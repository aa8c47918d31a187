/**
 * Languages with a dictionary in `@consentkit/banner` (`src/i18n/<lang>.ts`). English is in the
 * bundle; every other one is emitted by `scripts/build-assets.mjs` as `i18n/<lang>.json` beside
 * the bundle and fetched only by visitors who need it. A unit test keeps this list in step with
 * the banner's dictionaries.
 */
export const LAZY_LANGUAGES: readonly string[] = ['ar', 'de', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'sv'];

/**
 * The language the banner will show, found the way the banner's translator finds it
 * (`config.language`, `<html lang>`, the browser's languages; a tag or its primary subtag that
 * has texts wins) — but only when it is a lazily loaded one, i.e. one that must be fetched first.
 * `undefined` when English or the site's own `texts` win.
 */
export function pickLazyLanguage(
  candidates: readonly (string | undefined | null)[],
  siteTexts: Readonly<Record<string, unknown>>,
): string | undefined {
  const site = Object.keys(siteTexts).map((k) => k.toLowerCase());
  for (const candidate of candidates) {
    const tag = candidate?.toLowerCase();
    if (!tag) continue;
    for (const key of [tag, tag.split('-')[0]!]) {
      const lazy = LAZY_LANGUAGES.includes(key);
      if (lazy) return key;
      if (key === 'en' || site.includes(key)) return undefined;
    }
  }
  return undefined;
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
