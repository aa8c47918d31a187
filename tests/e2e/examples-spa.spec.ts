import { expect, test } from '@playwright/test';
import { bannerButton, ran, recordErrors, settle } from './script-tag-helpers';

// examples/spa: the npm packages in a client-side routed app (bundled from the packages' dist/
// by scripts/build-assets.mjs; built here if missing).
const PAGE = '/examples/spa/index.html';

test.beforeAll(async () => {
  // @ts-expect-error -- a plain .mjs build script without declarations
  const { buildSpaExample } = await import('../../scripts/build-assets.mjs');
  expect(await buildSpaExample()).toBe(true);
});

test('a script added by a route after navigation waits for consent, then runs once', async ({ page }) => {
  const errors = recordErrors(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(PAGE);
  await expect(bannerButton(page, 'Accept all')).toBeVisible();
  const loads: string[] = [];
  page.on('load', () => loads.push(page.url()));

  await page.getByRole('link', { name: 'Statistics' }).click();
  await expect(page.getByRole('heading', { name: 'Statistics' })).toBeVisible();
  expect(page.url()).toContain('?view=stats');
  await settle(page);
  expect(await ran(page)).toEqual([]);
  expect(requested).not.toContain('/vendor/ga.js');

  await page.getByRole('link', { name: 'Video' }).click();
  await expect(page.locator('iframe[title="Product video"]')).not.toHaveAttribute('src', /./);
  await page.getByRole('link', { name: 'Statistics' }).click();
  await bannerButton(page, 'Accept all').click();
  await expect.poll(() => ran(page)).toEqual(['spa-stats']);
  // Navigating again adds a new tag, which now runs at once; the old one does not run twice.
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('link', { name: 'Statistics' }).click();
  await expect.poll(() => ran(page)).toEqual(['spa-stats', 'spa-stats']);
  await page.getByRole('link', { name: 'Video' }).click();
  await expect(page.locator('iframe[title="Product video"]')).toHaveAttribute('src', '/vendor/embed.html?v=spa');
  expect(loads).toEqual([]);
  expect(errors).toEqual([]);
});

test('the inline preference center on the home route follows and changes consent', async ({ page }) => {
  await page.goto(PAGE);
  const center = page.locator('consentkit-preferences');
  await expect(center.getByRole('switch', { name: /Analytics/ })).toHaveAttribute('aria-checked', 'false');
  await center.getByRole('switch', { name: /Analytics/ }).click();
  await center.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as any).consent.getConsent())).toEqual({ necessary: true, analytics: true, targeting: false });
});
