import type { CookieSignals } from './types';

/** The value of the last `attribute` in a cookie string (the one the browser applies), trimmed. */
const lastAttribute = (write: string, attribute: string) => new RegExp(`.*;\\s*${attribute}\\s*=([^;]*)`, 'i').exec(write)?.[1]?.trim();

/**
 * The signals a `document.cookie` write (or a `Set-Cookie` value) carries: its value, `Path` and lifetime
 * (`Max-Age` wins over `Expires`, RFC 6265bis §5.6.2; no lifetime: a session cookie, `null`). Fields already set in
 * `signals` are kept. Bounded: at most the first 4 KB of the string are read.
 *
 * @example
 * signalsFromWrite({ write: 'uid=8f14e45f; path=/; max-age=31536000' }); // { value: '8f14e45f', path: '/', maxAgeSeconds: 31536000 }
 */
export function signalsFromWrite(signals: CookieSignals, now = Date.now()): CookieSignals {
  const write = typeof signals.write === 'string' ? signals.write.slice(0, 4096) : '';
  if (!write) return signals;
  const maxAge = lastAttribute(write, 'max-age');
  const expires = lastAttribute(write, 'expires');
  const lifetime = maxAge !== undefined && /^-?\d+$/.test(maxAge) ? +maxAge : expires ? (Date.parse(expires) - now) / 1000 : null;
  return {
    value: write
      .slice(write.indexOf('=') + 1)
      .split(';')[0]!
      .trim(),
    path: lastAttribute(write, 'path'),
    maxAgeSeconds: Number.isNaN(lifetime) ? undefined : lifetime,
    ...Object.fromEntries(Object.entries(signals).filter(([, v]) => v !== undefined)),
  };
}
