import { expect, test } from '@playwright/test';
import { bannerButton, ran, recordErrors, settle } from './script-tag-helpers';
import { SVELTEKIT, analyticsRequests, paintedFrames, serveExample, watchPage } from './examples-server';

// examples/sveltekit: built with `vite build` (adapter-node) and run with `node build`. Its
// server hook puts the banner from renderBannerToString first in <body> with SvelteKit's CSP
// nonce; the layout creates the manager in the browser and takes the banner over; the page reads
// the manager's store as `$consent` and renders the analytics component only when granted.
const server = serveExample(SVELTEKIT);

test('first visit: the server-rendered banner is in the first paint under the nonce policy; analytics waits', async ({ page }) => {
  const errors = recordErrors(page);
  const requested = analyticsRequests(page);
  await watchPage(page);
  const response = await page.goto(server.origin + '/');
  const html = (await response!.text()) as string;
  const policy = response!.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).not.toContain('unsafe-inline');
  expect(html).toMatch(/<body>\s*<consentkit-banner data-consentkit-ssr><template shadowrootmode="open"><style nonce="/);
  expect(html).toContain(`<style nonce="${nonce}">`);

  await expect(page.locator('consentkit-banner:not([data-consentkit-ssr])')).toHaveCount(1);
  await settle(page);
  const { fcp, frames } = await paintedFrames(page);
  const painted = frames.findIndex((f) => f.time >= fcp!);
  expect(painted).toBeGreaterThanOrEqual(0);
  // Laid out from the first frame, so in the first paint; and in every frame since (no flash).
  expect(frames.every((f) => f.shown)).toBe(true);
  expect(await page.locator('consentkit-banner').evaluate((host) => host.shadowRoot!.querySelectorAll('section').length)).toBe(1);
  expect(await page.evaluate(() => (window as any).__shifts)).toBe(0);
  // Nothing is blocked (SvelteKit's announcer style attribute is allowed by its hash in svelte.config.js).
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);

  await expect(page.getByRole('button', { name: 'Allow analytics' })).toBeVisible();
  await expect(page.getByTestId('analytics-on')).toHaveCount(0);
  expect(requested).toEqual([]);
  expect(await ran(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('accept, then reload: analytics renders and its tag runs; no banner markup for a decided visitor', async ({ page }) => {
  const errors = recordErrors(page);
  const requested = analyticsRequests(page);
  await page.goto(server.origin + '/');
  await expect(page.locator('consentkit-banner:not([data-consentkit-ssr])')).toHaveCount(1);
  await bannerButton(page, 'Accept all').click();
  await expect.poll(() => ran(page)).toEqual(['analytics']);
  await expect(page.getByTestId('analytics-on')).toBeVisible();
  expect(requested).toHaveLength(1);

  const response = await page.reload();
  expect((await response!.text()) as string).not.toContain('consentkit-banner');
  await expect.poll(() => ran(page)).toEqual(['analytics']);
  await expect(page.getByTestId('analytics-on')).toBeVisible();
  await settle(page);
  expect(await page.locator('consentkit-banner section').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('x-region US-CA: the opt-out notice from the server, analytics runs without a decision', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-region': 'US-CA' } });
  const page = await context.newPage();
  const errors = recordErrors(page);
  const html = (await (await page.goto(server.origin + '/'))!.text()) as string;
  expect(html).toContain('consentkit-banner');
  await expect.poll(() => ran(page)).toEqual(['analytics']);
  expect(errors).toEqual([]);
  await context.close();
});
