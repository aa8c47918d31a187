/**
 * The tags to try for one requested language tag, best first (all lower case). Besides the tag
 * itself and its shorter prefixes (`de-AT` → `de`, `ca-ES-valencia` → `ca-es` → `ca`), it knows
 * the cases where the prefix is not the right answer:
 * - Chinese is chosen by script: `zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant-*` → `zh-hant`; every other
 *   `zh` (`zh-CN`, `zh-SG`, plain `zh`) → `zh-hans`;
 * - Spanish outside Spain (`es-MX`, `es-AR`, `es-US`, `es-419`, ...) → `es-419` before `es`;
 * - Norwegian: `no`, `nb` and `nn` stand in for each other (Bokmål first: it is what most
 *   Norwegians read, and a Nynorsk reader reads it too);
 * - Swiss and Liechtenstein German (`de-LI`) → `de-ch` (no ß) before `de`;
 * - the withdrawn codes browsers still send: `iw` → `he`, `in` → `id`.
 */
function tagsToTry(requested: string): string[] {
  const tag = requested.trim().toLowerCase().replace(/_/g, '-').replace(/^iw\b/, 'he').replace(/^in\b/, 'id');
  const tries = [tag];
  if (/^zh\b/.test(tag)) tries.push(/-hant|^zh-(tw|hk|mo)\b/.test(tag) ? 'zh-hant' : 'zh-hans');
  if (/^es-(?!es\b)/.test(tag)) tries.push('es-419');
  if (/^de-li\b/.test(tag)) tries.push('de-ch');
  for (let end = tag.lastIndexOf('-'); end > 0; end = tag.lastIndexOf('-', end - 1)) tries.push(tag.slice(0, end));
  if (/^n[bon]\b/.test(tag)) tries.push('nb', 'no', 'nn');
  return tries;
}

/**
 * Finds the language to show for the visitor: the first `candidates` entry (in order: the
 * site's `language`, `<html lang>`, then `navigator.languages`) that matches one of `available`
 * exactly or through a sensible fallback (see above: `pt-BR` → `pt` only when there is no `pt-BR`,
 * `de-AT` → `de`, `zh-TW` → `zh-Hant`, `es-MX` → `es-419`, `nn` → `nb`). Case is ignored; the
 * result is spelled as in `available` (e.g. `pt-BR`). `undefined` when nothing matches — callers
 * then show English, which every build has.
 *
 * `pickLanguage` builds on it to choose the UI language and its dictionary.
 *
 * @example
 * negotiateLanguage(['de-AT', 'en'], ['en', 'de', 'fr']); // 'de'
 * negotiateLanguage(['zh-TW'], ['en', 'zh-Hans', 'zh-Hant']); // 'zh-Hant'
 */
export function negotiateLanguage(candidates: readonly (string | null | undefined)[], available: readonly string[]): string | undefined {
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue;
    for (const tag of tagsToTry(candidate)) {
      const found = available.find((a) => a.toLowerCase() === tag);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The UI language and the dictionary behind it — the one negotiation both the banner's
 * translator (`createTranslator`) and the script tag (which fetches only that dictionary) make,
 * so the file fetched is always the one the banner uses.
 *
 * The language is the first of `candidates` (best first) that has texts: the site's own
 * (`site`, the keys of `config.texts`), a `shipped` dictionary, or English, which is always
 * there (so `lang` names only a language we show, which keeps it truthful for screen readers).
 * The dictionary is the shipped one for that language, English included: for a site's own
 * `de-AT` texts it is `de`, which fills in the ids they leave out; `'en'` when none fits.
 *
 * @example
 * pickLanguage(['de-AT'], ['de-AT'], ['de', 'fr']); // ['de-AT', 'de']
 * pickLanguage(['eo', 'fr'], [], ['de']); // ['en', 'en']
 */
export function pickLanguage(
  candidates: readonly (string | null | undefined)[],
  site: readonly string[],
  shipped: readonly string[],
): [lang: string, dictionary: string] {
  const lang = negotiateLanguage(candidates, [...site, 'en', ...shipped]) ?? 'en';
  return [lang, negotiateLanguage([lang], ['en', ...shipped]) ?? 'en'];
}
