import type { LazyParts, PartsHook } from './lazy-parts';

/** Loads the files beside `consentkit.min.js` that hand over a part through `PARTS_HOOK`. */
export interface PartLoader {
  /** Goes under `PARTS_HOOK` on `window.ConsentKit`. The first registration of a part wins. */
  readonly hook: PartsHook;
  /**
   * Resolves with part `key` once `file` has run (loading it at most once); rejects with an
   * error naming the file's URL when it cannot be loaded or did not register the part.
   */
  load<K extends keyof LazyParts>(key: K, file: string): Promise<NonNullable<LazyParts[K]>>;
}

/**
 * Creates the loader. Each file is inserted as `<script async>` with the nonce of the script
 * tag that loaded ConsentKit (read from its `nonce` property at start-up), so a strict
 * `script-src 'nonce-…'` policy allows it without `'unsafe-inline'` or a wider allow-list.
 * Without `baseUrl` (the bundle did not come from a `<script src>`) nothing can be located:
 * `load` rejects, and whatever waited for the part stays as it is — nothing is granted by it.
 */
export function createPartLoader(baseUrl: string | undefined, nonce: string | undefined, doc: Document = document): PartLoader {
  const parts: LazyParts = {};
  const loading = new Map<string, Promise<unknown>>();
  return {
    hook(given) {
      parts.ui ??= given.ui;
      parts.cookieDb ??= given.cookieDb;
      parts.gpp ??= given.gpp;
      // Each adapter part adds its vendors; a vendor registered first stays.
      if (given.adapters) parts.adapters = { ...given.adapters, ...parts.adapters };
    },
    load(key, file) {
      let promise = loading.get(file);
      if (!promise) {
        promise = new Promise((resolve, reject) => {
          // Several files register adapters: only this file's own run can answer for it.
          if (parts[key] && key !== 'adapters') return resolve(parts[key]);
          if (!baseUrl) return reject(new Error(`${file} cannot be located: consentkit.min.js was not loaded by a <script src> tag`));
          const url = new URL(file, baseUrl).href;
          const script = doc.createElement('script');
          script.src = url;
          script.async = true;
          if (nonce) script.nonce = nonce;
          // The file runs (and registers) before its load event fires.
          script.onload = () => (parts[key] ? resolve(parts[key]) : reject(new Error(`${url} did not register (is it from the same ConsentKit release?)`)));
          script.onerror = () => reject(new Error(`${url} could not be loaded`));
          (doc.head ?? doc.documentElement).append(script);
        });
        loading.set(file, promise);
      }
      return promise as Promise<NonNullable<LazyParts[typeof key]>>;
    },
  };
}
