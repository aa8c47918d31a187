import { buildRuleSet } from './build-rule-set';
import { CURATED_ADVERTISING } from './curated-advertising';
import { CURATED_ANALYTICS } from './curated-analytics';
import { CURATED_CONSENT_SUPPORT } from './curated-consent-support';
import { CURATED_ESSENTIAL } from './curated-essential';
import { CURATED_PLATFORMS } from './curated-platforms';
import { CURATED_TOOLS } from './curated-tools';
import { AUTOCONSENT_RULES } from './generated/autoconsent-rules';
import { OCD_HOSTS, OCD_RULES, OCD_VENDORS } from './generated/ocd-rules';
import { PREBID_HOSTS, PREBID_RULES } from './generated/prebid-rules';
import { TARTEAUCITRON_HOSTS, TARTEAUCITRON_RULES } from './generated/tarteaucitron-rules';
import { WAPPALYZER_HOSTS, WAPPALYZER_RULES } from './generated/wappalyzer-rules';
import { LEARNED_WORDS } from './generated/learned-words';
import { HEURISTIC_PREFIXES, HEURISTIC_WORDS } from './heuristic-rules';
import { HOST_RULES } from './host-rules';
import type { CookieRuleSet } from './types';

/**
 * The complete cookie database as plain data: curated vendor rules, rules imported from public sources
 * (Prebid.js device-storage disclosures, the tarteaucitron.js service catalogue, autoconsent's consent-tool
 * storage cookies, Wappalyzer's technology catalogue), the Open Cookie Database rules (Apache-2.0), setter-host rules and the lowest-precedence name
 * heuristics; sources and licences in NOTICE. Entry `@consentkit/cookie-db/rules`; the same data is
 * `@consentkit/cookie-db/rules.json`. Pass it to `createClassifier` — kept apart from the engine so a script-tag
 * build can load it lazily as its own file.
 */
export const COOKIE_RULES: CookieRuleSet = /* @__PURE__ */ buildRuleSet({
  curated: [...CURATED_ANALYTICS, ...CURATED_ADVERTISING, ...CURATED_ESSENTIAL, ...CURATED_CONSENT_SUPPORT, ...CURATED_PLATFORMS, ...CURATED_TOOLS],
  imported: [...AUTOCONSENT_RULES, ...PREBID_RULES, ...TARTEAUCITRON_RULES, ...WAPPALYZER_RULES],
  ocd: { vendors: OCD_VENDORS, rules: OCD_RULES },
  hosts: [...HOST_RULES, ...PREBID_HOSTS, ...TARTEAUCITRON_HOSTS, ...WAPPALYZER_HOSTS, ...OCD_HOSTS],
  heuristics: { prefixes: HEURISTIC_PREFIXES, words: HEURISTIC_WORDS, learned: LEARNED_WORDS },
});
