import { createCookieCategorizer, createNameMatcher } from './cookie-rules';
import { patchMethod } from './patch-property';
import type { Category, ResolvedConfig } from '../types';

/** Says which category a localStorage / sessionStorage key belongs to; `undefined` = unknown. */
export type StorageCategorizer = (key: string) => Category | undefined;

/**
 * Classifies storage keys like cookies, because trackers keep the same ids in both (`_hjid`,
 * `amp_*`, `_gcl_ls`, `mp_*`, `ajs_*`): first the site's `config.storage`, then its
 * `config.cookies`, then `config.cookieDb` once it has loaded (a storage key never triggers
 * loading it), then the built-in tracker names. ConsentKit's own keys
 * (`<cookie name>:…`, e.g. `consentkit:outbox`) are `necessary`.
 */
export function createStorageCategorizer(
  config: Pick<ResolvedConfig, 'storage' | 'cookies' | 'cookieDb' | 'cookie'>,
  builtIn?: Readonly<Record<string, Category>>,
): StorageCategorizer {
  const site = createNameMatcher(config.storage);
  const db = config.cookieDb;
  const cookies = createCookieCategorizer({ cookies: config.cookies, cookieDb: db && ((name) => (db.pending ? undefined : db(name))) }, builtIn);
  const own = `${config.cookie.name}:`;
  return (key) => (key.startsWith(own) ? 'necessary' : (site(key) ?? cookies(key)));
}

/**
 * Guards `Storage.prototype.setItem` (localStorage and sessionStorage): a key whose category is
 * denied is not stored; the call returns as if it had been (page code does not break), and
 * `getItem` answers `null`, as in a browser that keeps nothing. Unknown keys are the site's own
 * and go through. Writes that bypass `setItem` (`localStorage.key = value`) cannot be
 * intercepted; the cleanup deletes them on every consent change and at start.
 *
 * `beforeUse` runs first on every `setItem`, and on `getItem` and `key()` until the first such
 * read: gating passes the deferred start-up cleanup's `flush` (storage-cleanup.ts), so code that
 * reads or writes Web Storage through them before that cleanup ran finds the denied keys already
 * deleted (`length` alone tells a count, no key or value). After that first read the cleanup has
 * run, and `getItem` / `key()` are given back to the page unwrapped: reads are the page's hot path.
 * Reads that bypass them (`localStorage._hjid`, `Object.keys(localStorage)`) cannot be intercepted.
 * Returns the stop function.
 */
export function installStorageGuard(win: Window, isDenied: (key: string) => boolean, beforeUse?: () => void): () => void {
  const restores = ['setItem', 'getItem', 'key'].map(
    (name, read) =>
      (!read || beforeUse) &&
      patchMethod(
        (win as Window & typeof globalThis).Storage.prototype,
        name,
        (method) =>
          function (this: Storage, ...args: unknown[]) {
            beforeUse?.();
            // A read: the pending cleanup has run now, so both reads go back to the page unwrapped.
            if (read) restores.slice(1).forEach((restore) => restore && restore());
            // String(key) as the browser does, once: the native gets the key judged, so a key whose
            // `toString` names a tracker key the second time cannot get past. Bad arguments reach
            // the native method and throw there.
            else if (args.length && isDenied((args[0] = String(args[0])))) return;
            return method.apply(this, args);
          },
      ),
  );
  return () => restores.forEach((restore) => restore && restore());
}
