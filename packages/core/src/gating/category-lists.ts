import type { Category } from '../types';

/**
 * Builds a frozen `entry → category` table from one whitespace-separated list per category,
 * the form the built-in tables (`TRACKER_HOSTS`, `TRACKER_COOKIES`) are written in: it reads
 * as a list and ships far smaller than an object literal that repeats the category per entry.
 *
 * @example fromCategoryLists({ analytics: '_ga _gid', targeting: '_fbp' }) // { _ga: 'analytics', _gid: 'analytics', _fbp: 'targeting' }
 */
export function fromCategoryLists(lists: Readonly<Partial<Record<Category, string>>>): Readonly<Record<string, Category>> {
  const table: Record<string, Category> = {};
  for (const category in lists) for (const entry of lists[category]!.split(/\s+/)) if (entry) table[entry] = category;
  return Object.freeze(table);
}
