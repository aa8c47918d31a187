import { buildRuleSet } from './build-rule-set';
import { CURATED_ADVERTISING } from './curated-advertising';
import { CURATED_ANALYTICS } from './curated-analytics';
import { CURATED_CONSENT_SUPPORT } from './curated-consent-support';
import { CURATED_ESSENTIAL } from './curated-essential';
import { CURATED_PLATFORMS } from './curated-platforms';
import { CURATED_TOOLS } from './curated-tools';
import { OCD_RULES, OCD_VENDORS } from './generated/ocd-rules';
import { HEURISTIC_PREFIXES, HEURISTIC_WORDS } from './heuristic-rules';
import { HOST_RULES } from './host-rules';
import type { CookieRuleSet } from './types';

/**
 * The complete cookie database as plain data: curated vendor rules, the Open Cookie Database rules
 * (Apache-2.0, see NOTICE.md), setter-host rules and the lowest-precedence name heuristics. Entry
 * `@consentkit/cookie-db/rules`; the same data is `@consentkit/cookie-db/rules.json`. Pass it to `createClassifier` — kept apart from the engine so a
 * script-tag build can load it lazily as its own file.
 */
export const COOKIE_RULES: CookieRuleSet = /* @__PURE__ */ buildRuleSet(
  [...CURATED_ANALYTICS, ...CURATED_ADVERTISING, ...CURATED_ESSENTIAL, ...CURATED_CONSENT_SUPPORT, ...CURATED_PLATFORMS, ...CURATED_TOOLS],
  { vendors: OCD_VENDORS, rules: OCD_RULES },
  HOST_RULES,
  { prefixes: HEURISTIC_PREFIXES, words: HEURISTIC_WORDS },
);
