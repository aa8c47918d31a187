import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// US opt-out regime (region US-CA): the non-blocking notice, "Do Not Sell or Share My Personal
// Information" with one confirmation, the site-placed link, and Global Privacy Control.

const US = `/fixtures/banner/index.html?config=${encodeURIComponent(JSON.stringify({ region: 'US-CA' }))}`;
const DNS = 'Do Not Sell or Share My Personal Information';
const notice = (page: Page) => page.getByRole('region', { name: 'Your privacy choices' });
const confirmDialog = (page: Page) => page.getByRole('alertdialog');
const consent = (page: Page) => page.evaluate(() => window.consent.getConsent());
const withGpc = (page: Page) => page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));

test.describe('opt-out notice (US-CA)', () => {
  test('is non-blocking, offers Do Not Sell and Preferences, no Accept/Reject', async ({ page }) => {
    await page.goto(US);
    await expect(notice(page)).toBeVisible();
    await expect(notice(page).getByRole('button', { name: DNS })).toBeVisible();
    await expect(notice(page).getByRole('button', { name: 'Preferences' })).toBeVisible();
    await expect(notice(page).getByRole('button', { name: 'Accept all' })).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await consent(page)).toEqual({ necessary: true, analytics: true, targeting: true });
    await page.getByRole('button', { name: 'A page button' }).click(); // the page stays usable
  });

  test('Do Not Sell: one confirmation denies targeting, then says the request is honored', async ({ page }) => {
    await page.goto(US);
    await notice(page).getByRole('button', { name: DNS }).click();
    await expect(confirmDialog(page)).toBeVisible();
    await expect(confirmDialog(page)).toHaveAttribute('aria-modal', 'true');
    expect((await consent(page)).targeting).toBe(true); // nothing happens before "Confirm"
    await confirmDialog(page).getByRole('button', { name: 'Confirm' }).click();
    expect(await consent(page)).toEqual({ necessary: true, analytics: true, targeting: false });
    await expect(confirmDialog(page).getByText('Opt-Out Request Honored')).toBeVisible();
    await confirmDialog(page).getByRole('button', { name: 'Close' }).click();
    await expect(confirmDialog(page)).toHaveCount(0);
    await expect(notice(page)).toHaveCount(0); // a decision was recorded
    expect(await page.evaluate(() => window.consent.getDecision()?.method)).toBe('custom');
  });

  test('Cancel keeps targeting on', async ({ page }) => {
    await page.goto(US);
    await notice(page).getByRole('button', { name: DNS }).click();
    await confirmDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(confirmDialog(page)).toHaveCount(0);
    expect((await consent(page)).targeting).toBe(true);
    await expect(notice(page).getByRole('button', { name: DNS })).toBeFocused();
  });

  test('the site-placed <a data-consentkit="do-not-sell"> works by keyboard, gets its text, and focus returns to it', async ({ page }) => {
    await page.goto(US);
    const link = page.locator('#dns-link');
    await expect(link).toHaveText(DNS); // filled in because the site left it empty
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(confirmDialog(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(confirmDialog(page).getByRole('button', { name: 'Confirm' })).toBeFocused();
    await page.keyboard.press('Enter');
    expect((await consent(page)).targeting).toBe(false);
    await page.keyboard.press('Escape');
    await expect(confirmDialog(page)).toHaveCount(0);
    await expect(link).toBeFocused();
    expect(page.url()).not.toContain('#do-not-sell');
  });

  test('a Do Not Sell link an SPA adds after mount gets its text and starts the opt-out', async ({ page }) => {
    await page.goto(US);
    await expect(notice(page)).toBeVisible();
    await page.evaluate(() => {
      const view = document.createElement('nav');
      view.innerHTML = '<a href="#later" id="late-dns" data-consentkit="do-not-sell"></a>';
      document.querySelector('main')!.append(view);
    });
    const link = page.locator('#late-dns');
    await expect(link).toHaveText(DNS);
    await link.click();
    await confirmDialog(page).getByRole('button', { name: 'Confirm' }).click();
    expect((await consent(page)).targeting).toBe(false);
    expect(page.url()).not.toContain('#later');
  });

  test('the preference center offers Do Not Sell as its own control', async ({ page }) => {
    await page.goto(US);
    await notice(page).getByRole('button', { name: 'Preferences' }).click();
    const dialog = page.getByRole('dialog', { name: 'Privacy preferences' });
    await expect(dialog.getByRole('switch', { name: 'Advertising' })).toHaveAttribute('aria-checked', 'true');
    await dialog.getByRole('button', { name: DNS }).click();
    expect(await consent(page)).toEqual({ necessary: true, analytics: true, targeting: false });
  });

  test('in an opt-in region the link also denies targeting after a grant', async ({ page }) => {
    await page.goto('/fixtures/banner/index.html');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.locator('#dns-link').click();
    await confirmDialog(page).getByRole('button', { name: 'Confirm' }).click();
    expect(await consent(page)).toEqual({ necessary: true, analytics: true, targeting: false });
  });
});

test.describe('Global Privacy Control', () => {
  test('US-CA: the notice says "Opt-Out Request Honored", targeting is off, and no dialog pops up', async ({ page }) => {
    await withGpc(page);
    await page.goto(US);
    await expect(notice(page).getByText('Opt-Out Request Honored')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    expect(await consent(page)).toEqual({ necessary: true, analytics: true, targeting: false });
  });

  test('the targeting switch is shown off with the status beside it; switching it on warns of the override', async ({ page }) => {
    await withGpc(page);
    await page.goto(US);
    await notice(page).getByRole('button', { name: 'Preferences' }).click();
    const dialog = page.getByRole('dialog', { name: 'Privacy preferences' });
    const targeting = dialog.getByRole('switch', { name: 'Advertising' });
    await expect(targeting).toHaveAttribute('aria-checked', 'false');
    const item = dialog.getByRole('listitem').filter({ has: page.getByRole('switch', { name: 'Advertising' }) });
    await expect(item.getByText('Opt-Out Request Honored')).toBeVisible();
    await targeting.click();
    await expect(item.getByText('This overrides your Global Privacy Control signal for this site.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Save' }).click();
    expect((await consent(page)).targeting).toBe(true);
    expect(await page.evaluate(() => window.consent.getDecision()?.gpcOverride)).toBe(true);
  });

  test('Do Not Sell under GPC shows the status at once, with nothing to confirm', async ({ page }) => {
    await withGpc(page);
    await page.goto(US);
    await notice(page).getByRole('button', { name: DNS }).click();
    await expect(confirmDialog(page).getByText('Opt-Out Request Honored')).toBeVisible();
    await expect(confirmDialog(page).getByRole('button', { name: 'Confirm' })).toHaveCount(0);
  });

  test('opt-in region: "Accept all" under GPC still leaves targeting off', async ({ page }) => {
    await withGpc(page);
    await page.goto('/fixtures/banner/index.html');
    await expect(page.getByRole('region', { name: 'Your privacy' })).toBeVisible();
    await page.getByRole('button', { name: 'Accept all' }).click();
    expect(await consent(page)).toEqual({ necessary: true, analytics: true, targeting: false });
  });
});
