import { TRACKER_COOKIES } from '@consentkit/core';
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
const isBuiltIn = (name: string) => Object.keys(TRACKER_COOKIES).some((rule) => (rule.endsWith('*') ? name.startsWith(rule.slice(0, -1)) : rule === name));

/**
 * The database is loaded when it is first needed, not on every page:
 * - a cookie nobody knows — not the site's `cookies`, not core's built-in tracker cookies —
 *   is written or found in the jar: loaded once the page has loaded and the browser is idle,
 *   so it costs nothing on the first paint;
 * - the preference center opens, or the page has `<consentkit-preferences>`: `now()`.
 *
 * Until it arrives, and for the whole visit if it never does, the guard still knows the common
 * tracker cookies and the site's own declarations, and an unknown name follows
 * `unknownCookies`: the database only ever adds knowledge, it never grants anything. Once it
 * arrives, gating's cleanup runs again so cookies it now classifies as denied are deleted.
 */
export function createLazyCookieDb(load: () => Promise<CookieClassifier>, win: Window = window): LazyCookieDb {
  let db: CookieClassifier | undefined;
  let gating: GatingHandle | undefined;
  let wanted = false;
  let started = false;
  const now = () => {
    if (started) return;
    started = true;
    load().then(
      (classifier) => {
        db = classifier;
        // Needs core: GatingHandle.cleanUp() (asked of the lead); until then the next consent change cleans up.
        (gating as (GatingHandle & { cleanUp?: () => void }) | undefined)?.cleanUp?.();
      },
      (error: Error) => console.warn(`[consentkit] ${error.message}; the cookie database is not used, known tracker cookies are still gated.`),
    );
  };
  const idle = () => ('requestIdleCallback' in win ? win.requestIdleCallback(now, { timeout: 5000 }) : setTimeout(now, 1));
  return {
    classify(name, setterHost) {
      if (db) return db(name, setterHost);
      if (!wanted && !isBuiltIn(name)) {
        wanted = true;
        if (win.document.readyState === 'complete') idle();
        else win.addEventListener('load', idle, { once: true });
      }
      return undefined;
    },
    now,
    attach: (handle) => void (gating = handle),
  };
}
