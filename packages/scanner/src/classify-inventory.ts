import { classifyCookie } from '@consentkit/cookie-db';
import { classifyRequest } from './classify-request';
import { isThirdParty } from './site-of';
import type { Leak, PassObservation, ScannedCookie, ScannedRequest, ScannedStorage } from './types';

/** A classified cookie with what the HTML and Markdown reports show beyond `scan.json`. */
export interface InventoryCookie extends ScannedCookie {
  size: number;
  /** The cookie database's description, when it has one. */
  purpose: string | null;
}

/** A classified request with the script or document that started it, when Chromium said. */
export interface InventoryRequest extends ScannedRequest {
  initiator: string | null;
}

/** Everything a scan found, classified, with the leaks. */
export interface Inventory {
  cookies: InventoryCookie[];
  requests: InventoryRequest[];
  storage: ScannedStorage[];
  leaks: Leak[];
}

/** The host of a setter URL; `undefined` when there is none or it is not a URL. */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

const isDenied = (category: string | null): category is string => category !== null && category !== 'necessary';

/**
 * Classifies what the passes observed and finds the leaks:
 * - cookies with `@consentkit/cookie-db` (`classifyCookie(name, setterHost, signals)`: the setter host is a
 *   third-party cookie's domain, and for a first-party cookie the script or response the visit saw set it, else its
 *   domain; the signals are HttpOnly,
 *   first or third party, lifetime (`now` − expiry, `now` in Unix seconds), path and the value's shape), storage keys
 *   by name and the page's host;
 * - request URLs with ConsentKit's tracker-host table; only third-party requests and requests
 *   to a known tracker are kept;
 * - first/third party by registrable domain against the scanned site's host.
 *
 * A cookie (name, domain, path) is listed once per pass, with the first page that showed it; a
 * request once per URL and pass; a storage key once per area and pass.
 *
 * Leaks: before any choice, anything of a known category other than `necessary`; after "reject
 * all", the same (every category but `necessary` was denied). Unknown items are never leaks: they
 * are listed with `category: null` for the site owner to decide.
 */
export function classifyInventory(siteUrl: string, observations: readonly PassObservation[], now = Date.now() / 1000): Inventory {
  const siteHost = new URL(siteUrl).hostname;
  const cookies = new Map<string, InventoryCookie>();
  const requests = new Map<string, InventoryRequest>();
  const storage = new Map<string, ScannedStorage>();
  const leaks = new Map<string, Leak>();
  const leak = (item: Leak) => {
    const key = `${item.kind}\n${item.name}\n${item.pass}`;
    if (!leaks.has(key)) leaks.set(key, item);
  };

  for (const { pass, pageUrl, ...seen } of observations) {
    const pageHost = new URL(pageUrl).hostname;
    for (const c of seen.cookies) {
      const key = `${c.name}\n${c.domain}\n${c.path}\n${pass}`;
      if (cookies.has(key)) continue;
      const setter = c.domain.replace(/^\./, '');
      const thirdParty = isThirdParty(setter, siteHost);
      const expires = c.expires === null || c.expires < 0 ? null : Math.round(c.expires);
      // Everything the scan knows about the cookie, for the database's scorer (docs/cookie-classification.md): who set it
      // (a third-party cookie's domain is its vendor's; a first-party cookie's setter is the script or response the
      // visit saw write it, else its domain), HttpOnly, first or third party, lifetime, path and the value's shape.
      const found = classifyCookie(c.name, (!thirdParty && hostOf(c.setBy)) || setter, {
        httpOnly: c.httpOnly,
        thirdParty,
        maxAgeSeconds: expires === null ? null : Math.max(0, expires - now),
        path: c.path,
        ...(c.value === undefined ? {} : { value: c.value }),
      });
      const category = found?.category ?? null;
      cookies.set(key, {
        name: c.name,
        domain: c.domain,
        path: c.path,
        expires,
        httpOnly: c.httpOnly,
        secure: c.secure,
        sameSite: c.sameSite,
        thirdParty,
        pass,
        pageUrl,
        category,
        vendor: found?.vendor ?? null,
        size: c.size,
        purpose: found?.description ?? null,
      });
      if (pass !== 'accept' && isDenied(category)) leak({ kind: 'cookie', name: c.name, category, pass, pageUrl });
    }
    for (const r of seen.requests) {
      let host: string;
      try {
        host = new URL(r.url).hostname;
      } catch {
        continue;
      }
      if (!/^https?:|^wss?:/.test(r.url)) continue;
      const category = classifyRequest(r.url);
      const thirdParty = isThirdParty(host, siteHost);
      if (!thirdParty && category === null) continue;
      const key = `${r.url}\n${pass}`;
      if (!requests.has(key)) requests.set(key, { url: r.url, host, type: r.type, thirdParty, pass, category, initiator: r.initiator });
      if (pass !== 'accept' && isDenied(category)) leak({ kind: 'request', name: host, category, pass, pageUrl });
    }
    for (const s of seen.storage) {
      const key = `${s.area}\n${s.key}\n${pass}`;
      if (storage.has(key)) continue;
      const category = classifyCookie(s.key, pageHost)?.category ?? null;
      storage.set(key, { key: s.key, area: s.area, pass, category });
      if (pass !== 'accept' && isDenied(category)) leak({ kind: 'storage', name: s.key, category, pass, pageUrl });
    }
  }
  return { cookies: [...cookies.values()], requests: [...requests.values()], storage: [...storage.values()], leaks: [...leaks.values()] };
}
