import { cookieName } from './cookie-guard';
import type { CookieCategorizer } from './cookie-rules';
import { captureNativeCookie } from '../native-cookie';
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
 * then the same rules as cookies, see `createStorageCategorizer`); with `cookiesOnly`, the
 * cookies alone. The consent cookie and `necessary` items are never touched; unknown cookies
 * and keys are left alone, because they may be the site's own session or cart (declare them to
 * have them cleaned). Where the browser refuses cookies or storage (a sandboxed frame) there is
 * nothing to clean there. Returns what was deleted.
 */
export function cleanUpDenied(
  manager: ConsentManager,
  categorize: CookieCategorizer,
  doc: Document,
  storageCategory: (key: string) => Category | undefined,
  cookiesOnly?: boolean,
): string[] {
  const { cookie } = manager.config;
  const consent = manager.getConsent();
  const denied = (category: Category | undefined) => !!category && category !== 'necessary' && !consent[category];
  const deleted: string[] = [];
  try {
    // The native accessors: page code that shadows document.cookie on the document can neither
    // hide a cookie from the cleanup nor swallow its deletion.
    const jar = captureNativeCookie(doc);
    deleted.push(...readCookieNames(jar.read()).filter((name) => name !== cookie.name && denied(categorize(name))));
    for (const name of deleted) for (const write of cookieDeletions(name, doc.location)) jar.write(write);
  } catch {
    // document.cookie throws (a sandboxed document): the browser keeps no cookies for this page.
  }
  for (const area of cookiesOnly ? [] : (['localStorage', 'sessionStorage'] as const)) {
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

/** What `startStorageCleanup` returns. */
export interface StorageCleanup {
  /** Deletes the denied cookies and storage keys now (and settles a pending start-up cleanup). Returns the names deleted. */
  clean(): string[];
  /** Runs the start-up cleanup of storage keys now if it has not run yet; the storage guard calls it before every use of Web Storage. */
  flush(): undefined;
  /** Stops cleaning on changes (after running a pending start-up cleanup). */
  stop(): void;
}

/**
 * Runs the cleanup at start and whenever consent changes. With `config.reloadOnRevoke`, a
 * change that revokes a category reloads the page afterwards, so vendor code that is already
 * running (and cannot be unloaded) stops.
 *
 * At start, denied cookies are deleted at once: cookies travel in the `Cookie` header of every
 * request the page makes while it loads. With `deferStorage`, the storage keys are deleted
 * once the page's first paint is on screen (its `paint` performance entry) — but never later
 * than the window's `load` event (a listener added now runs before the page's own), nor than a
 * second (a hidden page paints nothing) — or at once when something uses Web Storage before
 * that through the storage guard (`flush`): a Web Storage area's first access waits for the
 * browser to load it, and the page's first paint would wait for that too. So a loaded page
 * holds no denied key, whatever reads it. docs/gating.md says what can and cannot be read in
 * that window. A consent change cleans both at once, as always.
 */
export function startStorageCleanup(
  manager: ConsentManager,
  categorize: CookieCategorizer,
  doc: Document,
  storageCategory: (key: string) => Category | undefined,
  deferStorage?: boolean,
): StorageCleanup {
  // `deferStorage` stays true while the storage part of the start-up cleanup is pending.
  const clean = () => {
    // Not pending first: the cleanup's own use of Web Storage passes through the guard's flush.
    deferStorage = false;
    return cleanUpDenied(manager, categorize, doc, storageCategory);
  };
  const flush = (): undefined => void (deferStorage && clean());
  cleanUpDenied(manager, categorize, doc, storageCategory, deferStorage);
  if (deferStorage) {
    // The first paint's timing entry is reported once that frame is on screen (a task queued by
    // requestAnimationFrame would run before it is: it would compete with drawing it).
    try {
      new PerformanceObserver(flush).observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing in this browser: the timer alone.
    }
    setTimeout(flush, 1e3);
    (doc.defaultView ?? window).addEventListener('load', flush, { capture: true, once: true });
  }
  const off = manager.on('change', (next: ConsentChoices, previous: ConsentChoices) => {
    clean();
    if (manager.config.reloadOnRevoke && Object.keys(previous).some((id) => previous[id] && !next[id])) doc.location.reload();
  });
  return { clean, flush, stop: () => (flush(), off()) };
}
