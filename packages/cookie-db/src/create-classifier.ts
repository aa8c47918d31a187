import { normalizeCookieName } from './normalize-cookie-name';
import { signalsFromWrite } from './parse-cookie-write';
import { isConsentStorageName, scoreCookie, type Evidence, type RuleHits } from './score-cookie';
import type { CookieCategory, CookieClassification, CookieClassifier, CookieRuleSet, CookieSignals } from './types';

/** Longest cookie name classified; longer names are unknown (no vendor uses one, and it bounds the work per call). */
export const MAX_COOKIE_NAME_LENGTH = 256;

interface PrefixRule {
  prefix: string;
  /** For `prefix*suffix` patterns (`mp_*_mixpanel`): the fixed ending. */
  suffix: string;
  value: number;
  /** Curated prefixes match any continuation; generated ones only a dynamic-looking one. */
  strict: boolean;
}

interface CompiledTier {
  exact: Map<string, number>;
  lower: Map<string, number>;
  /** Prefix rules bucketed by their first two characters (as one number: no substring per lookup), longest first. */
  prefixes: Map<number, PrefixRule[]>;
  /** Exact names of at most this length are too generic to beat a setter-host rule. */
  ambiguousLength: number;
}

// RFC 6265 §4.1.1: a cookie name is a token, so control characters, separators and spaces are never part
// of one. A name with them is not a real cookie name; it stays unknown.
// eslint-disable-next-line no-control-regex
const INVALID_NAME_RE = /[\u0000-\u0020\u007f;,="\\]/;
const DYNAMIC_REST_RE = /^[-_.:@|#0-9]|\d/;
const HOST_RE = /^[a-z0-9.-]+$/;
const COOKIE_PREFIX_RE = /^__(Secure|Host)-/i;
/** Words of a name: lowercase runs, capitalised words and acronyms (`kampyleUserSession`, `ELQ_STATUS`). */
const WORD_RE = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
/** A trailing dynamic part after a separator (`_ym_metrika_enabled_#`): the base name may be a known rule. */
const TRAILING_DYNAMIC_RE = /[-_.]#$/;

/** Categories ranked from least to most privacy-invasive; on a conflict the more invasive one is kept. */
const RISK: Record<CookieCategory, number> = { necessary: 0, functional: 1, analytics: 2, targeting: 3 };

/** Whether `name`, which starts with `rule.prefix`, is matched by the rule. */
function acceptsRest(rule: PrefixRule, name: string): boolean {
  const { prefix, suffix } = rule;
  if (suffix) return name.length > prefix.length + suffix.length && name.endsWith(suffix);
  if (!rule.strict || name.length === prefix.length || prefix.length >= 6) return true;
  // Short generated prefixes (`SR`, `cap`, `ct_`) would swallow unrelated names (`captcha`), so they
  // only match when what follows looks like an id: a separator, a digit or a normalised dynamic part.
  return DYNAMIC_REST_RE.test(name.slice(prefix.length));
}

/** Bucket key of a name's first two characters; a number, so a lookup allocates no substring. */
const bucketKey = (name: string) => (name.charCodeAt(0) << 16) | name.charCodeAt(1);

const LETTERS_RE = /[A-Za-z]/g;

/** A derived template needs some literal text (three letters) to say anything about a vendor. */
function hasLiteralText(template: string): boolean {
  return (template.match(LETTERS_RE)?.length ?? 0) >= 3;
}

function compileTier(rules: Readonly<Record<string, number>>, strict: boolean, risk: (value: number) => number): CompiledTier {
  const exact = new Map<string, number>();
  const lower = new Map<string, number>();
  const prefixes = new Map<number, PrefixRule[]>();
  const put = (map: Map<string, number>, key: string, value: number) => {
    const previous = map.get(key);
    if (previous === undefined || risk(value) > risk(previous)) map.set(key, value);
  };
  const addPrefix = (prefix: string, suffix: string, value: number, derived: boolean) => {
    // A one-character prefix, or a derived template with too little literal text left (`#`, `#_#`), is no evidence.
    if (prefix.length < 2 || (derived && !hasLiteralText(prefix + suffix))) return;
    const key = bucketKey(prefix);
    const bucket = prefixes.get(key) ?? [];
    if (!bucket.some((rule) => rule.prefix === prefix && rule.suffix === suffix)) bucket.push({ prefix, suffix, value, strict });
    prefixes.set(key, bucket);
  };
  // Raw patterns first, so a name written out in the data beats a template derived from another one.
  for (const [pattern, value] of Object.entries(rules)) {
    if (!pattern.includes('*')) exact.set(pattern, value);
  }
  for (const [pattern, value] of Object.entries(rules)) {
    const star = pattern.indexOf('*');
    if (star >= 0) {
      const prefix = pattern.slice(0, star);
      const suffix = pattern.slice(star + 1);
      addPrefix(prefix, suffix, value, false);
      addPrefix(normalizeCookieName(prefix), suffix && normalizeCookieName(suffix), value, true);
    } else {
      const template = normalizeCookieName(pattern);
      if (template !== pattern && !exact.has(template) && hasLiteralText(template)) put(exact, template, value);
      put(lower, pattern.toLowerCase(), value);
    }
  }
  // Most specific first: the longest fixed text wins (`_ga_*` before `_ga*`; `mp_*_mixpanel` before `mp_*`).
  for (const bucket of prefixes.values()) {
    bucket.sort((a, b) => b.prefix.length + b.suffix.length - (a.prefix.length + a.suffix.length));
  }
  return { exact, lower, prefixes, ambiguousLength: strict ? 3 : 0 };
}

function matchPrefix(tier: CompiledTier, name: string): number | undefined {
  // A one-character name gets a key no two-character prefix has, or a bucket whose prefixes are all longer.
  const bucket = tier.prefixes.get(bucketKey(name));
  if (!bucket) return undefined;
  for (const rule of bucket) {
    if (name.startsWith(rule.prefix) && acceptsRest(rule, name)) return rule.value;
  }
  return undefined;
}

/** Lowercase host without port or trailing dot; accepts a bare host or a URL. `undefined` when unusable. */
function normalizeHost(setterHost: unknown): string | undefined {
  if (typeof setterHost !== 'string' || setterHost.length === 0) return undefined;
  // The host is at the start of a URL (a scheme of at most a few characters, then at most 253): the rest of a long
  // script URL (query strings of ad tags run to kilobytes) is never read.
  let host = setterHost.slice(0, 300).trim().toLowerCase();
  const scheme = host.indexOf('://');
  if (scheme >= 0) host = host.slice(scheme + 3);
  host = host
    .replace(/[/?#].*$/, '')
    .replace(/:\d*$/, '')
    .replace(/^\.+|\.+$/g, '');
  return host.length > 0 && host.length <= 253 && HOST_RE.test(host) ? host : undefined;
}

function isRuleSet(rules: unknown): rules is CookieRuleSet {
  const candidate = rules as CookieRuleSet | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.version === 1 &&
    Array.isArray(candidate.categories) &&
    Array.isArray(candidate.vendors) &&
    Array.isArray(candidate.tiers) &&
    candidate.tiers.every((tier) => typeof tier === 'object' && tier !== null) &&
    typeof candidate.hosts === 'object' &&
    candidate.hosts !== null &&
    (candidate.heuristics === undefined ||
      (typeof candidate.heuristics?.prefixes === 'object' &&
        candidate.heuristics.prefixes !== null &&
        typeof candidate.heuristics.words === 'object' &&
        candidate.heuristics.words !== null))
  );
}

/** Words too generic to name a vendor, even when some vendor in the data is called that. */
const NOT_VENDOR_WORDS = new Set([
  'cookie',
  'cookies',
  'consent',
  'session',
  'user',
  'users',
  'visitor',
  'visit',
  'track',
  'tracking',
  'analytics',
  'login',
  'auth',
  'token',
  'cart',
  'shop',
  'store',
  'site',
  'page',
  'data',
  'test',
  'cache',
  'lang',
  'language',
  'local',
  'state',
  'check',
  'first',
  'last',
  'time',
  'view',
  'google',
  'amazon',
  'microsoft',
  'apple',
  'facebook',
  'other',
  'web',
  'media',
  'video',
  'player',
  'chat',
  'social',
  'live',
  'open',
  'next',
  'smart',
  'cloud',
]);
const VENDOR_SLUG_RE = /[^a-z0-9]/g;

/**
 * Vendor words: the lowercase name of each vendor in the data (`mautic`, `postaffiliatepro`) and its first word
 * (`salesforce`), mapped to the vendor's most invasive non-necessary category — a cookie named after a vendor the data
 * knows (`mautic_device_id`) most likely does what that vendor's other cookies do. A word two vendors with different
 * categories share is dropped; vendors whose rules are all `necessary` give none (a heuristic never says necessary).
 */
function compileVendorWords(rules: CookieRuleSet, risk: (value: number) => number): Map<string, number> {
  const width = rules.categories.length;
  const best = new Map<number, number>(); // vendor index → most invasive rule value
  for (const tier of rules.tiers) {
    for (const value of Object.values(tier)) {
      const vendor = Math.floor(value / width);
      const previous = best.get(vendor);
      if (previous === undefined || risk(value) > risk(previous)) best.set(vendor, value);
    }
  }
  const words = new Map<string, number>();
  const conflicts = new Set<string>();
  for (const [vendor, value] of best) {
    if (risk(value) === 0) continue;
    const name = String(rules.vendors[vendor] ?? '').toLowerCase();
    const slug = name.replace(VENDOR_SLUG_RE, '');
    const first = name.split(/[^a-z0-9]+/).find(Boolean) ?? '';
    for (const key of new Set([slug, first])) {
      if (key.length < 4 || NOT_VENDOR_WORDS.has(key) || conflicts.has(key)) continue;
      const known = words.get(key);
      if (known !== undefined && known % width !== value % width) {
        words.delete(key);
        conflicts.add(key);
      } else if (known === undefined) words.set(key, value);
    }
  }
  return words;
}

const isLowerCode = (c: number) => c >= 97 && c <= 122;
const isUpperCode = (c: number) => c >= 65 && c <= 90;
const isAlnumCode = (c: number) => isLowerCode(c) || isUpperCode(c) || (c >= 48 && c <= 57);

/**
 * The vendor-word rule value for a cookie name: a token of at least four characters (split at separators and at
 * lower→upper case changes: `mauticDeviceId` → `mautic`, `Device`, `Id`) that names a vendor. One pass over char
 * codes, a substring only per candidate token: this runs for every name no rule knows.
 */
function matchVendorWord(words: Map<string, number>, name: string, lower: string): number | undefined {
  if (words.size === 0) return undefined;
  let start = -1;
  let digits = false;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 0;
    const alnum = isAlnumCode(c);
    if (start >= 0 && (!alnum || (isUpperCode(c) && isLowerCode(name.charCodeAt(i - 1))))) {
      // A token with digits is an id or a counter, not a vendor's name.
      if (i - start >= 4 && !digits) {
        const value = words.get(lower.slice(start, i));
        if (value !== undefined) return value;
      }
      start = -1;
    }
    if (alnum && start < 0) {
      start = i;
      digits = false;
    }
    if (c >= 48 && c <= 57) digits = true;
  }
  return undefined;
}

/**
 * Builds a classifier from rule data: the bundled `COOKIE_RULES`, or the same data loaded at
 * runtime (`@consentkit/cookie-db/rules.json`), so a script-tag build can fetch the database lazily.
 *
 * Precedence (the site's own `cookies` config is applied by core before this is called):
 * 1. name rules, tier by tier: curated vendor rules (`tiers[0]`), rules imported from public sources (`tiers[1]`),
 *    Open Cookie Database rules (last tier). A documented name rule decides alone.
 * 2. Otherwise the scorer (`scoreCookie`) weighs the setter-host rule, a generic generated name (≤ 3 characters,
 *    `id`, `uid`), the name heuristics (vendor prefix families, tracking words, consent-storage names) and the
 *    `signals` (lifetime, path, value shape, HttpOnly, third party) and answers only on clear, consistent evidence.
 *    A guess is `necessary` only from a consent-storage name or value, or a session name set HttpOnly first-party.
 * Within a tier: exact name, then the longest prefix, then the name's template (dynamic parts as `#`) and
 * that template without a trailing dynamic part, then a case-insensitive exact match.
 * Unknown names give `undefined`. `classify.explain(...)` returns the same answer with its evidence.
 *
 * Throws a `TypeError` when `rules` is not rule data of version 1: with no classifier, every cookie is
 * unknown and core's `unknownCookies` policy decides, which is the safe outcome.
 *
 * @example
 * const classify = createClassifier(await (await fetch('/cookie-rules.json')).json());
 * classify('_ga_3K8Z2QW7LM'); // { category: 'analytics', vendor: 'Google Analytics' }
 */
export function createClassifier(rules: CookieRuleSet): ExplainableClassifier {
  if (!isRuleSet(rules)) {
    throw new TypeError('createClassifier: rules must be cookie-db rule data of version 1 ({ version, categories, vendors, tiers, hosts })');
  }
  const { categories, vendors } = rules;
  const width = categories.length;
  const categoryOf = (value: number) => categories[value % width];
  const necessaryIndex = categories.indexOf('necessary');
  const risk = (value: number) => RISK[categoryOf(value) as CookieCategory] ?? 0;
  const tiers = rules.tiers.map((tier, index) => compileTier(tier, index > 0, risk));
  const hosts = new Map(Object.entries(rules.hosts));
  const guessPrefixes = compileTier(rules.heuristics?.prefixes ?? {}, false, risk);
  const guessWords = new Map(Object.entries(rules.heuristics?.words ?? {}));
  const vendorWords = compileVendorWords(rules, risk);
  const decoded = new Map<number, CookieClassification | undefined>();
  const decode = (value: number): CookieClassification | undefined => {
    const known = decoded.get(value);
    if (known !== undefined || decoded.has(value)) return known;
    const category = categoryOf(value);
    const vendor = vendors[Math.floor(value / width)];
    // A value pointing outside the tables is corrupt data: treat the name as unknown rather than guess.
    const result =
      Number.isInteger(value) && value >= 0 && category && category in RISK ? Object.freeze(vendor ? { category, vendor } : { category }) : undefined;
    decoded.set(value, result);
    return result;
  };
  const hostRule = (setterHost: unknown): number | undefined => {
    let host = normalizeHost(setterHost);
    while (host) {
      const value = hosts.get(host);
      if (value !== undefined) return value;
      const dot = host.indexOf('.');
      host = dot < 0 ? undefined : host.slice(dot + 1);
    }
    return undefined;
  };

  /**
   * Set by `lookupTiers`: the hit comes from a generated tier and is weak on its own — a generic name of at most three
   * characters (`id`, `uid`), or a `necessary` label (a generated source's "functional/essential" is not proof enough
   * to let a cookie through when a tracking vendor's script wrote it). The scorer weighs it against the other signals.
   */
  let ambiguous = false;
  const weakHit = (tier: CompiledTier, value: number, exactLength: number) => {
    ambiguous = tier.ambiguousLength > 0 && (exactLength <= tier.ambiguousLength || value % width === necessaryIndex);
    return value;
  };
  /** First tier hit for one spelling of a name. Cheapest checks first: most names hit an exact or prefix rule. */
  const lookupTiers = (name: string): number | undefined => {
    ambiguous = false;
    let template: string | undefined;
    let lower: string | undefined;
    for (const tier of tiers) {
      let value = tier.exact.get(name);
      if (value !== undefined) return weakHit(tier, value, name.length);
      value = matchPrefix(tier, name);
      if (value !== undefined) return weakHit(tier, value, Infinity);
      template ??= normalizeCookieName(name);
      if (template !== name) {
        value = tier.exact.get(template) ?? matchPrefix(tier, template);
        // Only a template ending in `#` can lose a trailing dynamic part; most do not, so skip the regex.
        if (value === undefined && template.endsWith('#')) {
          const base = template.replace(TRAILING_DYNAMIC_RE, '');
          if (base !== template && hasLiteralText(base)) value = tier.exact.get(base);
        }
      }
      // Case-insensitive only for longer names: `a` is not Google's `A`.
      if (name.length >= 4) value ??= tier.lower.get((lower ??= name.toLowerCase()));
      if (value !== undefined) return weakHit(tier, value, Infinity);
    }
    return undefined;
  };

  /** Answers for a category without a vendor (a scorer verdict no single rule carries), one frozen object each. */
  const bare: Partial<Record<CookieCategory, CookieClassification>> = {};
  const plain = (category: CookieCategory) => (bare[category] ??= Object.freeze({ category }));

  const classify = (name: string, setterHost: unknown, signals: CookieSignals | undefined, explain?: Evidence[]): CookieClassification | undefined => {
    // RFC 6265bis §4.1.3: `__Secure-` and `__Host-` only add security attributes; the rest is the vendor's
    // name (`__Secure-next-auth.session-token`), so a prefixed name is also looked up without its prefix.
    // Computed once (and only for `__` names) since both the second lookup and the scorer need it.
    const bareName = name.startsWith('__') ? name.replace(COOKIE_PREFIX_RE, '') : name;
    let hit = lookupTiers(name);
    if (hit === undefined && bareName !== name) hit = lookupTiers(bareName);
    // A documented name rule wins over every signal; only a generic generated name (`id`, `uid`) is weighed.
    if (hit !== undefined && !ambiguous) {
      explain?.push({ signal: 'name-rule', category: categoryOf(hit) as CookieCategory, weight: Infinity });
      return decode(hit);
    }
    const host = setterHost === undefined ? undefined : hostRule(setterHost);
    // A weak generated hit with nothing to weigh it against (no vendor host, no signals) still stands: it is data.
    if (hit !== undefined && host === undefined && signals === undefined) {
      explain?.push({ signal: 'name-rule', category: categoryOf(hit) as CookieCategory, weight: Infinity });
      return decode(hit);
    }
    // Fast path for the common case: a known setter host and nothing else to weigh.
    if (hit === undefined && host !== undefined && signals === undefined && !explain) return decode(host);
    // Nothing but name heuristics to weigh (the common case for an unknown name): the first one that knows the
    // name decides alone, as the scorer would (each clears the threshold), without building the evidence.
    const alone = hit === undefined && host === undefined && signals === undefined && !explain;
    const lowerName = bareName.toLowerCase();
    const prefix = matchPrefix(guessPrefixes, lowerName);
    if (alone && prefix !== undefined && risk(prefix) > 0) return decode(prefix);
    const word = prefix === undefined ? guessWord(bareName) : undefined;
    if (alone && word !== undefined && risk(word) > 0) return decode(word);
    const vendorWord = prefix === undefined && word === undefined && host === undefined ? matchVendorWord(vendorWords, bareName, lowerName) : undefined;
    if (alone && vendorWord !== undefined) return decode(vendorWord);
    if (alone && prefix === undefined && word === undefined) return isConsentStorageName(bareName) ? plain('necessary') : undefined;
    const hits: RuleHits = {
      host: host === undefined ? undefined : categoryOf(host),
      generic: hit === undefined ? undefined : categoryOf(hit),
      prefix: prefix === undefined ? undefined : categoryOf(prefix),
      word: word === undefined ? undefined : categoryOf(word),
      vendor: vendorWord === undefined ? undefined : categoryOf(vendorWord),
    };
    const category = scoreCookie(bareName, hits, signals?.write === undefined ? signals : signalsFromWrite(signals), explain);
    if (category === undefined) return undefined;
    // Name the vendor when the winning category is the one a vendor's rule said (host first, then the name rules).
    for (const value of [host, hit, prefix, word, vendorWord]) if (value !== undefined && categoryOf(value) === category) return decode(value);
    return plain(category);
  };

  /** The most invasive tracking word in a name nothing else knows (`shop_pixel_ref` → targeting). */
  const guessWord = (name: string): number | undefined => {
    let value: number | undefined;
    for (const w of name.match(WORD_RE) ?? []) {
      const candidate = guessWords.get(w.toLowerCase());
      if (candidate !== undefined && (value === undefined || risk(candidate) > risk(value))) value = candidate;
    }
    return value;
  };

  // No memo cache: a full lookup costs well under a microsecond, less than keeping a cache of names.
  const classifier: CookieClassifier = (name, setterHost, signals) => {
    if (typeof name !== 'string') return undefined;
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_COOKIE_NAME_LENGTH || INVALID_NAME_RE.test(trimmed)) return undefined;
    return classify(trimmed, setterHost, signals !== null && typeof signals === 'object' ? signals : undefined);
  };
  const explain = (name: string, setterHost?: string, signals?: CookieSignals): CookieExplanation => {
    const evidence: Evidence[] = [];
    const trimmed = typeof name === 'string' ? name.trim() : '';
    if (trimmed.length === 0 || trimmed.length > MAX_COOKIE_NAME_LENGTH || INVALID_NAME_RE.test(trimmed)) return { result: undefined, evidence };
    const result = classify(trimmed, setterHost, signals !== null && typeof signals === 'object' ? signals : undefined, evidence);
    return { result, evidence };
  };
  return Object.assign(classifier, { explain });
}

/** An answer with the evidence behind it; see `ExplainableClassifier.explain`. */
export interface CookieExplanation {
  result: CookieClassification | undefined;
  /** Each signal that counted, with its weight; `name-rule` (weight Infinity) when a documented name rule decided. */
  evidence: readonly Evidence[];
}

/** A classifier that can also say why: `classify.explain(name, setterHost?, signals?)`. */
export interface ExplainableClassifier extends CookieClassifier {
  /** The same answer as calling the classifier, plus the evidence list (for docs, debugging and scan reports). */
  explain(name: string, setterHost?: string, signals?: CookieSignals): CookieExplanation;
}
