import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Screenshots of each UI state for the docs (docs/images/*.png). Not part of `pnpm test`, so
// ordinary runs do not rewrite the docs' images; regenerate them with `pnpm screenshots`.

const shot = (page: Page, name: string) => page.screenshot({ path: `docs/images/${name}.png` });
const url = (path: string, config: object = {}, options: object = {}) =>
  `/fixtures/banner/${path}?config=${encodeURIComponent(JSON.stringify(config))}&options=${encodeURIComponent(JSON.stringify(options))}`;

test.use({ viewport: { width: 1024, height: 640 }, reducedMotion: 'reduce' });

test('first layer: bottom, box, center; light and dark', async ({ page }) => {
  for (const position of ['bottom', 'box', 'center']) {
    await page.goto(url('index.html', {}, { position }));
    await expect(page.getByRole('region', { name: 'Your privacy' })).toBeVisible();
    await shot(page, `banner-${position}`);
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(url('index.html', {}, { position: 'box' }));
  await expect(page.getByRole('region', { name: 'Your privacy' })).toBeVisible();
  await shot(page, 'banner-box-dark');
});

test('preference center, light and dark', async ({ page }) => {
  await page.goto(url('index.html'));
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.getByRole('dialog').getByText('Cookies (2)').first().click();
  await shot(page, 'preferences');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'preferences-dark');
});

test('opt-out notice with GPC, and the Do Not Sell confirmation', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await page.goto(url('index.html', { region: 'US-CA' }));
  await expect(page.getByText('Opt-Out Request Honored')).toBeVisible();
  await shot(page, 'opt-out-gpc');
  await page.getByRole('button', { name: 'Preferences' }).click();
  await shot(page, 'preferences-gpc');
});

test('Do Not Sell confirmation', async ({ page }) => {
  await page.goto(url('index.html', { region: 'US-CA' }));
  await shot(page, 'opt-out-notice');
  await page.getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }).click();
  await shot(page, 'opt-out-confirm');
});

test('right-to-left (Arabic) and German', async ({ page }) => {
  await page.goto(url('index.html', {}, { language: 'ar', position: 'box' }));
  await shot(page, 'banner-rtl-ar');
  await page.goto(url('index.html', {}, { language: 'de' }));
  await shot(page, 'banner-de');
});

test('embed placeholders and the inline preference center', async ({ page }) => {
  await page.goto(url('embeds.html'));
  await page.getByRole('button', { name: 'Reject all' }).click();
  await shot(page, 'placeholders');
  await page.goto(url('privacy.html'));
  await page.getByRole('button', { name: 'Reject all' }).first().click();
  await page.locator('consentkit-preferences').scrollIntoViewIfNeeded();
  await shot(page, 'preferences-element');
});

test('narrow screen (320 px)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(url('index.html'));
  await shot(page, 'banner-320');
  await page.getByRole('button', { name: 'Preferences' }).click();
  await shot(page, 'preferences-320');
});
