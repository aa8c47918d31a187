import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { bannerButton, ran, recordErrors, settle } from './script-tag-helpers';
import { NEXT, analyticsRequests, paintedFrames, serveExample, watchPage } from './examples-server';

// examples/nextjs: a Next.js App Router site built with `next build` and run with `next start`
// (built here when its sources or the packages' dist/ changed). The root layout puts the banner
// from renderBannerToString first in <body> under a strict nonce policy; a client component
// creates the manager, takes the banner over and publishes Google Consent Mode; the analytics
// component sits in <ConsentGate category="analytics">.
const server = serveExample(NEXT);

const consentCommands = (page: Page) =>
  page.evaluate(() => ((window as any).dataLayer ?? []).filter((e: any) => e[0] === 'consent').map((e: any) => [e[1], e[2].analytics_storage]));

test('first visit: the server-rendered banner is in the first paint, then taken over; analytics waits for consent', async ({ page }) => {
  const errors = recordErrors(page);
  const requested = analyticsRequests(page);
  await watchPage(page);
  const response = await page.goto(server.origin + '/');
  const html = (await response!.text()) as string;
  // The banner comes from the server, first in <body> (after Next's own hidden metadata node),
  // with the request's nonce on its <style>; the nonce is the one of the response's policy.
  const policy = response!.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  expect(policy).not.toContain('unsafe-inline');
  expect(html).toMatch(
    /<body>(<div hidden="">.*?<\/div>)?<div id="consentkit-ssr"><consentkit-banner data-consentkit-ssr><template shadowrootmode="open"><style nonce="([^"]+)">/,
  );
  expect(html).toContain(`<style nonce="${nonce}">`);

  // Hydrated and taken over: the served host loses its marker; React rendered the gate's notice.
  await expect(page.locator('consentkit-banner:not([data-consentkit-ssr])')).toHaveCount(1);
  await expect(page.locator('[data-consentkit-gate="analytics"]').getByRole('button', { name: 'Allow analytics' })).toBeVisible();
  await settle(page);
  const { fcp, frames } = await paintedFrames(page);
  expect(fcp).toBeGreaterThan(0);
  // In the first paint: the banner was laid out in every frame before the first contentful paint,
  // and the first frame after it (FCP ≤ banner-visible ≤ FCP + one frame) ...
  const painted = frames.findIndex((f) => f.time >= fcp!);
  expect(painted).toBeGreaterThanOrEqual(0);
  expect(frames.slice(0, painted + 1).every((f) => f.shown)).toBe(true);
  test.info().annotations.push({
    type: 'banner-visible',
    description: `FCP ${fcp!.toFixed(1)} ms, first frame after it ${frames[painted]!.time.toFixed(1)} ms, banner laid out from the first frame (${frames[0]!.time.toFixed(1)} ms)`,
  });
  // ... and in every frame since, through hydration and the takeover: no flash, no second draw.
  expect(frames.every((f) => f.shown)).toBe(true);
  expect(await page.locator('consentkit-banner').evaluate((host) => host.shadowRoot!.querySelectorAll('section').length)).toBe(1);
  expect(await page.evaluate(() => (window as any).__shifts)).toBe(0);
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);

  // The gated component is not rendered and its tag not requested; Consent Mode starts denied.
  await expect(page.getByTestId('analytics-on')).toHaveCount(0);
  expect(requested).toEqual([]);
  expect(await ran(page)).toEqual([]);
  expect(await consentCommands(page)).toEqual([['default', 'denied']]);
  // No hydration error (React reports a mismatch as a console error or an uncaught error).
  expect(errors).toEqual([]);
});

test('accept, then reload: analytics renders and its tag runs; the server sends no banner to a decided visitor', async ({ page, context }) => {
  const errors = recordErrors(page);
  const requested = analyticsRequests(page);
  await watchPage(page);
  await page.goto(server.origin + '/');
  await expect(page.locator('consentkit-banner:not([data-consentkit-ssr])')).toHaveCount(1);
  await bannerButton(page, 'Accept all').click();
  await expect.poll(() => ran(page)).toEqual(['analytics']);
  await expect(page.getByTestId('analytics-on')).toBeVisible();
  expect(requested).toHaveLength(1);
  expect(await consentCommands(page)).toEqual([
    ['default', 'denied'],
    ['update', 'granted'],
  ]);
  await expect(page.locator('consentkit-banner section')).toHaveCount(0);
  expect((await context.cookies()).map((c) => c.name)).toEqual(expect.arrayContaining(['consentkit', '_ga']));

  const serverSaw: string[] = [];
  page.on('request', async (r) => {
    if (r.isNavigationRequest()) serverSaw.push((await r.allHeaders()).cookie ?? '');
  });
  const response = await page.reload();
  const html = (await response!.text()) as string;
  expect(serverSaw[0]).toMatch(/(^|; )consentkit=/);
  expect(html).not.toContain('consentkit-banner');
  // Rendered at once after hydration, and the tag runs again on the new page.
  await expect.poll(() => ran(page)).toEqual(['analytics']);
  await expect(page.getByTestId('analytics-on')).toBeVisible();
  await expect(page.locator('[data-consentkit-gate]')).toHaveCount(0);
  await settle(page);
  expect(await page.locator('consentkit-banner section').count()).toBe(0);
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the region comes from the request: x-region US-CA gets the opt-out notice, a CDN country header is read too', async ({ browser }) => {
  const california = await browser.newContext({ extraHTTPHeaders: { 'x-region': 'US-CA' } });
  const page = await california.newPage();
  const errors = recordErrors(page);
  const html = (await (await page.goto(server.origin + '/'))!.text()) as string;
  expect(html).toContain('consentkit-banner');
  // Opt-out regime: analytics runs without a decision, so the gate opens right after hydration.
  await expect.poll(() => ran(page)).toEqual(['analytics']);
  await expect(page.getByTestId('analytics-on')).toBeVisible();
  expect(errors).toEqual([]);
  await california.close();

  // A region where ConsentKit shows no banner would send none; here: a garbage header falls back to FR.
  const unknown = await browser.newContext({ extraHTTPHeaders: { 'cf-ipcountry': 'XX' } });
  const other = await unknown.newPage();
  await other.goto(server.origin + '/');
  await expect(bannerButton(other, 'Reject all')).toBeVisible();
  await settle(other);
  expect(await ran(other)).toEqual([]);
  await unknown.close();
});
