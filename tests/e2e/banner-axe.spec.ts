import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// axe-core (all rules it runs by default: WCAG 2.0/2.1/2.2 A and AA plus best practices) on
// each state of the UI, in light and dark colour schemes. 0 violations is the bar.

const url = (path: string, config: object = {}) => `/fixtures/banner/${path}?config=${encodeURIComponent(JSON.stringify(config))}`;

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme, reducedMotion: 'reduce' });

    test('first layer', async ({ page }) => {
      await page.goto(url('index.html'));
      await expect(page.getByRole('region', { name: 'Your privacy' })).toBeVisible();
      await expectNoViolations(page);
    });

    test('open preference center (with a cookie list expanded)', async ({ page }) => {
      await page.goto(url('index.html'));
      await page.getByRole('button', { name: 'Preferences', exact: true }).click();
      await page.getByRole('dialog').getByText('Cookies (2)').click();
      await expectNoViolations(page);
    });

    test('opt-out notice with GPC, and the Do Not Sell confirmation', async ({ page }) => {
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
      await page.goto(url('index.html', { region: 'US-CA' }));
      await expect(page.getByText('Opt-Out Request Honored')).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Preferences' }).click();
      await expectNoViolations(page);
    });

    test('Do Not Sell confirmation', async ({ page }) => {
      await page.goto(url('index.html', { region: 'US-CA' }));
      await page.getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectNoViolations(page);
    });

    test('floating button, inline element and placeholders', async ({ page }) => {
      await page.goto(url('privacy.html', { ui: { floatingButton: true } }));
      await page.getByRole('button', { name: 'Reject all' }).first().click();
      await expect(page.getByRole('button', { name: 'Privacy settings' })).toBeVisible();
      await expectNoViolations(page);
      await page.goto(url('embeds.html')); // the decision above holds: no banner here
      await expect(page.locator('consentkit-placeholder')).toHaveCount(2);
      await expectNoViolations(page);
    });

    test('right-to-left (Arabic)', async ({ page }) => {
      await page.goto(`${url('index.html')}&options=${encodeURIComponent('{"language":"ar"}')}`);
      await expectNoViolations(page);
    });
  });
}
