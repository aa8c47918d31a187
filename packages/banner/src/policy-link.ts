// Only web and relative URLs become links: a `javascript:` or `data:` URL from a tampered
// config must not turn the privacy-policy link into script (core validates too; this is the
// second lock on the door).
const SAFE_URL = /^(https?:\/\/|\/|\.{0,2}\/|#|\?)|^[^:]*$/i;

/** Whether `url` may be used as a link target: `http(s):`, or relative (no scheme). */
export function isSafeUrl(url: string | undefined): url is string {
  return !!url && SAFE_URL.test(url.trim());
}
