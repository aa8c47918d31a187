/** Placeholder that stands for one dynamic part of a cookie name in rule patterns. */
export const DYNAMIC_PART = '#';

// RFC 4122 UUIDs appear whole in names such as Braze's `ab.storage.deviceId.<uuid>`.
const UUID_RE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const DIGIT_RUNS_RE = /\d+/g;
const HAS_DIGIT_RE = /\d/;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHexLetter = (c: number) => (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/**
 * Decides whether one alphanumeric run of a cookie name (`name.slice(start, end)`) is a dynamic part
 * (an account, site, container or visitor id) and returns its replacement. Words without digits are
 * never dynamic, so vendor names and fixed suffixes such as `_mixpanel` or `AdobeOrg` survive.
 * Hand-rolled over char codes: this runs for every name a page checks (budget: 10,000 names in 5 ms).
 */
function replaceRun(name: string, start: number, end: number): string | undefined {
  let firstDigit = -1;
  let allDigits = true;
  let allHex = true;
  for (let i = start; i < end; i++) {
    const c = name.charCodeAt(i);
    if (isDigit(c)) {
      if (firstDigit < 0) firstDigit = i;
    } else {
      allDigits = false;
      if (!isHexLetter(c)) allHex = false;
    }
  }
  if (firstDigit < 0) return undefined;
  if (allDigits) return DYNAMIC_PART;
  const length = end - start;
  // Hex ids: Mixpanel project tokens, Amplitude key prefixes, WordPress COOKIEHASH, Adobe org ids,
  // Matomo's visitor hash in `_pk_id.<site>.<hash>`.
  if (length >= 4 && allHex) return DYNAMIC_PART;
  // A word followed by a counter, timestamp or hash (`_gd1687265433456`, `lpv123`, `SSESS<md5>`) keeps its word.
  if (firstDigit > start) {
    let tailDigitsOnly = true;
    for (let i = firstDigit; i < end; i++) if (!isDigit(name.charCodeAt(i))) tailDigitsOnly = false;
    if (tailDigitsOnly || end - firstDigit >= 8) return name.slice(start, firstDigit) + DYNAMIC_PART;
  }
  // Random ids mixing letters and digits: GA4 stream ids (`_ga_3K8Z2QW7LM`), Intercom app ids.
  if (length >= 6) return DYNAMIC_PART;
  return name.slice(start, end).replace(DIGIT_RUNS_RE, DYNAMIC_PART);
}

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
  // Fast path: every dynamic part contains a digit, so a name without one is its own template.
  if (!HAS_DIGIT_RE.test(source)) return source;
  if (source.length >= 36) source = source.replace(UUID_RE, DYNAMIC_PART);
  let out = '';
  let copied = 0;
  let runStart = -1;
  for (let i = 0; i <= source.length; i++) {
    const c = i < source.length ? source.charCodeAt(i) : -1;
    if (isDigit(c) || isLetter(c)) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      const replacement = replaceRun(source, runStart, i);
      if (replacement !== undefined) {
        out += source.slice(copied, runStart) + replacement;
        copied = i;
      }
      runStart = -1;
    }
  }
  return copied === 0 ? source : out + source.slice(copied);
}
