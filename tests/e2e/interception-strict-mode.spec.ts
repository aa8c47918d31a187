import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { routeTrackers, settle } from '../fixtures/gating/helpers';

// Strict mode (config `strictMode`), against the built script tag: the paths no script hook
// can reach are refused by the browser (a Content-Security-Policy) before consent, each
// refusal is reported with its URL, and after acceptAll() the page reloads without the policy
// and the same action requests (the positive control).
const PAGE = '/fixtures/interception/strict.html';

// U = a tracker URL carrying the path's id; W(code) = a blob worker running `code`.
const PATHS: Record<string, { code: string; reported: boolean }> = {
  'import() of a tracker module': { code: `import(U + '.js').catch(() => {});`, reported: true },
  "a blob worker's importScripts": { code: `W("try { importScripts('" + U + ".js') } catch (e) {}");`, reported: false },
  "a blob worker's fetch": { code: `W("fetch('" + U + "').catch(() => {})");`, reported: false },
  'iframe.contentWindow.location = pixel URL': {
    code: `const f = document.body.appendChild(document.createElement('iframe')); f.contentWindow.location = U;`,
    reported: true,
  },
  'CSS background-image in an inserted stylesheet': {
    code: `const s = document.createElement('style'); s.textContent = '#probe { background-image: url(' + U + ') }'; document.head.append(s); const d = document.createElement('div'); d.id = 'probe'; d.textContent = 'x'; document.body.append(d);`,
    reported: true,
  },
};

// CK_BUNDLE=<file> serves another build of the script tag in place of dist/ (e.g. one from before a change).
test.beforeEach(async ({ page }) => {
  const bundle = process.env.CK_BUNDLE;
  if (bundle)
    await page.route('**/dist/consentkit/consentkit.min.js', (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync(bundle) }));
});

const run = (page: Page, id: string, code: string) =>
  page.evaluate(`(() => {
    const U = 'https://www.facebook.com/tr/${id}';
    const W = (source) => { window.__w = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' }))); };
    ${code}
  })()`);

test.describe('strict mode: what no hook reaches is refused by the browser until consent', () => {
  let n = 0;
  for (const [name, { code, reported }] of Object.entries(PATHS)) {
    const id = `strict${++n}x`;
    test(name, async ({ page, context }) => {
      // Requests that reached the network (Playwright's request events also list the ones CSP
      // refused in the renderer; a route sees only what was really sent).
      const seen: string[] = [];
      const warnings: string[] = [];
      page.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())));
      await routeTrackers(page);
      await context.route(
        (url) => url.href.includes(id),
        (route) => {
          seen.push(route.request().url());
          return route.fulfill({ status: 204 });
        },
      );
      await page.route(
        (url) => url.href.includes(id),
        (route) => {
          seen.push(route.request().url());
          return route.fallback();
        },
      );
      await page.goto(PAGE);
      await run(page, id, code);
      await settle(page);
      expect(seen, `${name} made a request before consent`).toEqual([]);
      // The report names what was stopped (a cross-origin frame navigation is reported by its origin only).
      if (reported) expect(warnings.find((text) => text.includes('strictMode stopped https://www.facebook.com'))).toBeTruthy();
      // A grant reloads the page: a policy put in force by <meta> cannot be relaxed in place.
      await Promise.all([page.waitForEvent('load'), page.evaluate(() => window.ConsentKit.acceptAll())]);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
      await run(page, id, code);
      await expect.poll(() => seen.length, { message: `${name} made no request after acceptAll()` }).toBeGreaterThan(0);
    });
  }
});

test('strict mode lets the declared hosts through before consent; the hooks still hold trackers', async ({ page }) => {
  const seen: string[] = [];
  page.on('request', (request) => void (/cdn\.example\.test|facebook/.test(request.url()) && seen.push(new URL(request.url()).host)));
  await routeTrackers(page, { 'cdn.example.test/': { name: 'cdn' } });
  await page.goto(PAGE);
  await page.evaluate((url) => import(url), 'https://cdn.example.test/lib.js');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran)).toEqual(['cdn']);
  expect(seen).toEqual(['cdn.example.test']);
});

test('strict mode is off by default: no policy on an ordinary page', async ({ page }) => {
  await page.goto('/fixtures/interception/page.html');
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
});
