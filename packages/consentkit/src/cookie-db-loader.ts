import { TRACKER_COOKIES } from '@consentkit/core';
import { createNameMatcher } from '@consentkit/core/internal';
import type { CookieClassifier, GatingHandle } from '@consentkit/core';

/** The file beside `consentkit.min.js` with the cookie database and its matching engine. */
export const COOKIE_DB_FILE = 'consentkit-cookie-db.js';

/** The Open Cookie Database for the script tag, loaded only when a page needs it (issue 7). */
export interface LazyCookieDb {
  /** Goes into `config.cookieDb`. Answers `undefined` (unknown) until the database has arrived. */
  readonly classify: CookieClassifier;
  /** Loads the database now (once): the preference center is opening. */
  now(): void;
  /** The gating whose cleanup runs again once the database has arrived. */
  attach(gating: GatingHandle | undefined): void;
}

/** Whether a name is one of core's built-in tracker cookies (`name` or `prefix*`), which the guard knows without the database. */
const isBuiltIn = createNameMatcher(TRACKER_COOKIES);

/**
 * The database is loaded when it is first needed, not on every page:
 * - a cookie nobody knows — not the site's `cookies`, not core's built-in tracker cookies —
 *   is written or found in the jar: loaded once the page has loaded and the browser is idle,
 *   so it costs nothing on the first paint;
 * - the preference center opens, or the page has `<consentkit-preferences>`: `now()`.
 *
 * Until it has settled, `classify.pending` is true: gating then holds writes of cookies nobody
 * knows (a quarantine the page's own `document.cookie` reads still show; the browser stores
 * nothing and sends nothing) while any category is denied. Once it arrives, or fails to, gating's
 * `cleanUp()` runs again: held cookies are written (necessary, granted, or still unknown under
 * `unknownCookies: "allow"`) or dropped (denied), and stored cookies it now classifies as
 * denied are deleted. The database only ever adds knowledge, it never grants anything.
 */
export function createLazyCookieDb(load: () => Promise<CookieClassifier>, win: Window = window): LazyCookieDb {
  let db: CookieClassifier | undefined;
  let gating: GatingHandle | undefined;
  let wanted = false;
  let started = false;
  let pending = true;
  const settle = (classifier?: CookieClassifier) => {
    db = classifier;
    pending = false;
    gating?.cleanUp();
  };
  const now = () => {
    if (started) return;
    started = true;
    load().then(settle, (error: Error) => {
      console.warn(`[consentkit] ${error.message}; the cookie database is not used, known tracker cookies are still gated.`);
      settle();
    });
  };
  const idle = () => ('requestIdleCallback' in win ? win.requestIdleCallback(now, { timeout: 5000 }) : setTimeout(now, 1));
  const classify = ((name, setterHost, signals) => {
    // The write's signals (value, path, lifetime) go on: the database weighs them for unknown names.
    if (db) return db(name, setterHost, signals);
    if (!wanted && !isBuiltIn(name)) {
      wanted = true;
      if (win.document.readyState === 'complete') idle();
      else win.addEventListener('load', idle, { once: true });
    }
    return undefined;
  }) as CookieClassifier;
  Object.defineProperty(classify, 'pending', { get: () => pending });
  return {
    classify,
    now,
    attach: (handle) => void (gating = handle),
  };
}
