import type { CuratedRule } from './curated-rule';
import type { CookieCategory, CookieRuleSet } from './types';

/** Category order of the rule data; the generated Open Cookie Database rules use the same order. */
export const RULE_CATEGORIES: readonly CookieCategory[] = ['necessary', 'analytics', 'targeting', 'functional'];

const RISK: Record<CookieCategory, number> = { necessary: 0, functional: 1, analytics: 2, targeting: 3 };

/** The inputs of `buildRuleSet`, each a list of `[vendor, category, patterns]` groups unless said otherwise. */
export interface RuleSetSources {
  /** Hand-written vendor rules (src/curated-*.ts): the first tier. */
  curated: readonly CuratedRule[];
  /** Rules generated from public sources by scripts/import-*.mjs: the second tier. */
  imported: readonly CuratedRule[];
  /** The generated Open Cookie Database rules (already encoded): the last tier. */
  ocd: { vendors: readonly string[]; rules: Readonly<Record<string, number>> };
  /** Setter-host rules (curated and imported). */
  hosts: readonly CuratedRule[];
  /**
   * Name heuristics: vendor prefix families and tracking words (hand-written), and the words learned from the tiers at
   * generate time (`learned`, scripts/train-name-model.mjs), which join the tracking words where no hand-written word is
   * the same. Never necessary.
   */
  heuristics?: { prefixes: readonly CuratedRule[]; words: readonly CuratedRule[]; learned?: readonly CuratedRule[] };
}

/**
 * Exact names every kind of site uses for its own state (`lang`, `token`, `test`, `id`, `theme`…). A generated source
 * (imported, Open Cookie Database) that lists one under a vendor with a tracking or functional purpose is describing
 * that vendor's cookie, not a rule for every site: tarteaucitron's Emolytics entry lists `lang`, the Open Cookie
 * Database has Adform's `token` and Parse.ly's `test`. Kept, such a rule would hold a site's own language, login or
 * cookie-support test cookie until consent and make the scanner report a leak on a site that did nothing wrong. These
 * rules are left out; the vendor's cookie is still known by its setter host (`token` set by an Adform host). A source's
 * `necessary` rule for such a name stays (it lets nothing through that a guess would hold), as does a curated one.
 */
const EVERYDAY_NAMES = new Set(
  'ab accepted basket cart config country currency debug device id lang language layout locale mode modal new_user notice page platform player popup pref prefs ref region search seen session settings sort source state status tab test theme timezone token ts user version view visited'.split(
    ' ',
  ),
);

/**
 * Assembles the serialisable rule set. Tier order is precedence order: curated, imported, Open Cookie Database.
 * Inside a table, a pattern listed twice keeps its most privacy-invasive category, so a duplicate can never weaken
 * a rule. Across tiers: an imported pattern the curated tier also lists is left out (it could never be reached), and
 * an imported exact name that the Open Cookie Database rates more invasive is left out so that the more invasive
 * rating applies (a conflict between sources never resolves towards `necessary`). Host rules and heuristics that
 * say `necessary` are dropped: neither is proof that a cookie is essential. A generated rule that gives an everyday name
 * (`EVERYDAY_NAMES`) a purpose other than `necessary` is left out.
 */
export function buildRuleSet({ curated, imported, ocd, hosts: hostRules, heuristics = { prefixes: [], words: [] } }: RuleSetSources): CookieRuleSet {
  const width = RULE_CATEGORIES.length;
  const vendors = [...ocd.vendors];
  const vendorIndex = new Map(vendors.map((vendor, index) => [vendor, index]));
  const indexOf = (vendor: string) => {
    let index = vendorIndex.get(vendor);
    if (index === undefined) {
      index = vendors.push(vendor) - 1;
      vendorIndex.set(vendor, index);
    }
    return index;
  };
  const compile = (groups: readonly CuratedRule[]) => {
    const tier: Record<string, number> = {};
    for (const [vendor, category, patterns] of groups) {
      // A vendor with no pattern left (all de-duplicated away) gets no index: the data carries no unused vendor name.
      if (patterns.length === 0) continue;
      const value = indexOf(vendor) * width + RULE_CATEGORIES.indexOf(category);
      for (const pattern of patterns) {
        const previous = tier[pattern];
        if (previous === undefined || RISK[category] > RISK[RULE_CATEGORIES[previous % width]!]) tier[pattern] = value;
      }
    }
    return tier;
  };
  const notNecessary = (groups: readonly CuratedRule[]) => groups.filter(([, category]) => category !== 'necessary');
  // Heuristics are matched against the lowercased name, so their keys are stored lowercase; prefix
  // families get the `*` of the tiers' prefix syntax.
  const lowered = (groups: readonly CuratedRule[], star: string) =>
    notNecessary(groups).map(([vendor, category, patterns]): CuratedRule => [vendor, category, patterns.map((p) => p.toLowerCase() + star)]);
  const curatedTier = compile(curated);
  const riskOf = (value: number) => RISK[RULE_CATEGORIES[value % width]!];
  const everyday = (pattern: string, risk: number) => risk > 0 && EVERYDAY_NAMES.has(pattern.toLowerCase());
  // Filtered before compiling, so that a vendor whose every imported pattern is left out gets no vendor index.
  const importedTier = compile(
    imported.map(([vendor, category, patterns]): CuratedRule => {
      const kept = patterns.filter((pattern) => {
        const ocdValue = ocd.rules[pattern];
        return !(pattern in curatedTier) && !(ocdValue !== undefined && riskOf(ocdValue) > RISK[category]) && !everyday(pattern, RISK[category]);
      });
      return [vendor, category, kept];
    }),
  );
  const ocdTier: Record<string, number> = {};
  for (const [pattern, value] of Object.entries(ocd.rules)) if (!everyday(pattern, riskOf(value))) ocdTier[pattern] = value;
  const hosts = compile(notNecessary(hostRules));
  const prefixes = compile(lowered(heuristics.prefixes, '*'));
  const words = compile(lowered(heuristics.words, ''));
  // Learned words fill in after the hand-written ones: a word both list keeps its hand-written category.
  for (const [word, value] of Object.entries(compile(lowered(heuristics.learned ?? [], '')))) words[word] ??= value;
  return {
    version: 1,
    categories: RULE_CATEGORIES,
    vendors,
    tiers: [curatedTier, importedTier, ocdTier],
    hosts,
    heuristics: { prefixes, words },
  };
}
