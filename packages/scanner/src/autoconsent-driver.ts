import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';

/** What autoconsent reported during one visit. */
export interface AutoconsentSession {
  /** The consent tool autoconsent recognised (its rule name, e.g. `cookieconsent3`), if any. */
  readonly detected: string | null;
  /** When the banner was found (ms since the epoch): autoconsent clicks right after. */
  readonly popupAt: number | null;
  /** `true`/`false` once autoconsent reported the result of its opt-in or opt-out clicks. */
  readonly result: boolean | null;
  /** Injects the content script into the page's frames (after the navigation committed). */
  inject(): Promise<void>;
  /** Stops injecting into frames that navigate later (e.g. after a reload). */
  detach(): void;
  /** Resolves when `test` is true or after `ms`, whichever comes first; returns `test()`. */
  until(test: () => boolean, ms: number): Promise<boolean>;
}

/** Drives consent banners of other tools with DuckDuckGo's autoconsent rules (MPL-2.0). */
export interface AutoconsentDriver {
  /** Prepares `page` before its navigation; `action` null only detects the tool. */
  attach(page: Page, action: 'optIn' | 'optOut' | null): Promise<AutoconsentSession>;
}

interface Message {
  type: string;
  cmp?: string;
  result?: boolean;
  id?: string;
  code?: string;
}

/**
 * Loads autoconsent's page script (the bundle it ships for Playwright) and its full rule set
 * (opt-in steps included) once per scan. The script runs in the page and talks to the scanner
 * through an exposed binding: `init` → the rules and config, `eval` → run code in the frame,
 * then `cmpDetected`, `popupFound`, `optInResult`/`optOutResult`.
 */
export async function createAutoconsentDriver(): Promise<AutoconsentDriver> {
  const require = createRequire(import.meta.url);
  // The package exports only its rules; its Playwright bundle sits beside them in dist/.
  const rulesPath = require.resolve('@duckduckgo/autoconsent/rules/rules.json');
  const [script, rules] = await Promise.all([
    readFile(join(dirname(rulesPath), '..', 'dist', 'autoconsent.playwright.js'), 'utf8'),
    readFile(rulesPath, 'utf8'),
  ]);
  return {
    async attach(page, action) {
      let detected: string | null = null;
      let popupAt: number | null = null;
      let result: boolean | null = null;
      let attached = true;
      const initResp = `autoconsentReceiveMessage({ type: "initResp", rules: ${rules}, config: ${JSON.stringify({
        enabled: true,
        autoAction: action,
        disabledCmps: [],
        // Real clicks only: cosmetic rules merely hide a banner, which is no choice.
        enablePrehide: false,
        enableCosmeticRules: false,
        detectRetries: 20,
        logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
      })} })`;
      const reply = (frame: Frame, code: string) => frame.evaluate(code).catch(() => undefined);
      await page.exposeBinding('autoconsentSendMessage', async ({ frame }: { frame: Frame }, msg: Message) => {
        switch (msg.type) {
          case 'init':
            await reply(frame, initResp);
            break;
          case 'eval': {
            let value: unknown = false;
            try {
              value = await frame.evaluate(msg.code ?? 'false');
            } catch {
              // The rule's check failed in the page: it answers false, as in the extension.
            }
            await reply(frame, `autoconsentReceiveMessage({ id: ${JSON.stringify(msg.id)}, type: "evalResp", result: ${JSON.stringify(value ?? null)} })`);
            break;
          }
          case 'cmpDetected':
            detected ??= msg.cmp ?? null;
            break;
          case 'popupFound':
            detected ??= msg.cmp ?? null;
            popupAt ??= Date.now();
            break;
          case 'optInResult':
          case 'optOutResult':
            result = msg.result === true;
            break;
        }
      });
      const inject = (frame: Frame) => (attached ? frame.evaluate(script).catch(() => undefined) : Promise.resolve());
      page.on('framenavigated', (frame) => void inject(frame));
      return {
        get detected() {
          return detected;
        },
        get popupAt() {
          return popupAt;
        },
        get result() {
          return result;
        },
        async inject() {
          await Promise.all(page.frames().map(inject));
        },
        detach() {
          attached = false;
        },
        async until(test, ms) {
          const end = Date.now() + ms;
          while (!test() && Date.now() < end && !page.isClosed()) await new Promise((r) => setTimeout(r, 100));
          return test();
        },
      };
    },
  };
}
