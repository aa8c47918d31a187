/**
 * Categories the cookie database assigns. The three built-ins of ConsentKit, plus `functional`
 * (Open Cookie Database "Personalization": preferences the visitor chose, such as a language or a
 * chat widget's state) which a site maps onto one of its own categories.
 */
export type CookieCategory = 'necessary' | 'analytics' | 'targeting' | 'functional';

/**
 * What the database says about one cookie name. Structurally identical to `CookieClassification`
 * in `@consentkit/core` (kept local so this package has no dependency on core, DESIGN.md "Layout").
 */
export interface CookieClassification {
  /** The category the cookie belongs to. */
  category: CookieCategory;
  /** Who sets it, e.g. `Google Analytics`. */
  vendor?: string;
  /** Short explanation, when the rule set carries one. */
  description?: string;
}

/**
 * Classifies a cookie name, optionally with the host of the script that set it.
 * `undefined` means unknown: the caller decides (core's `unknownCookies`), never a guess of `necessary`.
 * Structurally identical to `CookieClassifier` in `@consentkit/core`.
 */
export type CookieClassifier = (name: string, setterHost?: string) => CookieClassification | undefined;

/**
 * The serialisable rule data a classifier is built from (`createClassifier(rules)`); the same shape
 * is shipped as `@consentkit/cookie-db/rules` (ESM) and `@consentkit/cookie-db/rules.json`.
 *
 * Every rule value is `vendorIndex * categories.length + categoryIndex`. Pattern keys:
 * - `name`: the exact cookie name, e.g. `_fbp`;
 * - `prefix*`: any name starting with `prefix`, e.g. `_ga_*`;
 * - a `#` stands for one dynamic part (digits, a hex id, a UUID, a random token),
 *   e.g. `mp_#_mixpanel`; see `normalizeCookieName`.
 */
export interface CookieRuleSet {
  /** Format version; a classifier refuses data of another version. */
  version: 1;
  /** Category names, indexed by the rule values. */
  categories: readonly CookieCategory[];
  /** Vendor names, indexed by the rule values. */
  vendors: readonly string[];
  /** Name rules in precedence order: `[curated, openCookieDatabase]`. The first tier that matches wins. */
  tiers: readonly Readonly<Record<string, number>>[];
  /** Setter-host rules: host (or parent domain) of the script that set the cookie → vendor and category. */
  hosts: Readonly<Record<string, number>>;
  /**
   * Optional lowest-precedence name heuristics, consulted only when no tier and no host rule matched:
   * `prefixes` (lowercase vendor prefix families, e.g. `_hj`) and `words` (lowercase words of the name,
   * e.g. `pixel`). Values never decode to `necessary`; a classifier ignores any that would.
   */
  heuristics?: {
    prefixes: Readonly<Record<string, number>>;
    words: Readonly<Record<string, number>>;
  };
}
