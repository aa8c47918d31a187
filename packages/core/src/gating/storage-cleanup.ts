import { cookieName } from './cookie-guard';
import { createNameMatcher } from './cookie-rules';
import type { CookieCategorizer } from './cookie-rules';
import { captureNativeCookie } from '../native-cookie';
import type { NativeCookie } from '../native-cookie';
import type { Category, ConsentChoices, ConsentManager } from '../types';

/**
 * Every `document.cookie` string that can delete cookie `name` as a script on this page could
 * have set it: host-only and each parent domain (`.shop.example.com`, `.example.com`), times
 * `/` and each prefix of the current path (with and without a trailing slash), plus the
 * `Partitioned` (CHIPS) jar on https. A cookie is only removed by a write with the same
 * domain and path it was set with, and a script cannot read those back (RFC 6265bis §5.4).
 * The browser refuses a public suffix as domain, so trying `.co.uk` is harmless.
 */
export function cookieDeletions(name: string, { hostname, pathname, protocol }: Pick<Location, 'hostname' | 'pathname' | 'protocol'>): string[] {
  const labels = hostname.split('.');
  // An IP address (v4, or v6 with its colons) has no domains; a one-label host (`localhost`)
  // is its own; otherwise the host and each parent domain down to two labels.
  const domains = /^[\d.]*$|:/.test(hostname) ? [] : labels.slice(0, labels.length - 1 || 1).map((_, i) => '; domain=.' + labels.slice(i).join('.'));
  let prefix = '';
  const paths = [
    '/',
    ...pathname
      .split('/')
      .filter(Boolean)
      .flatMap((segment) => [(prefix += '/' + segment), prefix + '/']),
  ];
  return ['', ...domains].flatMap((domain) =>
    paths.flatMap((path) => {
      const write = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}${domain}`;
      return protocol === 'https:' ? [write, write + '; Secure; Partitioned'] : write;
    }),
  );
}

/** The names of the cookies this page can see (non-HttpOnly, first-party). */
export function readCookieNames(cookieHeader: string): string[] {
  return [...new Set(cookieHeader.split(';').map(cookieName))].filter(Boolean);
}

/**
 * Deletes what the visitor has not (or no longer) consented to: cookies whose category is
 * denied (site-declared names and prefixes, then the classifier) and localStorage /
 * sessionStorage keys of denied categories (`storageCategory`: the site's `config.storage`,
 * then the same rules as cookies, see `createStorageCategorizer`). The consent cookie and
 * `necessary` items are never touched; unknown cookies and keys are left alone, because they
 * may be the site's own session or cart (declare them to have them cleaned). Where the browser
 * refuses cookies or storage (a sandboxed frame) there is nothing to clean there. Returns what was deleted.
 */
export function cleanUpDenied(
  manager: ConsentManager,
  categorize: CookieCategorizer,
  doc: Document = document,
  storageCategory: (key: string) => Category | undefined = createNameMatcher(manager.config.storage),
): string[] {
  const { cookie } = manager.config;
  const consent = manager.getConsent();
  const denied = (category: Category | undefined) => !!category && category !== 'necessary' && !consent[category];
  const deleted: string[] = [];
  try {
    // The native accessors: page code that shadows document.cookie on the document can neither
    // hide a cookie from the cleanup nor swallow its deletion.
    let jar: NativeCookie;
    try {
      jar = captureNativeCookie(doc);
    } catch {
      jar = { read: () => doc.cookie, write: (text) => void (doc.cookie = text) };
    }
    deleted.push(...readCookieNames(jar.read()).filter((name) => name !== cookie.name && denied(categorize(name))));
    for (const name of deleted) for (const write of cookieDeletions(name, doc.location ?? location)) jar.write(write);
  } catch {
    // document.cookie throws (a sandboxed document): the browser keeps no cookies for this page.
  }
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const store = (doc.defaultView ?? window)[area];
      for (let i = store.length; i--;) {
        const key = store.key(i)!;
        if (denied(storageCategory(key))) {
          store.removeItem(key);
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
export function startStorageCleanup(
  manager: ConsentManager,
  categorize: CookieCategorizer,
  doc: Document = document,
  storageCategory?: (key: string) => Category | undefined,
): () => void {
  cleanUpDenied(manager, categorize, doc, storageCategory);
  return manager.on('change', (next: ConsentChoices, previous: ConsentChoices) => {
    cleanUpDenied(manager, categorize, doc, storageCategory);
    if (manager.config.reloadOnRevoke && Object.keys(previous).some((id) => previous[id] && !next[id])) (doc.location ?? location).reload();
  });
}
