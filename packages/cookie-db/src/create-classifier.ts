import { normalizeCookieName } from './normalize-cookie-name';
import { signalsFromWrite } from './parse-cookie-write';
import { CONSENT_PHRASES_RE, isConsentStorageName, scoreCookie, type Evidence, type RuleHits } from './score-cookie';
import type { CookieCategory, CookieClassification, CookieClassifier, CookieRuleSet, CookieSignals } from './types';

/** Longest cookie name classified; longer names are unknown (no vendor uses one, and it bounds the work per call). */
export const MAX_COOKIE_NAME_LENGTH = 256;

/** A rule's value and the index of its tier. */
type Hit = readonly [value: number, tier: number];

interface PrefixRule {
  prefix: string;
  /** For `prefix*suffix` patterns (`mp_*_mixpanel`): the fixed ending. */
  suffix: string;
  hit: Hit;
  /** Curated prefixes match any continuation; generated ones only a dynamic-looking one. */
  strict: boolean;
}

/**
 * The name rules of all tiers in one set of tables. A spelling keeps only the rule of its first tier (a later tier's
 * rule for it is never reached), so a name costs one lookup per spelling however many tiers and rules there are.
 */
interface CompiledTiers {
  exact: Map<string, Hit>;
  lower: Map<string, Hit>;
  /** Prefix rules bucketed by their first two characters (as one number: no substring per lookup): by tier, longest first. */
  prefixes: Map<number, PrefixRule[]>;
}

// RFC 6265 §4.1.1: a cookie name is a token, so control characters, separators and spaces are never part
// of one. A name with them is not a real cookie name; it stays unknown.
// eslint-disable-next-line no-control-regex
const INVALID_NAME_RE = /[\u0000-\u0020\u007f;,="\\]/;
const DYNAMIC_REST_RE = /^[-_.:@|#0-9]|\d/;
const HOST_RE = /^[a-z0-9.-]+$/;
const COOKIE_PREFIX_RE = /^__(Secure|Host)-/i;
/** A trailing dynamic part after a separator (`_ym_metrika_enabled_#`): the base name may be a known rule. */
const TRAILING_DYNAMIC_RE = /[-_.]#$/;

/** The name, trimmed, if it is a cookie name a classifier looks up (1 to 256 characters of an RFC 6265 token). */
function cookieName(name: unknown): string | undefined {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  return trimmed.length === 0 || trimmed.length > MAX_COOKIE_NAME_LENGTH || INVALID_NAME_RE.test(trimmed) ? undefined : trimmed;
}
const signalsOf = (signals: unknown) => (signals !== null && typeof signals === 'object' ? (signals as CookieSignals) : undefined);

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

function compileTiers(tiers: readonly Readonly<Record<string, number>>[], risk: (value: number) => number): CompiledTiers {
  const exact = new Map<string, Hit>();
  const lower = new Map<string, Hit>();
  const prefixes = new Map<number, PrefixRule[]>();
  tiers.forEach((rules, tier) => {
    // A spelling an earlier tier has keeps that tier's rule. Within a tier, a case-insensitive spelling two rules share keeps
    // the more invasive rule, any other the first (raw patterns come first).
    const put = (map: Map<string, Hit>, key: string, value: number, riskier?: boolean) => {
      const previous = map.get(key);
      if (previous === undefined || (riskier && previous[1] === tier && risk(value) > risk(previous[0]))) map.set(key, [value, tier]);
    };
    const addPrefix = (prefix: string, suffix: string, value: number, derived: boolean) => {
      // A one-character prefix, or a derived template with too little literal text left (`#`, `#_#`), is no evidence.
      if (prefix.length < 2 || (derived && !hasLiteralText(prefix + suffix))) return;
      const key = bucketKey(prefix);
      const bucket = prefixes.get(key) ?? [];
      if (!bucket.some((rule) => rule.prefix === prefix && rule.suffix === suffix)) bucket.push({ prefix, suffix, hit: [value, tier], strict: tier > 0 });
      prefixes.set(key, bucket);
    };
    // Raw patterns first, so a name written out in the data beats a template derived from another one.
    for (const [pattern, value] of Object.entries(rules)) {
      if (!pattern.includes('*')) put(exact, pattern, value);
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
        if (template !== pattern && hasLiteralText(template)) put(exact, template, value);
        put(lower, pattern.toLowerCase(), value, true);
      }
    }
  });
  // By tier, then most specific first: the longest fixed text wins (`_ga_*` before `_ga*`; `mp_*_mixpanel` before `mp_*`).
  for (const bucket of prefixes.values()) {
    bucket.sort((a, b) => a.hit[1] - b.hit[1] || b.prefix.length + b.suffix.length - (a.prefix.length + a.suffix.length));
  }
  return { exact, lower, prefixes };
}

function matchPrefix(tier: CompiledTiers, name: string): Hit | undefined {
  // A one-character name gets a key no two-character prefix has, or a bucket whose prefixes are all longer.
  const bucket = tier.prefixes.get(bucketKey(name));
  if (!bucket) return undefined;
  for (const rule of bucket) {
    if (name.startsWith(rule.prefix) && acceptsRest(rule, name)) return rule.hit;
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

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

function isRuleSet(rules: unknown): rules is CookieRuleSet {
  const candidate = rules as CookieRuleSet;
  return (
    isObject(candidate) &&
    candidate.version === 1 &&
    Array.isArray(candidate.categories) &&
    Array.isArray(candidate.vendors) &&
    Array.isArray(candidate.tiers) &&
    candidate.tiers.every(isObject) &&
    isObject(candidate.hosts) &&
    (candidate.heuristics === undefined || (isObject(candidate.heuristics?.prefixes) && isObject(candidate.heuristics.words)))
  );
}

/**
 * Words too generic to name a vendor although a vendor in the bundled data is called that (`Google`, `Open…`). Only the
 * words the data does produce are listed (a shorter engine); a unit test checks that no other generic word (`session`,
 * `analytics`, `cloud`…) becomes a vendor word, so an import that brings one in must add it here.
 */
const NOT_VENDOR_WORDS = new Set('cookie user google amazon microsoft facebook media live open next'.split(' '));
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
    const first = name.match(/[a-z0-9]+/)?.[0] ?? '';
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
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isAlnumCode = (c: number) => isLowerCode(c) || isUpperCode(c) || isDigitCode(c);

/** A name's char code at `i`, 0 past its end (a read past the end of a string is slow in V8). */
const codeAt = (name: string, i: number) => (i < name.length ? name.charCodeAt(i) : 0);

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
  const categoryIf = (value?: number) => (value === undefined ? undefined : categoryOf(value));
  const necessaryIndex = categories.indexOf('necessary');
  const risk = (value: number) => RISK[categoryOf(value) as CookieCategory] ?? 0;
  const names = compileTiers(rules.tiers, risk);
  const hosts = new Map(Object.entries(rules.hosts));
  const guessPrefixes = compileTiers([rules.heuristics?.prefixes ?? {}], risk);
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
  /**
   * What a setter host says: `[host rule, host word]` — the rule of the host or of its nearest parent domain, else the
   * most invasive tracking word of the host name (`analytics.example.com`). Kept per setter string: a page's cookies are
   * written by a few scripts (the cache is emptied at 256 entries, so cache-busting URLs cannot grow it).
   */
  const hostCache = new Map<unknown, readonly [rule: number | undefined, word: number | undefined]>();
  const hostInfo = (setterHost: unknown) => {
    let info = hostCache.get(setterHost);
    if (!info) {
      const setter = normalizeHost(setterHost);
      let host = setter;
      let value: number | undefined;
      while (host && (value = hosts.get(host)) === undefined) {
        const dot = host.indexOf('.');
        host = dot < 0 ? undefined : host.slice(dot + 1);
      }
      trackingWord = undefined;
      if (value === undefined && setter) scanWords(setter, setter);
      info = [value, trackingWord];
      if (hostCache.size > 255) hostCache.clear();
      hostCache.set(setterHost, info);
    }
    return info;
  };

  /**
   * Set by `lookupTiers`: the hit comes from a generated tier and is weak on its own — a generic name of at most three
   * characters (`id`, `uid`), or a `necessary` label (a generated source's "functional/essential" is not proof enough
   * to let a cookie through when a tracking vendor's script wrote it). The scorer weighs it against the other signals.
   */
  let ambiguous = false;
  /** `lookupTiers`' best hit so far and its rank: tier × 6 + the step that found it. */
  let best: Hit | undefined;
  let rank = Infinity;
  const consider = (hit: Hit | undefined, step: number) => {
    if (hit && hit[1] * 6 + step < rank) {
      rank = hit[1] * 6 + step;
      best = hit;
    }
  };
  /**
   * First tier hit for one spelling of a name. Within a tier the steps are: exact name, then the longest prefix, then
   * the name's template (exact, then prefix; a template that ends in a dynamic part also without it), then a
   * case-insensitive exact match. Each spelling is looked up once in the merged tables, which give its first tier; the
   * hit with the lowest tier, then step, wins — the answer of trying each tier's steps in turn. Cheapest checks first,
   * and once a first-tier hit is found nothing later can beat it: most names hit an exact or prefix rule.
   */
  const lookupTiers = (name: string): number | undefined => {
    rank = Infinity;
    best = undefined;
    consider(names.exact.get(name), 0);
    if (rank >= 6) consider(matchPrefix(names, name), 1);
    if (rank >= 6) {
      const template = normalizeCookieName(name);
      if (template !== name) {
        consider(names.exact.get(template), 2);
        if (rank >= 6) consider(matchPrefix(names, template), 3);
        // Only a template ending in `#` can lose a trailing dynamic part; most do not, so skip the regex.
        if (rank >= 6 && template.endsWith('#')) {
          const base = template.replace(TRAILING_DYNAMIC_RE, '');
          if (base !== template && hasLiteralText(base)) consider(names.exact.get(base), 4);
        }
      }
      // Case-insensitive only for longer names: `a` is not Google's `A`.
      if (rank >= 6 && name.length >= 4) consider(names.lower.get(name.toLowerCase()), 5);
    }
    ambiguous = false;
    // (`consider` sets `best`: a cast, as TypeScript does not see a closure assign it.)
    const hit = best as Hit | undefined;
    if (!hit) return undefined;
    const [value, tier] = hit;
    ambiguous = tier > 0 && ((rank === tier * 6 && name.length <= 3) || value % width === necessaryIndex);
    return value;
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
    // A documented name rule wins over every signal (the setter host is not even looked up); only a generic generated
    // name (`id`, `uid`) is weighed, and with nothing to weigh it against (no vendor host, no tracking word in the
    // setter's host, no signals) it still stands: it is data.
    const [host, hostVocabulary] = (hit !== undefined && !ambiguous) || setterHost === undefined ? [] : hostInfo(setterHost);
    if (hit !== undefined && (!ambiguous || (host ?? hostVocabulary ?? signals) === undefined)) {
      explain?.push({ signal: 'name-rule', category: categoryOf(hit) as CookieCategory, weight: Infinity });
      return decode(hit);
    }
    // Fast path for the common case: a known setter host and nothing else to weigh.
    if (hit === undefined && host !== undefined && signals === undefined && !explain) return decode(host);
    // Nothing but name heuristics to weigh (the common case for an unknown name): the first one that knows the
    // name decides alone, as the scorer would (each clears the threshold), without building the evidence.
    const alone = hit === undefined && host === undefined && signals === undefined && !explain;
    const lowerName = bareName.toLowerCase();
    const prefix = matchPrefix(guessPrefixes, lowerName)?.[0];
    if (alone && prefix !== undefined && risk(prefix) > 0) return decode(prefix);
    // A consent-storage name is read without its consent phrases: their words (`cookie_optin`, `cookieconsent_level`)
    // say what the cookie stores, while a tracker's word outside them (`ads_consent`) still speaks.
    scanWords(prefix === undefined ? bareName : '', lowerName);
    const consent = prefix === undefined && isConsentStorageName(bareName);
    if (consent && (trackingWord ?? namedVendor) !== undefined) {
      const rest = bareName.replace(CONSENT_PHRASES_RE, '_');
      scanWords(rest, rest.toLowerCase());
    }
    let word = trackingWord;
    const vendorWord = word === undefined && host === undefined ? namedVendor : undefined;
    // A setter host no rule knows, for a name without words of its own: the tracking vocabulary of its host name
    // (`analytics.example.com`, `ads.example.net`; vendor names in hosts are left to the host rules) is the word.
    if (prefix === undefined && (word ?? vendorWord) === undefined) word = hostVocabulary;
    if (alone && word !== undefined && risk(word) > 0) return decode(word);
    if (alone && vendorWord !== undefined) return decode(vendorWord);
    if (alone && prefix === undefined && word === undefined) return consent ? plain('necessary') : undefined;
    const hits: RuleHits = {
      host: categoryIf(host),
      generic: categoryIf(hit),
      prefix: categoryIf(prefix),
      word: categoryIf(word),
      vendor: categoryIf(vendorWord),
    };
    const category = scoreCookie(bareName, hits, signals?.write === undefined ? signals : signalsFromWrite(signals), explain);
    if (category === undefined) return undefined;
    // Name the vendor when the winning category is the one a vendor's rule said (host first, then the name rules).
    for (const value of [host, hit, prefix, word, vendorWord]) if (value !== undefined && categoryOf(value) === category) return decode(value);
    return plain(category);
  };

  /** Set by `scanWords`. */
  let trackingWord: number | undefined;
  let namedVendor: number | undefined;
  /**
   * One pass over the char codes of a name no rule knows, for both word heuristics (the name was read three times, with
   * a regular expression, an array of words and a second loop; now each word is sliced only to be looked up):
   * - `trackingWord`: the most invasive tracking word (`shop_pixel_ref` → targeting). Words are lowercase runs,
   *   capitalised words and acronyms (`kampyleUserSession`, `ELQ_STATUS`), what `/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g` finds;
   * - `namedVendor`: the first token of at least four characters, without digits, that names a vendor the data knows
   *   (tokens are split at separators and at lower→upper case changes: `mauticDeviceId` → `mautic`, `Device`, `Id`).
   *   A token with digits is an id or a counter, not a vendor's name.
   */
  const scanWords = (name: string, lower: string) => {
    trackingWord = namedVendor = undefined;
    let token = -1;
    let digits = false;
    for (let i = 0, end: number; i <= name.length; i = end) {
      const c = codeAt(name, i);
      end = i + 1;
      if (token >= 0 && (!isAlnumCode(c) || (isUpperCode(c) && isLowerCode(name.charCodeAt(i - 1))))) {
        if (namedVendor === undefined && i - token >= 4 && !digits) {
          namedVendor = vendorWords.get(lower.slice(token, i));
        }
        token = -1;
      }
      if (token < 0 && isAlnumCode(c)) {
        token = i;
        digits = false;
      }
      if (isLowerCode(c) || (isUpperCode(c) && isLowerCode(codeAt(name, end)))) {
        while (isLowerCode(codeAt(name, end))) end++;
      } else if (isUpperCode(c)) {
        while (isUpperCode(codeAt(name, end))) end++;
        // An acronym ends before the capital that starts the next word (`ELQStatus` → `ELQ`, `Status`).
        if (isLowerCode(codeAt(name, end))) end--;
      } else {
        if (isDigitCode(c)) digits = true;
        continue;
      }
      const value = guessWords.get(name.slice(i, end).toLowerCase());
      if (value !== undefined && (trackingWord === undefined || risk(value) > risk(trackingWord))) trackingWord = value;
    }
  };

  // No memo cache: a full lookup costs well under a microsecond, less than keeping a cache of names.
  const classifier: CookieClassifier = (name, setterHost, signals) => {
    const valid = cookieName(name);
    return valid ? classify(valid, setterHost, signalsOf(signals)) : undefined;
  };
  const explain = (name: string, setterHost?: string, signals?: CookieSignals): CookieExplanation => {
    const evidence: Evidence[] = [];
    const valid = cookieName(name);
    return { result: valid ? classify(valid, setterHost, signalsOf(signals), evidence) : undefined, evidence };
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
