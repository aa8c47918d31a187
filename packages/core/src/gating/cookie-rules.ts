import { fromCategoryLists } from './category-lists';
import type { Category, CookieWriteSignals, ResolvedConfig } from '../types';

/**
 * Says which category a cookie name belongs to; `undefined` = unknown. `setterHost` and `signals` (what a write says
 * besides the name: value, `Path`, lifetime) are passed on to `config.cookieDb`.
 */
export type CookieCategorizer = (name: string, setterHost?: string, signals?: CookieWriteSignals) => Category | undefined;

/**
 * Built-in rules for the most common tracker cookies (`name` or `prefix*` → category), used
 * after the site's `config.cookies` and `config.cookieDb`. Small on purpose: the full
 * database is `@consentkit/cookie-db`, plugged in with `cookieDb`.
 */
export const TRACKER_COOKIES: Readonly<Record<string, Category>> = fromCategoryLists({
  analytics:
    // Google Analytics (gtag.js / analytics.js / urchin), Microsoft Clarity.
    '_ga _ga_* _gid _gat* __utm* _clck _clsk ' +
    // Hotjar, HubSpot, Segment, Mixpanel, Amplitude, Matomo.
    '_hj* __hstc __hssc __hssrc hubspotutk ajs_* mp_* amp_* AMP_* _pk_*',
  targeting:
    // Google Ads / Floodlight / DoubleClick (first-party linker and conversion cookies).
    '_gcl_* _gac_* ' +
    // Meta, Microsoft UET, TikTok, LinkedIn, Pinterest, Snap, Reddit, Criteo.
    '_fbp _fbc _uet* _ttp _tt_enable_cookie li_fat_id _pin_unauth _pinterest_* _scid _sctr _rdt_uuid cto_bundle',
});

/**
 * Compiles a `name` / `prefix*` → category table (`config.cookies`, `config.storage`,
 * `TRACKER_COOKIES`) into a lookup: an exact name first, then the longest matching prefix.
 */
export function createNameMatcher(table: Readonly<Record<string, Category>>): (name: string) => Category | undefined {
  const exact = new Map(Object.entries(table));
  const prefixes = [...exact]
    .filter(([key]) => key.endsWith('*'))
    .map(([key, category]): [string, Category] => [key.slice(0, -1), category])
    .sort((a, b) => b[0].length - a[0].length);
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
  const site = createNameMatcher(config.cookies);
  const fallback = createNameMatcher(builtIn);
  const db = config.cookieDb;
  let reported = false;
  const ask = (name: string, setterHost?: string, signals?: CookieWriteSignals): Category | undefined => {
    let answer: unknown;
    try {
      answer = signals ? db!(name, setterHost, signals) : db!(name, setterHost);
    } catch (error) {
      answer = error;
    }
    const category = (answer as { category?: unknown } | null | undefined)?.category;
    // Fail closed: `necessary` is taken only from the site's own `cookies`. The database's `necessary` answers are about
    // 85 % right on vendors it was not written from (docs/cookie-classification.md), and a wrong one would let a tracker
    // write before consent; so it counts as unknown here and `unknownCookies` decides.
    if (typeof category === 'string' && category) return category === 'necessary' ? undefined : category;
    if (answer !== undefined && !reported) {
      reported = true;
      console.error('[consentkit] config.cookieDb failed; treating its cookies as unknown:', answer);
    }
    return undefined;
  };
  // Names repeat on every write; a name's category does not change within a page, except that
  // a lazily loaded cookieDb can learn an unknown name, and its answer depends on the setter:
  // so unknowns and answers a cookieDb could give are not cached (bounded against random names).
  const known = new Map<string, Category>();
  return (name, setterHost, signals) => {
    let category = known.get(name);
    if (!category) {
      const own = site(name);
      category = own ?? (db && ask(name, setterHost, signals)) ?? fallback(name);
      if (category && (own || !db) && known.size < 500) known.set(name, category);
    }
    return category;
  };
}
