/**
 * Who set each cookie, for the cookie database's `setter-host` signal (docs/cookie-classification.md): a cookie no
 * rule knows by name is still classified when a known vendor's script or server set it.
 *
 * - Scripts: `recordCookieSetters` runs in the page before any of its scripts (a Playwright init script) and wraps the
 *   `document.cookie` setter to note, per cookie name, the URL of the script writing it — `document.currentScript`, else
 *   the first script URL on the call stack (a vendor's callback or timer has no current script). It only observes: the
 *   write goes through unchanged, to whatever setter was there (a consent tool's guard included).
 * - Servers: `cookieNamesFromSetCookie` reads the names out of a response's `Set-Cookie` header lines; the response's
 *   URL is the setter.
 *
 * The first setter seen for a name is kept. Unknown stays unknown: a setter that is the site itself says nothing.
 */

/** Name of the page global the init script fills: cookie name → setter URL. */
export const COOKIE_SETTERS_GLOBAL = '__consentkitScanCookieSetters';

/**
 * The init script: wraps `Document.prototype.cookie`'s setter on `win` to record setters into
 * `win[COOKIE_SETTERS_GLOBAL]`. Self-contained (Playwright serialises it into the page); never throws into the page.
 */
export function recordCookieSetters(globalName: string, win: Window & typeof globalThis = window): void {
  try {
    // The object that defines `cookie` (Document.prototype in Chromium; another prototype in other DOMs).
    let proto: object | null = win.document;
    while (proto && !Object.getOwnPropertyDescriptor(proto, 'cookie')) proto = Object.getPrototypeOf(proto);
    if (!proto) return;
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'cookie');
    const set = descriptor?.set;
    if (!descriptor || !set || !descriptor.get) return;
    const setters: Record<string, string> = Object.create(null);
    Object.defineProperty(win, globalName, { value: setters, configurable: true });
    Object.defineProperty(proto, 'cookie', {
      configurable: true,
      enumerable: descriptor.enumerable,
      get: descriptor.get,
      set(this: Document, value: string) {
        try {
          const text = String(value);
          const name = text.slice(0, text.search(/=|;|$/)).trim();
          if (name && !(name in setters)) {
            const current = (win.document.currentScript as HTMLScriptElement | null)?.src;
            // Frames name their script: `at f (https://ads.example/tag.js:1:20)` or `f@https://ads.example/tag.js:1:20`.
            const url = current || String(new Error().stack).match(/https?:\/\/[^\s()'"]+?(?=:\d+:\d+)/)?.[0];
            if (url) setters[name] = url;
          }
        } catch {
          // Recording is best effort; the write itself must never fail because of it.
        }
        set.call(this, value);
      },
    });
  } catch {
    // A page that froze Document.prototype: no setters recorded, cookies are classified by name and domain.
  }
}

/** Cookie names set by a `Set-Cookie` header value (one cookie per line, as the DevTools protocol joins them). */
export function cookieNamesFromSetCookie(header: string): string[] {
  const names: string[] = [];
  for (const line of header.split('\n')) {
    const equals = line.indexOf('=');
    const name = (equals < 0 ? '' : line.slice(0, equals)).trim();
    if (name && !/[;\s]/.test(name)) names.push(name);
  }
  return names;
}
