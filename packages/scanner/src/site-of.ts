import { getDomain } from 'tldts';

/**
 * The "site" of a host: its registrable domain from the Public Suffix List (`tldts`), e.g.
 * `www.shop.example.co.uk` → `example.co.uk`. A host without one (an IP address, `localhost`)
 * is its own site. A leading dot (cookie domains), IPv6 brackets and a trailing dot are ignored.
 */
export function siteOf(host: string): string {
  // A URL writes an IPv6 host in brackets (`[::1]`), a cookie's domain without them (`::1`); a trailing dot
  // (`example.com.`) names the same host.
  const clean = host
    .replace(/^\./, '')
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
  return getDomain(clean, { allowPrivateDomains: true }) ?? clean;
}

/** Whether `host` belongs to another site than `siteHost` (registrable domains differ). */
export function isThirdParty(host: string, siteHost: string): boolean {
  return siteOf(host) !== siteOf(siteHost);
}

/** Whether two URLs are on the same site (the crawl only follows such links). */
export function isSameSite(a: URL, b: URL): boolean {
  return siteOf(a.hostname) === siteOf(b.hostname);
}
