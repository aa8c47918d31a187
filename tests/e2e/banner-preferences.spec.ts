import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// The preference center: a modal dialog with one switch per category, focus management,
// Escape, cookie lists, Save / Accept all / Reject all, and re-opening from the page.

const PAGE = '/fixtures/banner/index.html';
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Privacy preferences' });
const open = async (page: Page) => {
  await page.goto(PAGE);
  await page.getByRole('button', { name: 'Preferences', exact: true }).click();
  await expect(dialog(page)).toBeVisible();
};
const focusedName = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const labelledBy = el?.getAttribute('aria-labelledby');
    if (labelledBy) return `switch ${(el!.getRootNode() as ShadowRoot).getElementById(labelledBy)?.textContent}`;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? el?.tagName;
  });

test.describe('preference center', () => {
  test('is a labelled modal dialog with one switch per category; only necessary is on, and disabled', async ({ page }) => {
    await open(page);
    await expect(dialog(page)).toHaveAttribute('aria-modal', 'true');
    const switches = dialog(page).getByRole('switch');
    await expect(switches).toHaveCount(3);
    await expect(dialog(page).getByRole('switch', { name: 'Necessary' })).toHaveAttribute('aria-checked', 'true');
    await expect(dialog(page).getByRole('switch', { name: 'Necessary' })).toBeDisabled();
    await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'false');
    await expect(dialog(page).getByRole('switch', { name: 'Advertising' })).toHaveAttribute('aria-checked', 'false');
    // Each switch is described by its category's description.
    await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toHaveAccessibleDescription('Statistics on how the site is used.');
    for (const name of ['Save', 'Accept all', 'Reject all']) await expect(dialog(page).getByRole('button', { name, exact: true })).toBeVisible();
  });

  test("lists each category's site-declared cookies", async ({ page }) => {
    await open(page);
    await dialog(page).getByText('Cookies (2)').click();
    await expect(dialog(page).getByRole('listitem').filter({ hasText: /^_ga$/ })).toBeVisible();
    await expect(
      dialog(page)
        .getByRole('listitem')
        .filter({ hasText: /^_ga_\*$/ }),
    ).toBeVisible();
  });

  test('Save stores exactly the switched categories (method custom)', async ({ page }) => {
    await open(page);
    await dialog(page).getByRole('switch', { name: 'Analytics' }).click();
    await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'true');
    await dialog(page).getByRole('button', { name: 'Save' }).click();
    await expect(dialog(page)).toHaveCount(0);
    expect(await page.evaluate(() => [window.consent.getConsent(), window.consent.getDecision()?.method])).toEqual([
      { necessary: true, analytics: true, targeting: false },
      'custom',
    ]);
  });

  for (const [name, granted] of [
    ['Accept all', true],
    ['Reject all', false],
  ] as const) {
    test(`"${name}" in the dialog decides for every category`, async ({ page }) => {
      await open(page);
      await dialog(page).getByRole('button', { name, exact: true }).click();
      await expect(dialog(page)).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Your privacy' })).toHaveCount(0);
      expect(await page.evaluate(() => window.consent.getConsent())).toEqual({ necessary: true, analytics: granted, targeting: granted });
    });
  }

  test('focus moves in, is trapped in both directions, and returns to "Preferences" on Escape', async ({ page }) => {
    await open(page);
    // Focus starts on the dialog itself (its name is announced), inside the shadow root.
    expect(await page.evaluate(() => document.querySelector('consentkit-banner')!.shadowRoot!.activeElement?.tagName)).toBe('DIALOG');
    const seen: string[] = [];
    for (let i = 0; i < 11; i++) {
      await page.keyboard.press('Tab');
      seen.push((await focusedName(page))!);
    }
    // The cycle in reading order (the disabled necessary switch is skipped), then × again.
    expect(seen.slice(0, 10)).toEqual([
      'Close',
      'Privacy policy',
      'Cookies (1)',
      'switch Analytics',
      'Cookies (2)',
      'switch Advertising',
      'Cookies (1)',
      'Accept all',
      'Reject all',
      'Save',
    ]);
    expect(seen[10]).toBe('Close');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('Save');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    // Not a decision: the banner is back, and focus is on the button that opened the dialog.
    expect(await page.evaluate(() => window.consent.hasDecided())).toBe(false);
    await expect(page.getByRole('button', { name: 'Preferences', exact: true })).toBeFocused();
  });

  test('the page behind the dialog is inert while it is open', async ({ page }) => {
    await open(page);
    const canFocusPage = () =>
      page.evaluate(() => {
        const button = document.getElementById('page-button')!;
        button.focus();
        return document.activeElement === button;
      });
    expect(await canFocusPage()).toBe(false);
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    expect(await canFocusPage()).toBe(true);
  });

  test('keyboard only: switch a category with Space and save with Enter', async ({ page }) => {
    await open(page);
    await page.keyboard.press('Tab'); // ×
    await page.keyboard.press('Tab'); // policy link
    await page.keyboard.press('Tab'); // necessary's cookie list
    await page.keyboard.press('Tab'); // Analytics switch
    expect(await focusedName(page)).toBe('switch Analytics');
    await page.keyboard.press('Space');
    await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'true');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab'); // … to Save
    expect(await focusedName(page)).toBe('Save');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.consent.getConsent())).toEqual({ necessary: true, analytics: true, targeting: false });
  });

  test('a [data-consentkit="preferences"] link re-opens it after a decision; focus returns to the link', async ({ page }) => {
    await page.goto(PAGE);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.getByRole('link', { name: 'Cookie settings' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    // Shows the stored choice.
    await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'true');
    expect(page.url()).not.toContain('#preferences'); // the link's navigation was prevented
    // Withdrawing here: one click ("Reject all"), as many as "Accept all" took.
    await dialog(page).getByRole('button', { name: 'Reject all' }).click();
    expect(await page.evaluate(() => window.consent.getConsent())).toEqual({ necessary: true, analytics: false, targeting: false });
    await expect(page.getByRole('link', { name: 'Cookie settings' })).toBeFocused();
  });

  test('manager.showPreferences() opens it; × after a decision just closes it', async ({ page }) => {
    await page.goto(PAGE);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.evaluate(() => window.consent.showPreferences());
    await expect(dialog(page)).toBeVisible();
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Your privacy' })).toHaveCount(0);
    expect(await page.evaluate(() => window.consent.getDecision()?.method)).toBe('reject-all');
  });

  test('site categories and labels from config are shown with their own switch', async ({ page }) => {
    const config = { categories: { functional: { label: 'Comfort', description: 'Remembers your display settings.' } } };
    await page.goto(`${PAGE}?config=${encodeURIComponent(JSON.stringify(config))}`);
    await page.getByRole('button', { name: 'Preferences', exact: true }).click();
    await expect(dialog(page).getByRole('switch')).toHaveCount(4);
    await expect(dialog(page).getByRole('switch', { name: 'Comfort' })).toHaveAttribute('aria-checked', 'false');
    await expect(dialog(page).getByText('Remembers your display settings.')).toBeVisible();
  });
});
