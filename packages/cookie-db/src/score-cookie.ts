import type { CookieCategory, CookieSignals } from './types';
import { valueShape } from './value-shape';

/**
 * The signals the scorer weighs when no name rule of the database knows a cookie (docs/cookie-classification.md
 * lists them with their weights and the reason for each):
 * - `setter-host`: the script (browser) or response (scanner) that set the cookie is a known vendor's host;
 * - `generic-name`: a generated rule knows the name, but is weak alone: a generic name (≤ 3 characters), or a
 *   generated `necessary` label (weighed against the setter host: a tracking vendor's script outvotes it);
 * - `vendor-prefix` / `tracking-word`: the name starts with a vendor's prefix family / contains tracking vocabulary (or,
 *   when the name has no word of its own and no host rule knows the setter, its host name does: `analytics.example.com`);
 * - `vendor-word`: a word of the name is the name of a vendor the data knows (`mautic_device_id`): its category;
 * - `consent-name`: the name says it stores a consent choice (`cookie_consent`, `gdpr_prefs`) — the consent tool's
 *   storage cookie, one of the two kinds of evidence that may make a guess `necessary`;
 * - `consent-value`: the value is a consent record (a TCF string, JSON naming categories);
 * - `server-session`: a session-id name (`sess`, `sid`, `csrf`, `auth`, `token`…) set HttpOnly by the site itself
 *   (first-party): the other evidence that may make a guess `necessary`. A script cannot set an HttpOnly cookie, so
 *   this is a scanner-side signal;
 * - `third-party`: the cookie belongs to another site than the page (scanner), the shape of a cross-site identifier;
 * - `long-lived-id`: lifetime of 180 days or more with an identifier value (UUID, long token, client id);
 * - `session-flag`: a session cookie holding a short flag (`1`, `true`), which tracking ids are not;
 * - `narrow-path`: a `Path` other than `/`, which tracking cookies never use (they must be readable site-wide).
 */
export type SignalId =
  | 'setter-host'
  | 'generic-name'
  | 'vendor-prefix'
  | 'tracking-word'
  | 'vendor-word'
  | 'consent-name'
  | 'consent-value'
  | 'server-session'
  | 'third-party'
  | 'long-lived-id'
  | 'session-flag'
  | 'narrow-path';

/** One piece of evidence: which signal (`name-rule`: a documented name rule decided alone), towards which category, how much (negative = against). */
export interface Evidence {
  signal: SignalId | 'name-rule';
  category: CookieCategory;
  weight: number;
}

/** Weights of the signals, per category they move. Data, so the documentation and the tests quote the same figures. */
export const SIGNAL_WEIGHTS: Readonly<Record<SignalId, Readonly<Partial<Record<CookieCategory, number>>>>> = {
  'setter-host': { analytics: 3, targeting: 3, functional: 3 },
  'generic-name': { analytics: 2, targeting: 2, functional: 2, necessary: 2 },
  'vendor-prefix': { analytics: 2.5, targeting: 2.5, functional: 2.5 },
  'tracking-word': { analytics: 2, targeting: 2, functional: 2 },
  'vendor-word': { analytics: 2, targeting: 2, functional: 2 },
  'consent-name': { necessary: 2 },
  'consent-value': { necessary: 1 },
  'server-session': { necessary: 3 },
  'third-party': { targeting: 1.5 },
  'long-lived-id': { analytics: 1, targeting: 1 },
  'session-flag': { analytics: -1, targeting: -1 },
  'narrow-path': { analytics: -0.5, targeting: -0.5 },
};

/** A category wins with at least this score and this lead over the runner-up; otherwise the answer is unknown. */
export const DECISION_THRESHOLD = 2;
export const DECISION_MARGIN = 1;

/** Signals that may add to `necessary`. Nothing else can make a guess necessary (checked by the tests). */
export const NECESSARY_EVIDENCE: readonly SignalId[] = ['consent-name', 'consent-value', 'server-session', 'generic-name'];

/**
 * Consent-storage phrases (docs/cookie-classification.md, `consent-name`): `consent` and the names of consent laws and
 * strings (`gdpr`, `ccpa`, `eprivacy`, `usprivacy`, a `cmp` word); `cookie`, `cookies` or `privacy` joined to a word of
 * a cookie banner (`cookie_notice`, `cookiesAccepted`, `cookie-optin`, `CookieLevel`, `cookie_policy`,
 * `cookie-agreed`, `privacy_banner`); `cookie` after `accept…`/`view…` (`accepted_cookies`, `viewed_cookie`).
 */
const CONSENT_PHRASES =
  'consent|gdpr|ccpa|(e|us)privacy|(^|[^a-z])cmp([^a-z]|$)|(cookies?|privacy)[-_.]?(notice|law|banner|bar|accept|agree|allow|pref|opt|polic|setting|control|level|center)|(accept|view)[a-z]*[-_.]?cookie';
/** The consent phrases, to find them (`test`) and to blank them out of a name (`replace`): what is left must hold no tracker's word. */
export const CONSENT_PHRASES_RE = new RegExp(CONSENT_PHRASES, 'gi');
const CONSENT_NAME_RE = new RegExp(CONSENT_PHRASES, 'i');
/**
 * Whether a name says it stores a consent choice (`cookie_consent`, `gdpr_prefs`, `cookie_optin`, `cmp_state`) — the
 * `consent-name` signal. On its own (first party, no tracker's word outside the phrase, no vendor host) it decides `necessary`.
 */
export const isConsentStorageName = (name: string): boolean => CONSENT_NAME_RE.test(name);
const SESSION_NAME_RE = /sess|(^|[^a-z])sid|csrf|xsrf|auth|login|token/i;
const LONG_LIVED_SECONDS = 180 * 24 * 3600;
const CATEGORIES: readonly CookieCategory[] = ['necessary', 'analytics', 'targeting', 'functional'];

/** What the name tiers and host rules of a classifier found, as categories (the scorer does not decode rule values). */
export interface RuleHits {
  host?: CookieCategory;
  generic?: CookieCategory;
  prefix?: CookieCategory;
  word?: CookieCategory;
  /** A token of the name is the name of a vendor the data knows (see `compileVendorWords`). */
  vendor?: CookieCategory;
}

/**
 * Weighs the evidence about a cookie no name rule knows and returns the winning category, or `undefined` when the
 * evidence is too weak or conflicting (for core's `unknownCookies` policy to decide). Pure and cheap: a handful of
 * comparisons and at most three regular expressions; `explain` collects the evidence for `explainCookie`.
 */
export function scoreCookie(name: string, hits: RuleHits, signals: CookieSignals | undefined, explain?: Evidence[]): CookieCategory | undefined {
  let necessary = 0;
  let analytics = 0;
  let targeting = 0;
  let functional = 0;
  /** Adds a signal's weights: for all the categories it moves, or only `only` (the category a rule hit names). */
  const add = (signal: SignalId, only?: CookieCategory) => {
    const weights = SIGNAL_WEIGHTS[signal];
    for (const target of CATEGORIES) {
      const weight = weights[target];
      if (weight === undefined || (only !== undefined && target !== only)) continue;
      if (target === 'necessary') necessary += weight;
      else if (target === 'analytics') analytics += weight;
      else if (target === 'targeting') targeting += weight;
      else functional += weight;
      explain?.push({ signal, category: target, weight });
    }
  };
  if (hits.host) add('setter-host', hits.host);
  if (hits.generic) add('generic-name', hits.generic);
  if (hits.prefix) add('vendor-prefix', hits.prefix);
  if (hits.word) add('tracking-word', hits.word);
  if (hits.vendor) add('vendor-word', hits.vendor);
  const thirdParty = signals?.thirdParty === true;
  // A consent tool keeps the choice in a first-party cookie named for it; a tracking name or a vendor's script is
  // not one, whatever else the name says. (The classifier takes the words of a consent name from outside its consent
  // phrases, so `cookie_optin` is consent storage and `ads_consent` is not.)
  const trackingName = hits.prefix !== undefined || hits.word !== undefined || hits.host !== undefined || hits.vendor !== undefined;
  if (!thirdParty && !trackingName && CONSENT_NAME_RE.test(name)) add('consent-name');
  if (signals) {
    const shape = signals.value === undefined ? undefined : valueShape(signals.value);
    if (shape === 'consent' && !thirdParty) add('consent-value');
    if (signals.httpOnly === true && !thirdParty && !hits.host && SESSION_NAME_RE.test(name)) add('server-session');
    if (thirdParty) add('third-party');
    const maxAge = signals.maxAgeSeconds;
    if (typeof maxAge === 'number' && maxAge >= LONG_LIVED_SECONDS && shape === 'id') add('long-lived-id');
    if (maxAge === null && shape === 'flag') add('session-flag');
    if (typeof signals.path === 'string' && signals.path !== '' && signals.path !== '/') add('narrow-path');
  }
  // Highest score wins if it clears the threshold and leads the runner-up by the margin. Ties and close calls are
  // unknown: conflicting signals never produce an answer.
  const scores: [CookieCategory, number][] = [
    ['targeting', targeting],
    ['analytics', analytics],
    ['functional', functional],
    ['necessary', necessary],
  ];
  let best: [CookieCategory, number] = scores[0]!;
  let second = -Infinity;
  for (let i = 1; i < scores.length; i++) {
    const entry = scores[i]!;
    if (entry[1] > best[1]) {
      second = best[1];
      best = entry;
    } else if (entry[1] > second) second = entry[1];
  }
  if (best[1] < DECISION_THRESHOLD || best[1] - second < DECISION_MARGIN) return undefined;
  return best[0];
}
