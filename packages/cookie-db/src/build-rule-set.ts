import type { CuratedRule } from './curated-rule';
import type { CookieCategory, CookieRuleSet } from './types';

/** Category order of the rule data; the generated Open Cookie Database rules use the same order. */
export const RULE_CATEGORIES: readonly CookieCategory[] = ['necessary', 'analytics', 'targeting', 'functional'];

const RISK: Record<CookieCategory, number> = { necessary: 0, functional: 1, analytics: 2, targeting: 3 };

/**
 * Assembles the serialisable rule set from the curated tables, the generated Open Cookie Database rules,
 * the host rules and the name heuristics. Tier order is precedence order: curated first. Inside a table, a
 * pattern listed twice keeps its most privacy-invasive category, so a duplicate can never weaken a rule.
 * Host rules and heuristics that say `necessary` are dropped: neither is proof that a cookie is essential.
 */
export function buildRuleSet(
  curated: readonly CuratedRule[],
  ocd: { vendors: readonly string[]; rules: Readonly<Record<string, number>> },
  hostRules: readonly CuratedRule[],
  heuristics: { prefixes: readonly CuratedRule[]; words: readonly CuratedRule[] } = { prefixes: [], words: [] },
): CookieRuleSet {
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
  const hosts = compile(notNecessary(hostRules));
  return {
    version: 1,
    categories: RULE_CATEGORIES,
    vendors,
    tiers: [curatedTier, ocd.rules],
    hosts,
    heuristics: { prefixes: compile(lowered(heuristics.prefixes, '*')), words: compile(lowered(heuristics.words, '')) },
  };
}
