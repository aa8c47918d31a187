import type { ConsentAdapter, ConsentManager, CookieClassifier, GppOptions } from '@consentkit/core';

/**
 * The private hand-over between `consentkit.min.js` and the files it loads on demand
 * (`consentkit-ui.js`, `consentkit-cookie-db.js`). The main bundle puts a function under this
 * key on `window.ConsentKit` (non-enumerable); a lazily loaded file calls it with what it brings,
 * so it uses the page's one consent manager instead of creating a second one.
 * `Symbol.for` gives the same key in separately built files; the trailing number is the
 * protocol version, so a stale cached file from an incompatible release finds no hook, says
 * so on the console and does nothing (fail closed: nothing is granted by a file that is missing).
 */
export const PARTS_HOOK: unique symbol = Symbol.for('consentkit.parts.1') as never;

/** Where the UI's lazily loaded texts come from and how its fallback `<style>` is allowed by CSP. */
export interface UiAssets {
  /** Directory of the bundle; `i18n/<lang>.json` is fetched from here. */
  assetsUrl?: string;
  nonce?: string;
}

/** Mounts the banner, preference center and placeholders; resolves once they are on the page. */
export type UiStarter = (manager: ConsentManager, assets: UiAssets) => Promise<void>;

/** Builds an adapter from the plain JSON options of `config.adapters.<name>`; throws a `ConsentConfigError` on a bad option. */
export type AdapterFactory = (options: Record<string, unknown>) => ConsentAdapter;

/** What a lazily loaded file hands over. */
export interface LazyParts {
  ui?: UiStarter;
  cookieDb?: CookieClassifier;
  /** The GPP plug-in (`consentkit-gpp.js`): creates the adapter that takes over the `__gpp` stub. */
  gpp?: (options?: GppOptions) => ConsentAdapter;
  /** An adapter part (`consentkit-adapter-<vendor>.js`): its factories by `config.adapters` key. */
  adapters?: Readonly<Record<string, AdapterFactory>>;
}

/** The function under `PARTS_HOOK`. */
export type PartsHook = (parts: LazyParts) => void;

/**
 * Called by a lazily loaded file when it runs: gives `parts` to the main bundle. Without the
 * hook (the file was loaded on its own, or by another ConsentKit version) it logs one error
 * naming `file` and does nothing.
 */
export function registerParts(parts: LazyParts, file: string): void {
  const hook = (window as { ConsentKit?: { [PARTS_HOOK]?: PartsHook } }).ConsentKit?.[PARTS_HOOK];
  if (typeof hook === 'function') hook(parts);
  else console.error(`[consentkit] ${file} is loaded by consentkit.min.js of the same version; loaded on its own it does nothing.`);
}
