import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// The first layer in an opt-in regime (region FR): the three actions, × and Escape, keyboard-only
// use, and that the banner neither shifts nor hides the page.

const PAGE = '/fixtures/banner/index.html';
const banner = (page: Page) => page.getByRole('region', { name: 'Your privacy' });
const state = (page: Page) =>
  page.evaluate(() => ({
    consent: window.consent.getConsent(),
    decided: window.consent.hasDecided(),
    method: window.consent.getDecision()?.method,
    view: window.consent.$view.get(),
  }));
const consentCookie = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'consentkit');

test.describe('first layer (opt-in)', () => {
  test('shows title, policy link and three equal buttons; nothing granted, no cookie yet', async ({ page }) => {
    await page.goto(PAGE);
    await expect(banner(page)).toBeVisible();
    await expect(banner(page).getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', '/fixtures/banner/privacy.html');
    const buttons = ['Accept all', 'Reject all', 'Preferences'].map((name) => banner(page).getByRole('button', { name, exact: true }));
    const looks = await Promise.all(
      buttons.map((b) =>
        b.evaluate((el) => {
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return { tag: el.tagName, h: Math.round(r.height), bg: s.backgroundColor, fg: s.color, font: s.fontSize + s.fontWeight, border: s.border };
        }),
      ),
    );
    // Equal prominence: same element, height, colours, font and border for all three.
    expect(new Set(looks.map((l) => JSON.stringify(l))).size).toBe(1);
    expect(looks[0]!.tag).toBe('BUTTON');
    expect(await state(page)).toMatchObject({ decided: false, consent: { necessary: true, analytics: false, targeting: false } });
    expect(await consentCookie(page)).toBeUndefined();
  });

  for (const [name, method, granted] of [
    ['Accept all', 'accept-all', true],
    ['Reject all', 'reject-all', false],
  ] as const) {
    test(`"${name}" records ${method}, writes the consent cookie and hides the banner`, async ({ page }) => {
      await page.goto(PAGE);
      await banner(page).getByRole('button', { name, exact: true }).click();
      await expect(banner(page)).toHaveCount(0);
      expect(await state(page)).toEqual({
        consent: { necessary: true, analytics: granted, targeting: granted },
        decided: true,
        method,
        view: 'hidden',
      });
      expect(await consentCookie(page)).toBeDefined();
      // The decision survives a reload: no banner again.
      await page.reload();
      await expect(page.locator('consentkit-banner')).toBeAttached();
      await expect(banner(page)).toHaveCount(0);
    });
  }

  test('"Preferences" opens the preference center', async ({ page }) => {
    await page.goto(PAGE);
    await banner(page).getByRole('button', { name: 'Preferences', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Privacy preferences' })).toBeVisible();
    expect((await state(page)).view).toBe('preferences');
  });

  test('× closes as a "close" decision that grants nothing', async ({ page }) => {
    await page.goto(PAGE);
    await banner(page).getByRole('button', { name: 'Close' }).click();
    await expect(banner(page)).toHaveCount(0);
    expect(await state(page)).toMatchObject({ decided: true, method: 'close', consent: { analytics: false, targeting: false } });
    expect(await consentCookie(page)).toBeDefined();
  });

  test('keyboard only: Tab reaches the banner first, Escape closes it as "close"', async ({ page }) => {
    await page.goto(PAGE);
    await page.keyboard.press('Tab');
    await expect(banner(page).getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(banner(page)).toHaveCount(0);
    expect((await state(page)).method).toBe('close');
  });

  test('Escape closes it as "close" while focus is on the page, not in the banner', async ({ page }) => {
    await page.goto(PAGE);
    await expect(banner(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(banner(page)).toHaveCount(0);
    expect(await state(page)).toMatchObject({ decided: true, method: 'close', consent: { analytics: false, targeting: false } });
  });

  test('Escape that the site already handled (defaultPrevented) leaves the banner alone', async ({ page }) => {
    await page.goto(PAGE);
    await expect(banner(page)).toBeVisible();
    await page.evaluate(() => window.addEventListener('keydown', (e) => e.key === 'Escape' && e.preventDefault(), { capture: true }));
    await page.keyboard.press('Escape');
    await expect(banner(page)).toBeVisible();
    expect((await state(page)).decided).toBe(false);
  });

  for (const [name, method] of [
    ['Accept all', 'accept-all'],
    ['Reject all', 'reject-all'],
  ] as const) {
    test(`keyboard only: Tab to "${name}" and press Enter`, async ({ page }) => {
      await page.goto(PAGE);
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        if (
          await banner(page)
            .getByRole('button', { name, exact: true })
            .evaluate((el) => el.matches(':focus'))
        )
          break;
      }
      await expect(banner(page).getByRole('button', { name, exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(banner(page)).toHaveCount(0);
      expect((await state(page)).method).toBe(method);
    });
  }

  test('does not hide page content from assistive technology and is not modal', async ({ page }) => {
    await page.goto(PAGE);
    await expect(banner(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Example shop' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'A page button' })).toBeVisible();
    expect(await page.locator('[aria-hidden="true"], [inert]').count()).toBe(0);
    await page.getByRole('button', { name: 'A page button' }).click(); // the page stays usable
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('causes no layout shift (PerformanceObserver "layout-shift" total 0)', async ({ page }) => {
    await page.goto(PAGE);
    await expect(banner(page)).toBeVisible();
    await page.waitForTimeout(500); // let the entrance animation finish
    await banner(page).getByRole('button', { name: 'Reject all', exact: true }).click();
    await page.evaluate(() => window.consent.showBanner());
    await expect(banner(page)).toBeVisible();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBe(0);
  });

  test('floating button re-opens the preferences after a decision, and withdrawing takes two clicks', async ({ page }) => {
    await page.goto(`${PAGE}?options=${encodeURIComponent(JSON.stringify({ floatingButton: true }))}`);
    await expect(page.getByRole('button', { name: 'Privacy settings' })).toHaveCount(0); // not while the banner shows
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await page.getByRole('button', { name: 'Privacy settings' }).click();
    await page.getByRole('dialog', { name: 'Privacy preferences' }).getByRole('button', { name: 'Reject all' }).click();
    expect(await state(page)).toMatchObject({ method: 'reject-all', consent: { analytics: false, targeting: false } });
    // Focus goes back to the floating button that opened the dialog.
    await expect(page.getByRole('button', { name: 'Privacy settings' })).toBeFocused();
  });

  test('unmount() removes the UI and its listeners', async ({ page }) => {
    await page.goto(PAGE);
    await page.evaluate(() => window.consentBanner.unmount());
    await expect(page.locator('consentkit-banner')).toHaveCount(0);
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
