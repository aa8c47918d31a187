import { expect, test } from '@playwright/test';
import type { Page, Route } from '@playwright/test';
import type * as Banner from '@consentkit/banner';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bannerButton, ran, recordErrors } from './script-tag-helpers';

// A server-rendered page: the first layer comes from renderBannerToString (the built package, as
// a Next.js or Express server would import it) in a declarative shadow root, and the script tag's
// lazily loaded UI takes it over. Served with a strict nonce policy, no 'unsafe-inline'.
const PAGE = '/ssr/index.html';
const CONFIG = { policyVersion: '2026-11-01', region: 'FR' };
const NONCE = 'c3NyLXRlc3Qtbm9uY2UtMTIzNA==';

// The built package, as a server would import it (types from the sources: dist/ exists only after the build).
const bannerDist = pathToFileURL(fileURLToPath(new URL('../../packages/banner/dist/index.js', import.meta.url))).href;
const { renderBannerToString } = (await import(bannerDist)) as typeof Banner;

async function servePage(page: Page) {
  await page.route(`**${PAGE}`, async (route: Route) => {
    const banner = renderBannerToString(CONFIG, { cookie: (await route.request().allHeaders()).cookie, nonce: NONCE });
    await route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': `script-src 'self' 'nonce-${NONCE}'; style-src 'self' 'nonce-${NONCE}'` },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered banner</title>
<script type="application/json" id="consentkit-config">${JSON.stringify(CONFIG)}</script>
<script src="/dist/consentkit/consentkit.min.js" data-config="#consentkit-config" nonce="${NONCE}"></script>
<script type="text/plain" data-category="analytics" src="/vendor/ga.js"></script>
</head><body>${banner}<main><h1>Shop</h1><p>Linen shirts and canvas shoes.</p></main></body></html>`,
    });
  });
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as any;
    w.__violations = [];
    w.__shifts = 0;
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    new PerformanceObserver((list) => list.getEntries().forEach((e: any) => (w.__shifts += e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await servePage(page);
});

test('the first layer is painted from the server HTML before the UI file arrives, then taken over without a second banner', async ({ page }) => {
  const errors = recordErrors(page);
  // Hold the lazily loaded UI so that only the server's markup can be on screen.
  let releaseUi!: () => void;
  const uiHeld = new Promise<void>((resolve) => (releaseUi = resolve));
  await page.route('**/consentkit-ui.js', async (route) => {
    await uiHeld;
    await route.continue();
  });
  // The held UI file keeps the load event back: wait for the parsed document only.
  await page.goto(PAGE, { waitUntil: 'domcontentloaded' });
  await expect(bannerButton(page, 'Accept all')).toBeVisible();
  // Painted by the browser from HTML alone: no script of ours has drawn it (the UI is held).
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('consentkit-ui.js')))).toBe(false);
  const served = await page
    .locator('consentkit-banner')
    .evaluate((host) => ((window as any).__servedSection = host.shadowRoot!.querySelector('section')) !== null);
  expect(served).toBe(true);
  releaseUi();
  // Taken over: the served host loses its marker, and the very same section stays on screen.
  await expect(page.locator('consentkit-banner:not([data-consentkit-ssr])')).toHaveCount(1);
  expect(await page.locator('consentkit-banner').evaluate((host) => host.shadowRoot!.querySelector('section') === (window as any).__servedSection)).toBe(true);
  expect(await page.locator('consentkit-banner').evaluate((host) => host.shadowRoot!.querySelectorAll('section').length)).toBe(1);
  expect(await ran(page)).toEqual([]);
  await bannerButton(page, 'Accept all').click();
  await expect.poll(() => ran(page)).toEqual(['ga']);
  await expect(page.locator('consentkit-banner section')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  expect(await page.evaluate(() => (window as any).__shifts)).toBe(0);
  expect(errors).toEqual([]);
});

test('a visitor who decided gets no banner markup from the server, and none from the client', async ({ page, context }) => {
  await page.goto(PAGE);
  await bannerButton(page, 'Reject all').click();
  await expect.poll(async () => (await context.cookies()).some((c) => c.name === 'consentkit')).toBe(true);
  await page.reload();
  await page.waitForLoadState('load');
  const source = await page.evaluate(() => document.documentElement.outerHTML);
  expect(source).not.toContain('data-consentkit-ssr');
  expect(await page.locator('consentkit-banner section').count()).toBe(0);
  expect(await ran(page)).toEqual([]);
});
