import type { Category, ResolvedConfig } from './types';

/** Says which category a cookie name belongs to; `undefined` = unknown. */
export type CookieCategorizer = (name: string, setterHost?: string) => Category | undefined;

/**
 * Built-in rules for the most common tracker cookies (`name` or `prefix*` → category), used
 * after the site's `config.cookies` and `config.cookieDb`. Small on purpose: the full
 * database is `@consentkit/cookie-db`, plugged in with `cookieDb`.
 */
export const TRACKER_COOKIES: Readonly<Record<string, Category>> = Object.freeze({
  // Google Analytics (gtag.js / analytics.js / urchin).
  _ga: 'analytics',
  '_ga_*': 'analytics',
  _gid: 'analytics',
  '_gat*': 'analytics',
  '__utm*': 'analytics',
  // Google Ads / Floodlight / DoubleClick (first-party linker and conversion cookies).
  '_gcl_*': 'targeting',
  '_gac_*': 'targeting',
  // Meta, Microsoft, TikTok, LinkedIn, Pinterest, Snap, Reddit, Criteo.
  _fbp: 'targeting',
  _fbc: 'targeting',
  '_uet*': 'targeting',
  _clck: 'analytics',
  _clsk: 'analytics',
  _ttp: 'targeting',
  _tt_enable_cookie: 'targeting',
  li_fat_id: 'targeting',
  '_pin_unauth': 'targeting',
  '_pinterest_*': 'targeting',
  _scid: 'targeting',
  _sctr: 'targeting',
  _rdt_uuid: 'targeting',
  cto_bundle: 'targeting',
  // Hotjar, HubSpot, Segment, Mixpanel, Amplitude, Matomo.
  '_hj*': 'analytics',
  __hstc: 'analytics',
  __hssc: 'analytics',
  __hssrc: 'analytics',
  hubspotutk: 'analytics',
  'ajs_*': 'analytics',
  'mp_*': 'analytics',
  'amp_*': 'analytics',
  'AMP_*': 'analytics',
  '_pk_*': 'analytics',
});

/** Exact names first, then prefixes, longest first. */
function compile(table: Readonly<Record<string, Category>>): (name: string) => Category | undefined {
  const exact = new Map<string, Category>();
  const prefixes: [string, Category][] = [];
  for (const [key, category] of Object.entries(table)) {
    if (key.endsWith('*')) prefixes.push([key.slice(0, -1), category]);
    else exact.set(key, category);
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  return (name) => exact.get(name) ?? prefixes.find(([prefix]) => name.startsWith(prefix))?.[1];
}

/**
 * Builds the cookie classifier the guard and the cleanup share, in this order:
 * the site's `config.cookies` (it knows its own cookies best), then `config.cookieDb`
 * (e.g. `classifyCookie` from `@consentkit/cookie-db`), then `TRACKER_COOKIES`.
 * A `cookieDb` that throws or answers something that is not `{ category: string }` is
 * treated as not knowing the cookie (reported once), so a broken classifier can never turn
 * a tracker cookie into a `necessary` one.
 */
export function createCookieCategorizer(
  config: Pick<ResolvedConfig, 'cookies' | 'cookieDb'>,
  builtIn: Readonly<Record<string, Category>> = TRACKER_COOKIES,
): CookieCategorizer {
  const site = compile(config.cookies);
  const fallback = compile(builtIn);
  const db = config.cookieDb;
  let reported = false;
  const ask = (name: string, setterHost?: string): Category | undefined => {
    if (!db) return undefined;
    try {
      const answer = db(name, setterHost);
      if (answer === undefined) return undefined;
      if (typeof answer === 'object' && answer !== null && typeof answer.category === 'string' && answer.category) {
        // The database never guesses `necessary` (DESIGN.md); only the site may declare it.
        return answer.category === 'necessary' ? undefined : answer.category;
      }
      throw new TypeError(`expected { category } or undefined, got ${JSON.stringify(answer)}`);
    } catch (error) {
      if (!reported) console.error('[consentkit] config.cookieDb failed; treating its cookies as unknown:', error);
      reported = true;
      return undefined;
    }
  };
  return (name, setterHost) => site(name) ?? ask(name, setterHost) ?? fallback(name);
}
