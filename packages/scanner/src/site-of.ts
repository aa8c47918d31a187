import { getDomain } from 'tldts';

/**
 * The "site" of a host: its registrable domain from the Public Suffix List (`tldts`), e.g.
 * `www.shop.example.co.uk` → `example.co.uk`. A host without one (an IP address, `localhost`)
 * is its own site. A leading dot (cookie domains) is ignored.
 */
export function siteOf(host: string): string {
  const clean = host.replace(/^\./, '').toLowerCase();
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
