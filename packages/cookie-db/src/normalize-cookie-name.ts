/** Placeholder that stands for one dynamic part of a cookie name in rule patterns. */
export const DYNAMIC_PART = '#';

// RFC 4122 UUIDs appear whole in names such as Braze's `ab.storage.deviceId.<uuid>`.
const UUID_RE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const DIGIT_RUNS_RE = /\d+/g;
/** Finds the next digit from its `lastIndex` (native code skips the letters and separators between dynamic parts). */
const DIGIT_RE = /\d/g;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHexLetter = (c: number) => (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/**
 * Turns a cookie name as a browser shows it into a template whose dynamic parts are `#`, so that
 * one rule covers every site's instance of a vendor's cookie. Separators (`_ . - : @ |`) and words
 * are kept; `%40` (an encoded `@`, as in Adobe's `AMCV_<org>%40AdobeOrg`) is decoded first.
 *
 * @example
 * normalizeCookieName('_ga_3K8Z2QW7LM')            // '_ga_#'
 * normalizeCookieName('_pk_id.12.1a2b')            // '_pk_id.#.#'
 * normalizeCookieName('mp_0123456789abcdef0123456789abcdef_mixpanel') // 'mp_#_mixpanel'
 */
export function normalizeCookieName(name: string): string {
  let source = name;
  if (source.includes('%')) source = source.replace(/%40/gi, '@');
  // Every dynamic part contains a digit, so a name without one is its own template.
  DIGIT_RE.lastIndex = 0;
  if (!DIGIT_RE.test(source)) return source;
  if (source.length >= 36) {
    source = source.replace(UUID_RE, DYNAMIC_PART);
    DIGIT_RE.lastIndex = 0;
    if (!DIGIT_RE.test(source)) return source;
  }
  // Only the alphanumeric runs that contain a digit can be dynamic, so vendor names and fixed suffixes such as
  // `_mixpanel` or `AdobeOrg` survive; the regex jumps from one such run to the next (this runs for every name a page
  // checks; budget: 10,000 names in 5 ms) and each run is read once, over char codes.
  let out = '';
  let copied = 0;
  const length = source.length;
  do {
    let start = DIGIT_RE.lastIndex - 1;
    while (start > copied && (isDigit(source.charCodeAt(start - 1)) || isLetter(source.charCodeAt(start - 1)))) start--;
    // The run's first digit, and whether it has a letter, a letter that is not a hex digit, a letter after a digit.
    let end = start;
    let firstDigit = -1;
    let letters = false;
    let notHex = false;
    let letterAfterDigit = false;
    for (; end < length; end++) {
      const c = source.charCodeAt(end);
      if (isDigit(c)) {
        if (firstDigit < 0) firstDigit = end;
      } else if (isLetter(c)) {
        letters = true;
        if (!isHexLetter(c)) notHex = true;
        if (firstDigit >= 0) letterAfterDigit = true;
      } else break;
    }
    const runLength = end - start;
    let replacement: string;
    // All digits, or a hex id (Mixpanel project tokens, Amplitude key prefixes, WordPress COOKIEHASH, Adobe org ids,
    // Matomo's visitor hash in `_pk_id.<site>.<hash>`): an account, site, container or visitor id.
    if (!letters || (runLength >= 4 && !notHex)) replacement = DYNAMIC_PART;
    // A word followed by a counter, timestamp or hash (`_gd1687265433456`, `lpv123`, `SSESS<md5>`) keeps its word.
    else if (firstDigit > start && (!letterAfterDigit || end - firstDigit >= 8)) replacement = source.slice(start, firstDigit) + DYNAMIC_PART;
    // Random ids mixing letters and digits (GA4 stream ids `_ga_3K8Z2QW7LM`, Intercom app ids); in a short run only
    // its digits are dynamic.
    else replacement = runLength >= 6 ? DYNAMIC_PART : source.slice(start, end).replace(DIGIT_RUNS_RE, DYNAMIC_PART);
    out += source.slice(copied, start) + replacement;
    copied = DIGIT_RE.lastIndex = end;
  } while (DIGIT_RE.test(source));
  return out + source.slice(copied);
}
