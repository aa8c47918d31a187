import { normalizeCookieName, DYNAMIC_PART } from '@consentkit/cookie-db';
import { matchTrackerRule } from './classify-request';
import type { Inventory } from './classify-inventory';
import type { SuggestedConfig } from './types';

/** The categories every ConsentKit config has; others (e.g. `functional`) need a `categories` entry first. */
const BUILT_IN = new Set(['necessary', 'analytics', 'targeting']);
// The characters ConsentKit's config accepts in a cookie name (RFC 6265 token characters).
const COOKIE_TOKEN = /^[!#$%&'+.^_`|~0-9A-Za-z-]+$/;
// The `blockRules` key grammar ConsentKit's config accepts: `host[:port][/path prefix]`, host labels of a-z, 0-9 and `-`.
const HOST_RULE = /^[a-z0-9-]+(\.[a-z0-9-]+)*(\/\S*)?$/;

/**
 * The config key for a cookie name: the name itself, or `prefix*` when the name carries a
 * dynamic part (a container, account or visitor id), e.g. `_ga_ABC123XYZ` → `_ga_*`, so that the
 * rule also covers the next visitor's or property's name. `null` when no valid key can be made.
 */
export function cookieConfigKey(name: string): string | null {
  const normalized = normalizeCookieName(name);
  const dynamic = normalized.indexOf(DYNAMIC_PART);
  if (dynamic > 0) {
    const prefix = normalized.slice(0, dynamic);
    if (prefix.length >= 2 && name.startsWith(prefix) && COOKIE_TOKEN.test(prefix)) return prefix + '*';
  }
  return COOKIE_TOKEN.test(name) ? name : null;
}

/**
 * A suggested ConsentKit config for what the scan found:
 * - `cookies`: every classified cookie (name or `prefix*`) → its category;
 * - `blockRules`: every tracker host a page requested → its category (a path rule of the
 *   tracker table such as `www.facebook.com/tr` is kept as it is, so the rest of that host is not
 *   blocked), plus the domains of third-party cookies of a non-necessary category.
 *
 * Unknown cookies are left out for the site owner to decide, and so are categories a config does
 * not have by default (`functional`): add them under `categories` first. The result passes
 * ConsentKit's config validation as it is (`createConsentManager({ policyVersion, ...suggested })`).
 */
export function suggestConfig(inventory: Pick<Inventory, 'cookies' | 'requests'>): SuggestedConfig {
  const cookies: Record<string, string> = {};
  const blockRules: Record<string, string> = {};
  for (const c of inventory.cookies) {
    if (c.category === null || !BUILT_IN.has(c.category)) continue;
    const key = cookieConfigKey(c.name);
    if (key && !(key in cookies)) cookies[key] = c.category;
    const host = c.domain.replace(/^\./, '').toLowerCase();
    if (c.thirdParty && c.category !== 'necessary' && host.includes('.') && HOST_RULE.test(host) && !(host in blockRules)) {
      blockRules[host] = c.category;
    }
  }
  for (const r of inventory.requests) {
    if (r.category === null || !BUILT_IN.has(r.category) || r.category === 'necessary') continue;
    const match = matchTrackerRule(r.url);
    // The host requested; the table's own rule when it has a path, or when the host is no valid rule key (an
    // underscore in a label, which URLs allow): the rule covers the host all the same.
    const host = r.host.toLowerCase();
    const key = match && (match.rule.includes('/') || !HOST_RULE.test(host)) ? match.rule : host;
    if (HOST_RULE.test(key) && !(key in blockRules)) blockRules[key] = r.category;
  }
  return { cookies: sortKeys(cookies), blockRules: sortKeys(blockRules) };
}

const sortKeys = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
