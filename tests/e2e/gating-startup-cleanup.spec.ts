import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { PAGE, consentValue, recordCookieHeaders, withPageCode } from './consent-integrity-helpers';

// The start-up cleanup of a returning visitor's leftovers (docs/gating.md, "Cleanup on refusal and
// withdrawal"): denied cookies are deleted before any script after consentkit.min.js runs, so no
// request of the page carries them; denied Web Storage keys are deleted after the first paint, or
// at once when page code uses Web Storage before that.

/**
 * A returning visitor who refused analytics and allowed targeting, with leftovers of an earlier
 * visit: analytics' `_ga` cookie and Hotjar keys in both storage areas (denied), targeting's
 * `_fbp` cookie and `_gcl_ls` key and the site's `cart` (kept).
 */
async function returningVisitor(page: Page, context: BrowserContext, baseURL: string): Promise<void> {
  const url = new URL('/', baseURL).href;
  await context.addCookies([
    { name: 'consentkit', value: consentValue({ analytics: false, targeting: true, daysAgo: 1, method: 2 }), url },
    { name: '_ga', value: 'GA1.1.111.222', url },
    { name: '_fbp', value: 'fb.1.333', url },
  ]);
  // Stored by an earlier page of the site (sessionStorage lives on in this tab).
  await page.goto('/__health');
  await page.evaluate(() => {
    localStorage.setItem('_hjid', 'old');
    localStorage.setItem('_gcl_ls', 'gcl');
    localStorage.setItem('cart', '1 item');
    sessionStorage.setItem('_hjSession_1', 'old');
  });
}

/** Keys of both storage areas, enumerated without Storage's methods (which the storage guard watches). */
const storedKeys = (page: Page) =>
  page.evaluate(() => [...Object.keys(localStorage).map((k) => `local:${k}`), ...Object.keys(sessionStorage).map((k) => `session:${k}`)].sort());

const early = <T>(page: Page) => page.evaluate(() => (window as unknown as { __early: unknown }).__early) as Promise<T>;

test('a refused category: its cookie is gone before the next script and from requests made while parsing, its storage keys by the time the page has loaded', async ({
  page,
  context,
  baseURL,
}) => {
  await returningVisitor(page, context, baseURL!);
  const headers = recordCookieHeaders(page);
  // The first script after ConsentKit: what it sees, and a request it makes while the page is parsed.
  await withPageCode(page, `window.__early = { cookie: document.cookie }; fetch('/__health?while-parsing');`);
  await page.goto(PAGE);
  const { cookie } = await early<{ cookie: string }>(page);
  expect(cookie).not.toContain('_ga=');
  expect(cookie).toContain('_fbp=');
  const request = (await headers()).find((h) => h.path === '/__health?while-parsing');
  expect(request?.names.sort()).toEqual(['_fbp', 'consentkit']);
  // The storage keys of the refused category go without any page code touching Web Storage:
  // after the first paint, by the load event at the latest (page.goto waits for it).
  expect(await storedKeys(page)).toEqual(['local:_gcl_ls', 'local:cart']);
  expect((await context.cookies()).map((c) => c.name).sort()).toEqual(['_fbp', 'consentkit']);
  expect(await page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran)).toEqual(['targeting']);
});

test('page code that reads Web Storage before the first paint finds the refused keys already deleted; its write of one is held', async ({
  page,
  context,
  baseURL,
}) => {
  await returningVisitor(page, context, baseURL!);
  await withPageCode(
    page,
    `window.__early = {
      hjid: localStorage.getItem('_hjid'),
      session: sessionStorage.getItem('_hjSession_1'),
      gcl: localStorage.getItem('_gcl_ls'),
      keys: Object.keys(localStorage).sort(),
    };
    localStorage.setItem('_hjid', 'new');`,
  );
  await page.goto(PAGE);
  expect(await early(page)).toEqual({ hjid: null, session: null, gcl: 'gcl', keys: ['_gcl_ls', 'cart'] });
  expect(await storedKeys(page)).toEqual(['local:_gcl_ls', 'local:cart']);
});
