import { startCallQueue } from './call-queue';
import type { QueuedCall } from './call-queue';
import { createKit } from './create-kit';
import type { ConsentKit } from './create-kit';
import { COOKIE_DB_FILE, createLazyCookieDb } from './cookie-db-loader';
import { drawFirstLayer } from './first-layer';
import { GPP_FILE, startGppLoader } from './gpp-loader';
import { PARTS_HOOK } from './lazy-parts';
import { createPartLoader } from './part-loader';
import { readConfigBlock } from './read-config';
import { readScriptContext } from './script-context';
import { SCRIPT_TAG_ADAPTERS } from './script-tag-adapters';
import { UI_FILE, startUiLoader } from './ui-loader';

/** The globals the script tag defines (or, for `consentkit`, a page may define first). */
export interface ScriptTagGlobals {
  ConsentKit?: ConsentKit;
  consentkit?: QueuedCall[] | { push(...calls: QueuedCall[]): number };
}

/**
 * What the bundle does when it runs: defines `window.ConsentKit`, initialises it from the JSON
 * block named by `data-config` (synchronously, so gating is on before the next tag), and runs
 * the calls queued in `window.consentkit`. A tag without `data-config` leaves `init(config)` to
 * the page; if the page has not called it by `DOMContentLoaded`, ConsentKit starts fail-closed
 * so that the visitor still gets a banner and nothing is granted.
 *
 * The UI (`consentkit-ui.js`) and the cookie database (`consentkit-cookie-db.js`) are separate
 * files beside the bundle, loaded only on pages that need them; they reach the manager through
 * a private hook on `window.ConsentKit` (see `lazy-parts.ts`).
 *
 * Loading the bundle twice is harmless: the second copy sees `window.ConsentKit` and does nothing.
 */
export function startScriptTag(win: Window & ScriptTagGlobals, doc: Document): void {
  if (win.ConsentKit) return;
  const { configSelector: selector, baseUrl, nonce } = readScriptContext(doc.currentScript);
  const parts = createPartLoader(baseUrl, nonce, doc);
  const cookieDb = createLazyCookieDb(() => parts.load('cookieDb', COOKIE_DB_FILE), win);
  const kit = createKit({
    registry: SCRIPT_TAG_ADAPTERS,
    loadAdapters: (file) => parts.load('adapters', file),
    readConfig: () => (selector === undefined ? undefined : readConfigBlock(doc, selector)),
    cookieDb: cookieDb.classify,
    start(manager, gating) {
      cookieDb.attach(gating);
      startGppLoader(manager, () => parts.load('gpp', GPP_FILE), win);
      // A first visit's banner is drawn now from the template in this file; the UI file follows when idle and takes it over.
      let firstLayer = false;
      let loadUiNow = () => {};
      try {
        firstLayer = drawFirstLayer(manager, doc, nonce, () => loadUiNow());
      } catch (error) {
        console.error('[consentkit] the first layer could not be drawn; the UI file draws it:', error);
      }
      loadUiNow = startUiLoader(manager, () => parts.load('ui', UI_FILE), { assetsUrl: baseUrl, nonce }, cookieDb.now, doc, firstLayer);
    },
  });
  Object.defineProperty(kit, PARTS_HOOK, { value: parts.hook });
  Object.defineProperty(win, 'ConsentKit', { value: kit, enumerable: true });
  if (selector !== undefined) kit.init();
  else if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => kit.init(), { once: true });
  win.consentkit = startCallQueue(kit, win.consentkit);
}
