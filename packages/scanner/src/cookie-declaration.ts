import type { InventoryCookie } from './classify-inventory';
import type { CookieDeclarationEntry } from './types';

const DAY = 86_400;

/** What a cookie of a category is for, when the database has no description (the owner can edit it). */
const DEFAULT_PURPOSE: Readonly<Record<string, string>> = {
  necessary: 'Needed for the site to work (e.g. remembers your consent choice).',
  functional: 'Remembers choices you made, such as a language or a setting.',
  analytics: 'Measures how visitors use the site.',
  targeting: 'Advertising: recognises your browser to show and measure ads.',
};

/**
 * A cookie declaration for the site's privacy page and preference center: one entry per cookie
 * name, from the accept pass (where every cookie the site can set is set) and then the others,
 * with provider (the database's vendor; the cookie's domain when unknown), category (`unknown`
 * for the owner to fill in), purpose (the database's description, else a generic one for its category) and duration in
 * days (rounded up from the longest expiry seen relative to `scannedAt`), or `"session"`.
 *
 * @example
 * buildCookieDeclaration(inventory.cookies, Date.now())
 * // [{ name: '_ga', provider: 'Google Analytics', category: 'analytics', purpose: '…', duration: 400 }]
 */
export function buildCookieDeclaration(cookies: readonly InventoryCookie[], scannedAt: number): CookieDeclarationEntry[] {
  const byName = new Map<string, CookieDeclarationEntry>();
  const order = { accept: 0, before: 1, reject: 2 } as const;
  const sorted = [...cookies].sort((a, b) => order[a.pass] - order[b.pass]);
  for (const c of sorted) {
    const duration = c.expires === null ? 'session' : Math.max(1, Math.ceil((c.expires - scannedAt / 1000) / DAY));
    const known = byName.get(c.name);
    if (known) {
      if (typeof duration === 'number' && (known.duration === 'session' || duration > known.duration)) known.duration = duration;
      continue;
    }
    byName.set(c.name, {
      name: c.name,
      provider: c.vendor ?? c.domain.replace(/^\./, ''),
      category: c.category ?? 'unknown',
      purpose: c.purpose ?? (c.category ? (DEFAULT_PURPOSE[c.category] ?? '') : ''),
      duration,
    });
  }
  return [...byName.values()].sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
}
