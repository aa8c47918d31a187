import { expect, test } from '@playwright/test';

// Screenshots of the script-tag banner in five languages for docs/i18n.md
// (docs/images/i18n-<lang>.png). Not part of `pnpm test`; regenerate with `pnpm screenshots`.

test.use({ viewport: { width: 360, height: 640 }, reducedMotion: 'reduce' });

for (const lang of ['de', 'fr', 'pl', 'ar', 'ja']) {
  test(`banner in ${lang}`, async ({ page }) => {
    await page.route(/\/fixtures\/i18n\/index\.html$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', `<html lang="${lang}">`) });
    });
    await page.goto('/fixtures/i18n/index.html');
    const texts = await (await page.request.get(`/dist/consentkit/i18n/${lang}.json`)).json();
    await expect(page.locator('consentkit-banner').getByRole('button', { name: texts['banner.acceptAll'], exact: true })).toBeVisible();
    await page.screenshot({ path: `docs/images/i18n-${lang}.png` });
  });
}
