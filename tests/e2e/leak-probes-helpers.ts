import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { routeTrackers, settle } from '../fixtures/gating/helpers';
import { editPage } from './script-tag-helpers';

/**
 * Helpers of tests/e2e/leak-probes.spec.ts (not a spec: it defines tests only when a spec calls
 * `requestProbes`, `writeProbes`, `parseProbes` or `strictProbes` with its table of probes).
 */

/**
 * The page the probes run on: ConsentKit's script tag first in `<head>`, FR (opt-in), no
 * decision, `blockRules` "127.0.0.1/vendor" → analytics (a tracker on the site's own origin,
 * for what must be same-origin: workers, service workers, SVG `<use>`).
 */
export const PAGE = '/fixtures/interception/page.html';
/** A same-origin page without ConsentKit: a frame that loads it has fresh, unguarded natives. */
export const BLANK = '/fixtures/leak-probes/blank.html';

/**
 * CK_BUNDLE=<file> serves another build of the script tag in place of dist/ (one from before a
 * change, to see the probes fail on it), as tests/e2e/interception-paths.spec.ts does.
 */
export async function serveBundle(page: Page): Promise<void> {
  const bundle = process.env.CK_BUNDLE;
  if (bundle)
    await page.route('**/dist/consentkit/consentkit.min.js', (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync(bundle) }));
}

/**
 * The names a probe's code can use: ID = the probe's id, U = a tracker pixel URL (Meta `/tr`), S = a tracker script
 * URL (Meta's loader host), G = a Google Analytics collect URL, V = a same-origin tracker URL
 * (under `/vendor/`), B = the first-party page without ConsentKit, F() = a fresh same-origin
 * `about:blank` iframe (appended), wait(ms), loaded(frame) = a promise of the frame's `load`.
 * Every URL carries `id`, which is how a probe's requests are told apart.
 */
export const probePrelude = (id: string) => `
  const ID = '${id}';
  const U = 'https://www.facebook.com/tr?p=${id}';
  const S = 'https://connect.facebook.net/${id}.js';
  const G = 'https://www.google-analytics.com/g/collect?v=2&tid=${id}';
  const V = '/vendor/${id}.js';
  const B = '${BLANK}';
  const F = () => document.body.appendChild(document.createElement('iframe'));
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const loaded = (frame) => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
`;

/**
 * Runs a probe's code (an async function body) in the page. Resolves to '' or to the error it
 * threw (a constructor that throws `SecurityError` is what blocking looks like for some paths).
 */
export const runProbe = (page: Page, id: string, code: string): Promise<string> =>
  page.evaluate(`(async () => {
    ${probePrelude(id)}
    try {
      ${code}
    } catch (error) {
      return String(error);
    }
    return '';
  })()`);

/**
 * Every request that carries `id` in its URL, from any page, frame, popup, worker or service
 * worker of the context, and every WebSocket the page opens to such a URL: what left the
 * browser for the tracker. (Playwright also reports requests a Content-Security-Policy refused
 * in the renderer: on a page in strict mode, `strictProbes` records what reached a route instead.)
 */
export function watchRequests(context: BrowserContext, page: Page, id: string): string[] {
  const seen: string[] = [];
  context.on('request', (request) => void (request.url().includes(id) && seen.push(request.url())));
  page.on('websocket', (socket) => void (socket.url().includes(id) && seen.push(socket.url())));
  return seen;
}

/**
 * Serves the same-origin tracker stand-ins under `/vendor/<id>…` that the real server does not
 * have: JavaScript for scripts and workers (so a service worker registration succeeds), an SVG
 * sprite for `<use>`.
 */
export async function routeVendor(context: BrowserContext): Promise<void> {
  await context.route(/\/vendor\/[^/]*x[.?]/, (route) => {
    const svg = route.request().url().includes('.svg');
    return route.fulfill({
      contentType: svg ? 'image/svg+xml' : 'text/javascript',
      body: svg ? '<svg xmlns="http://www.w3.org/2000/svg"><symbol id="dot"><circle r="1" /></symbol></svg>' : '/* stand-in */',
    });
  });
}

/** The cookie names the next same-origin request of the page carries in its `Cookie` header (what the server sees). */
export async function sentCookieNames(page: Page): Promise<string[]> {
  const [request] = await Promise.all([page.waitForRequest((r) => r.url().includes('/__health?cookies')), page.evaluate(() => fetch('/__health?cookies'))]);
  const header = (await request.allHeaders())['cookie'] ?? '';
  return header
    .split(';')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => pair.split('=')[0]!)
    .sort();
}

/** Keys of both Web Storage areas of the page, read natively (`Object.keys`), sorted. */
export const storageKeys = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...Object.keys(localStorage).map((k) => `local:${k}`), ...Object.keys(sessionStorage).map((k) => `session:${k}`)].sort());

/** A probe: its code, and whether the same code requests (or writes) after "Accept all" (default: it does). */
export type RequestProbe = { code: string; control?: boolean };

/**
 * One test per probe: the code runs before any choice and nothing carrying its id leaves the
 * browser; then, unless `control` is false, "Accept all" and the same code requests (the
 * positive control: the path really requests, so the test can fail).
 */
export function requestProbes(title: string, probes: Record<string, RequestProbe>): void {
  test.describe(title, () => {
    let n = 0;
    for (const [name, { code, control }] of Object.entries(probes)) {
      const id = `leak${++n}x`;
      test(name, async ({ page, context }) => {
        const seen = watchRequests(context, page, id);
        await routeTrackers(page);
        await routeVendor(context);
        await page.goto(PAGE);
        const result = await runProbe(page, id, code);
        await settle(page);
        expect(seen, `${name} made a request before consent (${result})`).toEqual([]);
        if (control === false) return;
        await page.evaluate(() => window.ConsentKit.acceptAll());
        await runProbe(page, id, code);
        await expect.poll(() => seen.length, { message: `${name} made no request after acceptAll()` }).toBeGreaterThan(0);
      });
    }
  });
}

/** Tracker cookies in the browser's jar, the `Cookie` header of a later request and tracker storage keys: what a write probe must not leave. */
async function trackerTraces(page: Page, context: BrowserContext): Promise<string[]> {
  const trackers = /^(_ga|_fbp)$/;
  return [
    ...(await context.cookies()).map((c) => c.name).filter((name) => trackers.test(name)),
    ...(await sentCookieNames(page)).filter((name) => trackers.test(name)).map((name) => `header:${name}`),
    ...(await storageKeys(page)).filter((key) => key.endsWith(':_hjid')),
  ];
}

/**
 * One test per probe that writes a known tracker cookie (`_ga`, `_fbp`) or storage key (`_hjid`):
 * before any choice nothing of it is stored (the jar, the `Cookie` header the server receives,
 * both storage areas, read natively); after "Accept all", unless `control` is false, the same code
 * stores it (the positive control).
 */
export function writeProbes(title: string, probes: Record<string, RequestProbe>): void {
  test.describe(title, () => {
    for (const [name, { code, control }] of Object.entries(probes)) {
      test(name, async ({ page, context }) => {
        await page.goto(PAGE);
        expect(await runProbe(page, 'w', code)).toBe('');
        // Past the start-up storage cleanup, which would hide a key written before it.
        await settle(page);
        expect(await trackerTraces(page, context), `${name} left a tracker cookie or key before consent`).toEqual([]);
        if (control === false) return;
        await page.evaluate(() => window.ConsentKit.acceptAll());
        expect(await runProbe(page, 'w', code)).toBe('');
        expect((await trackerTraces(page, context)).length, `${name} wrote nothing after acceptAll()`).toBeGreaterThan(0);
      });
    }
  });
}

/** A page in strict mode (`strictMode: { allow: ["cdn.example.test"] }`), FR, no decision. */
export const STRICT = '/fixtures/interception/strict.html';

/**
 * One test per probe that no hook reaches: in strict mode (the browser-enforced policy) nothing
 * carrying its id reaches a route before consent; on the same site without strict mode the same
 * code does (the control: the path really requests, and only the policy stops it).
 */
export function strictProbes(title: string, probes: Record<string, string>): void {
  test.describe(title, () => {
    let n = 0;
    for (const [name, code] of Object.entries(probes)) {
      const id = `strict${++n}p`;
      test(name, async ({ page, context }) => {
        const reached: string[] = [];
        await routeTrackers(page);
        await context.route(
          (url) => url.href.includes(id),
          (route) => {
            reached.push(route.request().url());
            return route.fulfill({ status: 204 });
          },
        );
        await page.route(
          (url) => url.href.includes(id),
          (route) => {
            reached.push(route.request().url());
            return route.fallback();
          },
        );
        await page.goto(STRICT);
        await runProbe(page, id, code);
        await settle(page);
        expect(reached, `${name} reached the network in strict mode before consent`).toEqual([]);
        await page.goto(PAGE);
        await runProbe(page, id, code);
        await expect.poll(() => reached.length, { message: `${name} made no request without strict mode either` }).toBeGreaterThan(0);
      });
    }
  });
}

/**
 * One test per probe that runs as an inline script right after ConsentKit's tag, while the
 * parser is in `<head>` (the same task as ConsentKit's start): no request with its id, no
 * cookie, no storage key before consent; what it tried is released after "Accept all".
 */
export function parseProbes(title: string, probes: Record<string, string>): void {
  test.describe(title, () => {
    let n = 0;
    for (const [name, code] of Object.entries(probes)) {
      const id = `parse${++n}x`;
      test(name, async ({ page, context }) => {
        const seen = watchRequests(context, page, id);
        await routeTrackers(page);
        await editPage(page, PAGE, (html) => html.replace('<!-- page code -->', `<script>(() => { ${probePrelude(id)} ${code} })();</script>`));
        await page.goto(PAGE);
        await settle(page);
        expect(seen, `${name}: a request before consent`).toEqual([]);
        expect((await context.cookies()).map((c) => c.name)).toEqual([]);
        expect(await storageKeys(page)).toEqual([]);
        await page.evaluate(() => window.ConsentKit.acceptAll());
        await expect.poll(() => seen.length, { message: `${name}: nothing was released after acceptAll()` }).toBeGreaterThan(0);
      });
    }
  });
}

/** A markup probe: HTML put where page code goes in `<head>` ({S}, {U} and {ID} replaced), optional config members and page code run once the page has loaded. */
export type MarkupProbe = { html: string; config?: string; before?: string };

/**
 * One test per probe of the documented gating markup: the page is served with `html` in its
 * `<head>` (the parser moves embeds to the body) and `config` added to its config; once it has
 * loaded, `before` runs (page code: a lazy loader, a partial grant). Nothing carrying its id
 * leaves the browser; after "Accept all" it does (the markup runs or loads).
 */
export function markupProbes(title: string, probes: Record<string, MarkupProbe>): void {
  test.describe(title, () => {
    let n = 0;
    for (const [name, { html, config = '', before = '' }] of Object.entries(probes)) {
      const id = `markup${++n}x`;
      test(name, async ({ page, context }) => {
        const seen = watchRequests(context, page, id);
        await routeTrackers(page);
        const markup = html
          .replaceAll('{S}', `https://connect.facebook.net/${id}.js`)
          .replaceAll('{U}', `https://www.facebook.com/tr?p=${id}`)
          .replaceAll('{ID}', id);
        await editPage(page, PAGE, (text) => text.replace('<!-- page code -->', markup).replace('"blockRules"', `${config} "blockRules"`));
        await page.goto(PAGE);
        await settle(page);
        expect(await runProbe(page, id, before)).toBe('');
        await settle(page);
        expect(seen, `${name}: a request before consent`).toEqual([]);
        await page.evaluate(() => window.ConsentKit.acceptAll());
        await expect.poll(() => seen.length, { message: `${name}: nothing ran or loaded after acceptAll()` }).toBeGreaterThan(0);
      });
    }
  });
}
