import { createCookieCategorizer, createNameMatcher } from './cookie-rules';
import { patchProperty } from './patch-property';
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
 * intercepted; the cleanup deletes them on every consent change and at start. Returns the stop function.
 */
export function installStorageGuard(win: Window, isDenied: (key: string) => boolean): () => void {
  const restore = patchProperty(
    (win as Window & typeof globalThis).Storage.prototype,
    'setItem',
    ({ value: setItem }) =>
      typeof setItem === 'function' && {
        value(this: Storage, ...args: unknown[]) {
          // String(key) as the browser does; bad arguments reach the native method and throw there.
          if (!isDenied(String(args[0]))) return setItem.apply(this, args);
        },
      },
  );
  return () => restore?.();
}
