import type { CookieCategory } from './types';

/**
 * One curated rule group: a vendor, the category its own cookie documentation gives these cookies,
 * and their names. A pattern is an exact name, a `prefix*`, or a template with `#` for a dynamic part
 * (see `normalizeCookieName`). Curated prefixes match any continuation, so keep them specific to the vendor.
 * Each group in the tables is preceded by a comment citing the vendor documentation it was taken from.
 */
export type CuratedRule = readonly [vendor: string, category: CookieCategory, patterns: readonly string[]];
