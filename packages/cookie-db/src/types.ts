/**
 * Categories the cookie database assigns. The three built-ins of ConsentKit, plus `functional`
 * (Open Cookie Database "Personalization": preferences the visitor chose, such as a language or a
 * chat widget's state) which a site maps onto one of its own categories.
 */
export type CookieCategory = 'necessary' | 'analytics' | 'targeting' | 'functional';

/**
 * What the database says about one cookie name. Structurally identical to `CookieClassification`
 * in `@consentkit/core` (kept local so this package has no dependency on core, docs/architecture.md).
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
 * What is known about one cookie besides its name, where it is seen. All optional; a missing field is no signal.
 * In the browser guard: the write's attributes and value. In the scanner: the same plus `httpOnly` and `thirdParty`.
 * See docs/cookie-classification.md for what each one contributes.
 */
export interface CookieSignals {
  /** Lifetime in seconds (`Max-Age`, or `Expires` minus now); `null` for a session cookie. */
  maxAgeSeconds?: number | null;
  /** The cookie's `Path` attribute (`/` when the write names none). */
  path?: string;
  /** The cookie's value (only its shape is used: id, consent record, short flag). */
  value?: string;
  /** `true` when the cookie was set with `HttpOnly` (so by a server, never by a script). Scanner only. */
  httpOnly?: boolean;
  /** `true` when the cookie's domain is not the page's site (a third-party cookie). Scanner only. */
  thirdParty?: boolean;
  /**
   * The whole `document.cookie` write (or `Set-Cookie` value), `name=value; Path=/; Max-Age=…`: its value, path and
   * lifetime are read from it where the fields above are not given (so a caller need not parse it).
   */
  write?: string;
}

/**
 * Classifies a cookie name, optionally with the host of the script (or response) that set it and other signals.
 * `undefined` means unknown: the caller decides (core's `unknownCookies`); a guess is never `necessary` unless the
 * evidence docs/cookie-classification.md names says so (a consent tool's storage cookie, a session id set HttpOnly
 * by the site itself). Structurally compatible with `CookieClassifier` in `@consentkit/core` (which passes two).
 */
export type CookieClassifier = (name: string, setterHost?: string, signals?: CookieSignals) => CookieClassification | undefined;

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
  /**
   * Name rules in precedence order: `[curated, imported, openCookieDatabase]` (older data: `[curated,
   * openCookieDatabase]`). The first tier that matches wins.
   */
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
