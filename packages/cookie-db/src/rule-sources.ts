import type { CuratedRule } from './curated-rule';
import { AUTOCONSENT_HOSTS, AUTOCONSENT_RULES, AUTOCONSENT_SOURCE } from './generated/autoconsent-rules';
import { PREBID_HOSTS, PREBID_RULES, PREBID_SOURCE } from './generated/prebid-rules';
import { TARTEAUCITRON_HOSTS, TARTEAUCITRON_RULES, TARTEAUCITRON_SOURCE } from './generated/tarteaucitron-rules';
import { WAPPALYZER_HOSTS, WAPPALYZER_RULES, WAPPALYZER_SOURCE } from './generated/wappalyzer-rules';

/** One imported source of the database: what it is, its licence, its name and host rules as generated. */
export interface RuleSource {
  name: string;
  package: string;
  licence: string;
  /** Name patterns and hosts as generated, before `buildRuleSet` de-duplicates against higher-precedence tiers. */
  names: number;
  hosts: number;
  rules: readonly CuratedRule[];
  hostRules: readonly CuratedRule[];
}

/**
 * Provenance of the imported tier (written by scripts/import-*.mjs into src/generated/). Attribution for each is in
 * NOTICE. Not part of the package's public entry: `pnpm bench:classify` reads it to print per-source counts.
 */
export const RULE_SOURCES: readonly RuleSource[] = [
  { ...AUTOCONSENT_SOURCE, rules: AUTOCONSENT_RULES, hostRules: AUTOCONSENT_HOSTS },
  { ...PREBID_SOURCE, rules: PREBID_RULES, hostRules: PREBID_HOSTS },
  { ...TARTEAUCITRON_SOURCE, rules: TARTEAUCITRON_RULES, hostRules: TARTEAUCITRON_HOSTS },
  { ...WAPPALYZER_SOURCE, rules: WAPPALYZER_RULES, hostRules: WAPPALYZER_HOSTS },
];
