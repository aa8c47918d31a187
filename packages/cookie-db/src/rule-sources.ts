import { AUTOCONSENT_SOURCE } from './generated/autoconsent-rules';
import { PREBID_SOURCE } from './generated/prebid-rules';
import { TARTEAUCITRON_SOURCE } from './generated/tarteaucitron-rules';

/** One source of the database: what it is, its licence, and how many name patterns and hosts it contributed. */
export interface RuleSource {
  name: string;
  package: string;
  licence: string;
  names: number;
  hosts: number;
}

/**
 * Provenance of the imported tiers (written by scripts/import-*.mjs into src/generated/); counts are before the
 * de-duplication `buildRuleSet` does against higher-precedence tiers. Attribution for each is in NOTICE. Not part of
 * the package's public entry: `pnpm bench:classify` and the docs read it.
 */
export const RULE_SOURCES: readonly RuleSource[] = [AUTOCONSENT_SOURCE, PREBID_SOURCE, TARTEAUCITRON_SOURCE];
