import type { CookieCategorizer } from './cookie-rules';
import type { Category, ConsentChoices, ConsentManager } from './types';

const EPOCH = 'Thu, 01 Jan 1970 00:00:00 GMT';

/**
 * Every `document.cookie` string that can delete cookie `name` as a script on this page could
 * have set it: host-only and each parent domain (`.shop.example.com`, `.example.com`), times
 * `/` and each prefix of the current path (with and without a trailing slash), plus the
 * `Partitioned` (CHIPS) jar on https. A cookie is only removed by a write with the same
 * domain and path it was set with, and a script cannot read those back (RFC 6265bis §5.4).
 * The browser refuses a public suffix as domain, so trying `.co.uk` is harmless.
 */
export function cookieDeletions(name: string, where: Pick<Location, 'hostname' | 'pathname' | 'protocol'>): string[] {
  const host = where.hostname;
  const domains: (string | undefined)[] = [undefined];
  const isIp = /^[\d.]+$/.test(host) || host.includes(':');
  if (!isIp && host) {
    const labels = host.split('.');
    for (let i = 0; i < labels.length - (labels.length > 1 ? 1 : 0); i++) domains.push('.' + labels.slice(i).join('.'));
  }
  const paths = new Set(['/']);
  let prefix = '';
  for (const segment of where.pathname.split('/').slice(1)) {
    if (!segment) continue;
    prefix += '/' + segment;
    paths.add(prefix).add(prefix + '/');
  }
  const jars = where.protocol === 'https:' ? ['', '; Secure; Partitioned'] : [''];
  const writes: string[] = [];
  for (const domain of domains) {
    for (const path of paths) {
      for (const jar of jars) writes.push(`${name}=; expires=${EPOCH}; path=${path}${domain ? `; domain=${domain}` : ''}${jar}`);
    }
  }
  return writes;
}

/** The names of the cookies this page can see (non-HttpOnly, first-party). */
export function readCookieNames(cookieHeader: string): string[] {
  const names = new Set<string>();
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    const name = (eq < 0 ? '' : pair.slice(0, eq)).trim();
    if (name) names.add(name);
  }
  return [...names];
}

/** Whether a `config.storage` key (`name` or `prefix*`) covers a storage key. */
const storageKeyMatches = (pattern: string, key: string) =>
  pattern.endsWith('*') ? key.startsWith(pattern.slice(0, -1)) : key === pattern;

/**
 * Deletes what the visitor has not (or no longer) consented to: cookies whose category is
 * denied (site-declared names and prefixes, then the classifier) and the `config.storage`
 * localStorage/sessionStorage keys of denied categories. The consent cookie and `necessary`
 * items are never touched; unknown cookies are left alone, because they may be the site's
 * own session or cart cookies (declare them to have them cleaned). Returns what was deleted.
 */
export function cleanUpDenied(manager: ConsentManager, categorize: CookieCategorizer, doc: Document = document): string[] {
  const consent = manager.getConsent();
  const denied = (category: Category | undefined) => category !== undefined && category !== 'necessary' && consent[category] !== true;
  const deleted: string[] = [];
  for (const name of readCookieNames(doc.cookie)) {
    if (name === manager.config.cookie.name || !denied(categorize(name))) continue;
    // Goes through the cookie guard, which always lets deletions pass.
    for (const write of cookieDeletions(name, doc.location ?? location)) doc.cookie = write;
    deleted.push(name);
  }
  const patterns = Object.entries(manager.config.storage).filter(([, category]) => denied(category));
  if (patterns.length === 0) return deleted;
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    let storage: Storage;
    try {
      storage = (doc.defaultView ?? window)[area];
      for (let i = storage.length - 1; i >= 0; i--) {
        const key = storage.key(i);
        if (key !== null && patterns.some(([pattern]) => storageKeyMatches(pattern, key))) {
          storage.removeItem(key);
          deleted.push(`${area}:${key}`);
        }
      }
    } catch {
      // Storage unavailable (blocked by the browser): there is nothing a tracker could have kept there.
    }
  }
  return deleted;
}

/**
 * Runs the cleanup now and whenever consent changes. With `config.reloadOnRevoke`, a change
 * that revokes a category reloads the page afterwards, so vendor code that is already running
 * (and cannot be unloaded) stops. Returns the stop function.
 */
export function startStorageCleanup(manager: ConsentManager, categorize: CookieCategorizer, doc: Document = document): () => void {
  cleanUpDenied(manager, categorize, doc);
  return manager.on('change', (next: ConsentChoices, previous: ConsentChoices) => {
    cleanUpDenied(manager, categorize, doc);
    const revoked = Object.keys(previous).some((id) => previous[id] && !next[id]);
    if (revoked && manager.config.reloadOnRevoke) (doc.location ?? location).reload();
  });
}
