import { expect, test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { bannerButton, editPage, ran, recordErrors, settle } from './script-tag-helpers';

// The script tag's lazily loaded files beside consentkit.min.js: consentkit-ui.js (banner,
// preference center, placeholders) and consentkit-cookie-db.js (cookie database). Each is
// requested only on a page that needs it; a missing one leaves consent as it is.
const HOME = '/examples/script-tag/index.html';
const US = '/examples/us-opt-out/index.html';
const CSP = '/examples/strict-csp/index.html';
const UI = 'consentkit-ui.js';
const DB = 'consentkit-cookie-db.js';

/** File names of the lazily loaded scripts the page requested, in order. */
function recordLazyFiles(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const match = /\/dist\/consentkit\/(consentkit-[a-z-]+\.js)$/.exec(new URL(request.url()).pathname);
    if (match) seen.push(match[1]!);
  });
  return seen;
}

/** The consent cookie of a visitor who chose "Accept all" on `url` (in a throw-away context). */
async function decidedCookies(browser: Browser, baseURL: string, url: string) {
  const first = await browser.newContext({ baseURL });
  const page = await first.newPage();
  await page.goto(url);
  await page.evaluate(() => window.ConsentKit.acceptAll());
  const cookies = (await first.cookies()).filter((c) => c.name === 'consentkit');
  await first.close();
  expect(cookies).toHaveLength(1);
  return cookies;
}

/** A fresh context (empty HTTP cache) for a returning visitor who accepted everything on `url`. */
async function returningVisitor(browser: Browser, baseURL: string, url: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  await context.addCookies(await decidedCookies(browser, baseURL, url));
  return context;
}

test('the files are split: consentkit.min.js has the first layer but no Preact or preference center, consentkit-ui.js no consent manager or gating', async ({
  request,
}) => {
  const main = await (await request.get('/dist/consentkit/consentkit.min.js')).text();
  const ui = await (await request.get(`/dist/consentkit/${UI}`)).text();
  // Markers: the preference center (its modal dialog, switches, "Save") and Preact's raw-HTML prop
  // stay in the UI file (the main file carries only the first layer's pre-rendered template);
  // core's record posting, config errors, GPC, fail-closed manager, gating's script gate
  // (type="text/plain") and the adapter registry.
  for (const banner of ['showModal', 'aria-checked', 'preferences.save', 'dangerouslySetInnerHTML']) expect(main, banner).not.toContain(banner);
  for (const core of ['sendBeacon', 'ConsentKit config', 'globalPrivacyControl', 'invalid-config', 'text/plain', 'is not a known adapter']) {
    expect(main, core).toContain(core);
    expect(ui, core).not.toContain(core);
  }
  expect(main).toContain('consentkit-ui.js');
});

const withoutNetworkNoise = (errors: string[]) => errors.filter((e) => !e.startsWith('Failed to load resource'));

test('first visit: the banner shows from the main file; neither consentkit-ui.js nor the cookie database is requested without a need', async ({ page }) => {
  const errors = recordErrors(page);
  const files = recordLazyFiles(page);
  await page.goto(HOME);
  await expect(bannerButton(page, 'Accept all')).toBeVisible();
  await settle(page);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
  await page.waitForTimeout(500);
  expect(files).toEqual([]);
  // The drawn first layer uses the page's one manager: a decision in the banner is seen by window.ConsentKit.
  await bannerButton(page, 'Reject all').click();
  expect(await page.evaluate(() => window.ConsentKit.hasDecided())).toBe(true);
  await settle(page);
  expect(files).toEqual([]);
  expect(errors).toEqual([]);
});

test('returning visitor on a page without UI elements: consentkit-ui.js and the cookie database are never requested', async ({ browser, baseURL }) => {
  const context = await returningVisitor(browser, baseURL!, HOME);
  const page = await context.newPage();
  const errors = recordErrors(page);
  const files = recordLazyFiles(page);
  await page.goto(HOME);
  await expect.poll(() => ran(page).then((r) => r.sort())).toEqual(['ads', 'gtag', 'inline-analytics', 'site-analytics-callback']);
  await settle(page);
  await page.waitForTimeout(500);
  expect(files).toEqual([]);
  const loaded = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('/consentkit-')),
  );
  expect(loaded).toEqual([]);
  await expect(page.locator('consentkit-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('returning visitor: a [data-consentkit="preferences"] click loads the UI and opens the preference center; the cookie database comes with it', async ({
  browser,
  baseURL,
}) => {
  const context = await returningVisitor(browser, baseURL!, HOME);
  const page = await context.newPage();
  const errors = recordErrors(page);
  const files = recordLazyFiles(page);
  await page.goto(HOME);
  await settle(page);
  expect(files).toEqual([]);
  await page.getByRole('button', { name: 'Privacy settings' }).click();
  const dialog = page.locator('consentkit-banner').getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('switch', { name: /Analytics/ })).toBeChecked();
  await expect.poll(() => files.slice().sort()).toEqual([UI, DB].sort());
  // A second click is handled by the banner itself: nothing is loaded again.
  await dialog.getByRole('button', { name: 'Reject all', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Privacy settings' }).click();
  await expect(dialog).toBeVisible();
  expect(files.filter((f) => f === UI)).toHaveLength(1);
  expect(errors).toEqual([]);
  await context.close();
});

test('returning visitor: ConsentKit.showPreferences() loads the UI and opens the preference center', async ({ browser, baseURL }) => {
  const context = await returningVisitor(browser, baseURL!, HOME);
  const page = await context.newPage();
  const files = recordLazyFiles(page);
  await page.goto(HOME);
  await settle(page);
  await page.evaluate(() => window.ConsentKit.showPreferences());
  await expect(page.locator('consentkit-banner').getByRole('dialog')).toBeVisible();
  expect(files).toContain(UI);
  await context.close();
});

test('returning US visitor: a "Do Not Sell or Share" link with its own text loads the UI on click, then asks for one confirmation', async ({
  browser,
  baseURL,
}) => {
  const context = await returningVisitor(browser, baseURL!, US);
  const page = await context.newPage();
  const files = recordLazyFiles(page);
  // A link with its own text needs nothing from the UI until it is clicked.
  await editPage(page, /\/examples\/us-opt-out\/index\.html/, (html) =>
    html.replace(
      '<a href="#" data-consentkit="do-not-sell"></a>',
      '<a href="#" data-consentkit="do-not-sell">Do Not Sell or Share My Personal Information</a>',
    ),
  );
  await page.goto(US);
  await expect.poll(() => ran(page)).toContain('ads');
  await settle(page);
  // No UI yet; only the GPP plug-in, which every page in an opt-out regime loads (docs/us-privacy.md).
  expect(files).toEqual(['consentkit-gpp.js']);
  await page.locator('footer a[data-consentkit="do-not-sell"]').click();
  await page.locator('consentkit-banner').getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.ConsentKit.getConsent())).toEqual({ necessary: true, analytics: true, targeting: false });
  expect(page.url()).toMatch(/index\.html#?$/);
  await context.close();
});

test.describe('consentkit-ui.js cannot be loaded (404)', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(`**/dist/consentkit/${UI}`, (route) => route.fulfill({ status: 404, body: 'not found' }));
  });

  test('first visit: everything stays denied, nothing runs, one console error names the file', async ({ page, context }) => {
    const errors = recordErrors(page);
    await page.goto(HOME);
    await settle(page);
    // The first layer drawn by consentkit.min.js needs no UI file; the preference center does.
    await expect(page.locator('consentkit-banner')).toHaveCount(1);
    expect(withoutNetworkNoise(errors)).toEqual([]);
    await page.getByRole('button', { name: 'Privacy settings' }).click();
    await expect.poll(() => withoutNetworkNoise(errors)).toHaveLength(1);
    expect(withoutNetworkNoise(errors)[0]).toMatch(/\[consentkit\] http:\/\/[^ ]+\/dist\/consentkit\/consentkit-ui\.js could not be loaded/);
    // The drawn first layer stays (its buttons work without the UI file); nothing is decided by it.
    await expect(page.locator('consentkit-banner')).toHaveCount(1);
    // Asking for the preference center again neither grants anything nor repeats the error.
    await page.getByRole('button', { name: 'Privacy settings' }).click();
    await page.evaluate(() => window.ConsentKit.showBanner());
    await settle(page);
    expect(withoutNetworkNoise(errors)).toHaveLength(1);
    expect(await page.evaluate(() => [window.ConsentKit.hasDecided(), window.ConsentKit.getConsent()])).toEqual([
      false,
      { necessary: true, analytics: false, targeting: false },
    ]);
    expect(await ran(page)).toEqual([]);
    expect((await context.cookies()).map((c) => c.name)).toEqual([]);
  });

  test('US page: the empty "Do Not Sell or Share" link gets its English text and still opts out, without the UI', async ({ page }) => {
    const errors = recordErrors(page);
    await page.goto(US);
    await expect.poll(() => withoutNetworkNoise(errors)).toHaveLength(1);
    expect(await page.evaluate(() => window.ConsentKit.isGranted('targeting'))).toBe(true);
    const link = page.locator('footer a[data-consentkit="do-not-sell"]');
    await expect(link).toHaveText('Do Not Sell or Share My Personal Information');
    await link.click();
    await expect.poll(() => page.evaluate(() => window.ConsentKit.getConsent())).toEqual({ necessary: true, analytics: true, targeting: false });
    expect(withoutNetworkNoise(errors)).toHaveLength(1);
  });
});

test("strict CSP with a nonce-only script-src (no 'self'): the lazily loaded files carry the nonce, zero violations", async ({ page }) => {
  const errors = recordErrors(page);
  const files = recordLazyFiles(page);
  await page.addInitScript(() => {
    (window as any).__early = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__early.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  let policy = '';
  await page.route(/\/examples\/strict-csp\/index\.html/, async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    policy = headers['content-security-policy']!.replace("script-src 'self' 'nonce-", "script-src 'nonce-");
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    const html = (await response.text()).replace('<script src="csp-monitor.js">', `<script src="csp-monitor.js" nonce="${nonce}">`);
    await route.fulfill({ response, headers: { ...headers, 'content-security-policy': policy }, body: html });
  });
  await page.goto(CSP);
  expect(policy).toMatch(/^script-src 'nonce-[^']+'; style-src 'self'/);
  await expect(bannerButton(page, 'Accept all')).toBeVisible();
  await bannerButton(page, 'Preferences').click();
  await expect(page.locator('consentkit-banner').getByRole('dialog')).toBeVisible();
  await expect.poll(() => files.slice().sort()).toEqual([UI, DB].sort());
  await settle(page);
  const nonces = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement>('script[src*="/consentkit"]')].map((s) => [s.src.split('/').pop(), s.nonce.length > 0]),
  );
  expect(nonces).toEqual(
    expect.arrayContaining([
      ['consentkit-ui.js', true],
      ['consentkit-cookie-db.js', true],
    ]),
  );
  expect(await page.evaluate(() => (window as any).__early)).toEqual([]);
  expect(await page.evaluate(() => (window as any).__cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});

test.describe('the cookie database (consentkit-cookie-db.js)', () => {
  test('is requested after the first unknown cookie, then classifies cookies core alone does not know', async ({ page, context }) => {
    const files = recordLazyFiles(page);
    await page.goto(HOME);
    await expect(bannerButton(page, 'Accept all')).toBeVisible();
    await settle(page);
    expect(files).not.toContain(DB);
    // `__gads` (Google AdSense, targeting) is not one of core's built-in tracker cookies: until the
    // database has answered it is held (the page reads it, the browser does not store it), and
    // asking about it requests the database.
    expect(await page.evaluate(() => ((document.cookie = '__gads=ID=1; path=/'), document.cookie))).toContain('__gads=ID=1');
    await expect.poll(() => files).toContain(DB);
    // The database is applied once it has judged the held cookie: targeting is denied, so it is
    // dropped (had the database failed, the unknown cookie would have been written instead).
    await expect.poll(() => page.evaluate(() => document.cookie), { timeout: 15_000 }).not.toContain('__gads');
    // With the database, a new write of it is refused at once while targeting is denied.
    expect(await page.evaluate(() => ((document.cookie = '__gads=ID=2; path=/'), document.cookie))).not.toContain('__gads');
    expect((await context.cookies()).map((c) => c.name)).not.toContain('__gads');
    expect(files.filter((f) => f === DB)).toHaveLength(1);
  });

  test('is requested when the preference center opens', async ({ page }) => {
    const files = recordLazyFiles(page);
    await page.goto(HOME);
    await settle(page);
    expect(files).toEqual([]);
    await bannerButton(page, 'Preferences').click();
    await expect.poll(() => [...files].sort()).toEqual([UI, DB].sort());
  });

  test('a cookie the database classifies as denied is deleted once it arrives', async ({ page, context, baseURL }) => {
    // Needs GatingHandle.cleanUp() from @consentkit/core to re-run the cleanup (see the consentkit report).
    // `__gpi` (Google AdSense, targeting) is unknown to core alone, so the start-up cleanup keeps it.
    await context.addCookies([{ name: '__gpi', value: 'UID=1', url: baseURL! }]);
    await page.goto(HOME);
    await expect.poll(async () => (await context.cookies()).map((c) => c.name)).not.toContain('__gpi');
  });
});
