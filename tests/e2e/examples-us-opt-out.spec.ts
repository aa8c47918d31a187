import { expect, test } from '@playwright/test';
import { ran, recordErrors, settle } from './script-tag-helpers';

// examples/us-opt-out: region US-CA (opt-out regime), "Do Not Sell or Share" and GPC.
const PAGE = '/examples/us-opt-out/index.html';

test('first visit: analytics and ads run (opt-out regime), the notice offers the opt-out link', async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto(PAGE);
  await expect.poll(() => ran(page).then((r) => r.sort())).toEqual(['ads', 'ga', 'site-analytics-callback']);
  await expect(
    page
      .locator('consentkit-banner')
      .getByRole('button', { name: 'Do Not Sell or Share My Personal Information' })
      .or(page.locator('consentkit-banner').getByRole('link', { name: 'Do Not Sell or Share My Personal Information' }))
      .first(),
  ).toBeVisible();
  // The site's own empty link got its text.
  await expect(page.locator('footer a[data-consentkit="do-not-sell"]')).toHaveText('Do Not Sell or Share My Personal Information');
  expect(await page.evaluate(() => window.ConsentKit.hasDecided())).toBe(false);
  expect(errors).toEqual([]);
});

test('the site link opts out after one confirmation: targeting denied, ads do not run after reload', async ({ page, context }) => {
  await page.goto(PAGE);
  await settle(page);
  await page.locator('footer a[data-consentkit="do-not-sell"]').click();
  await page.locator('consentkit-banner').getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.ConsentKit.getConsent())).toEqual({ necessary: true, analytics: true, targeting: false });
  // Cookies of the revoked category are deleted.
  await expect.poll(async () => (await context.cookies()).map((c) => c.name)).not.toContain('_fbp');
  await page.reload();
  await expect.poll(() => ran(page)).toContain('ga');
  await settle(page);
  expect(await ran(page)).not.toContain('ads');
});

test('with GPC (demo switch): targeting is denied from the start and "Opt-Out Request Honored" shows', async ({ page, context }) => {
  await context.addCookies([{ name: 'ck_gpc', value: '1', url: page.url() === 'about:blank' ? 'http://127.0.0.1/' : page.url() }]);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(PAGE);
  expect(await page.evaluate(() => (navigator as unknown as { globalPrivacyControl?: boolean }).globalPrivacyControl)).toBe(true);
  await expect(page.locator('consentkit-banner').getByText('Opt-Out Request Honored').first()).toBeVisible();
  await expect.poll(() => ran(page)).toContain('ga');
  await settle(page);
  expect(await ran(page)).not.toContain('ads');
  expect(requested).not.toContain('/vendor/ads.js');
  expect(await page.evaluate(() => window.ConsentKit.getConsent())).toEqual({ necessary: true, analytics: true, targeting: false });
});
