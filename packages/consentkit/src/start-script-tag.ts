import { startCallQueue } from './call-queue';
import type { QueuedCall } from './call-queue';
import { createConsentKit } from './consent-kit';
import type { ConsentKit } from './consent-kit';
import { readConfigBlock } from './read-config';
import { readScriptContext } from './script-context';

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
 * Loading the bundle twice is harmless: the second copy sees `window.ConsentKit` and does nothing.
 */
export function startScriptTag(win: Window & ScriptTagGlobals, doc: Document): void {
  if (win.ConsentKit) return;
  const context = readScriptContext(doc.currentScript);
  const selector = context.configSelector;
  const kit = createConsentKit({
    assetsUrl: context.baseUrl,
    nonce: context.nonce,
    readConfig: () => (selector === undefined ? undefined : readConfigBlock(doc, selector)),
  });
  Object.defineProperty(win, 'ConsentKit', { value: kit, enumerable: true });
  if (selector !== undefined) kit.init();
  else if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => kit.init(), { once: true });
  win.consentkit = startCallQueue(kit, win.consentkit);
}
