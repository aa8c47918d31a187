import { expect, test } from '@playwright/test';
import { bannerButton, editPage, ran, recordErrors, settle } from './script-tag-helpers';

// The other pages of examples/script-tag and the lazily loaded files beside the bundle.
const ARTICLE = '/examples/script-tag/article.html';
const PRIVACY = '/examples/script-tag/privacy.html';

test('article: the embed has no src and is not requested until targeting is allowed from its placeholder', async ({ page }) => {
  const errors = recordErrors(page);
  const embeds: string[] = [];
  page.on('request', (r) => r.url().includes('/vendor/embed.html') && embeds.push(r.url()));
  await page.goto(ARTICLE);
  const frame = page.locator('iframe[title^="How we make our coffee"]');
  await expect(frame).toHaveAttribute('data-consentkit-blocked', 'targeting');
  await expect(frame).not.toHaveAttribute('src', /./);
  const allow = page.locator('consentkit-placeholder').getByRole('button', { name: /Allow/ });
  await expect(allow).toBeVisible();
  await settle(page);
  expect(embeds).toEqual([]);
  await allow.click();
  await expect(frame).toHaveAttribute('src', '/vendor/embed.html?v=coffee');
  await expect.poll(() => embeds.length).toBe(1);
  // Consent for this purpose only: analytics stays denied, so ga.js did not run.
  expect(await page.evaluate(() => window.ConsentKit.getConsent())).toEqual({ necessary: true, analytics: false, targeting: true });
  expect(await ran(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('privacy page: <consentkit-preferences> changes consent inline; withdraw brings the banner back and deletes cookies', async ({ page, context }) => {
  await page.goto(PRIVACY);
  const center = page.locator('consentkit-preferences');
  await expect(center.getByRole('switch', { name: /Necessary/ })).toBeDisabled();
  await center.getByRole('switch', { name: /Advertising/ }).click();
  await center.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.ConsentKit.getConsent())).toEqual({ necessary: true, analytics: false, targeting: true });
  await expect(bannerButton(page, 'Accept all')).toHaveCount(0);
  // A tracker cookie of the granted category, then withdraw.
  await page.evaluate(() => (document.cookie = '_fbp=fb.1.2.3; path=/'));
  expect((await context.cookies()).map((c) => c.name)).toContain('_fbp');
  await page.getByRole('button', { name: 'Withdraw my consent' }).click();
  await expect(bannerButton(page, 'Accept all')).toBeVisible();
  expect(await page.evaluate(() => window.ConsentKit.hasDecided())).toBe(false);
  await expect.poll(async () => (await context.cookies()).map((c) => c.name)).not.toContain('_fbp');
});

test('English pages load no dictionary; a German page fetches i18n/de.json from beside the bundle', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => /\/dist\/consentkit\/i18n\//.test(r.url()) && fetched.push(new URL(r.url()).pathname));
  await page.goto('/examples/script-tag/index.html');
  await expect(bannerButton(page, 'Accept all')).toBeVisible();
  await settle(page);
  expect(fetched).toEqual([]);

  await editPage(page, /\/examples\/script-tag\/index\.html/, (html) => html.replace('<html lang="en">', '<html lang="de">'));
  await page.reload();
  await expect.poll(() => fetched).toContain('/dist/consentkit/i18n/de.json');
  const de = await (await page.request.get('/dist/consentkit/i18n/de.json')).json();
  await expect(page.locator('consentkit-banner').getByRole('button', { name: de['banner.acceptAll'], exact: true })).toBeVisible();
  expect(await page.locator('consentkit-banner').evaluate((host) => host.shadowRoot!.querySelector('[lang]')!.getAttribute('lang'))).toBe('de');
});
