import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// <consentkit-preferences> on a privacy-policy page, and placeholders for the iframes that
// core's real gating (`enableGating`, turned on by the fixture's <html data-gating>) blocked.

const consent = (page: Page) => page.evaluate(() => window.consent.getConsent());

test.describe('<consentkit-preferences>', () => {
  // Tall enough that the bottom banner does not cover the element's buttons.
  test.use({ viewport: { width: 1024, height: 1600 } });

  test('renders the preference center inline (not a dialog) and saves choices', async ({ page }) => {
    await page.goto('/fixtures/banner/privacy.html');
    const element = page.locator('consentkit-preferences');
    await expect(element.getByRole('heading', { name: 'Privacy preferences' })).toBeVisible();
    await expect(element.getByRole('dialog')).toHaveCount(0);
    await expect(element.getByRole('switch')).toHaveCount(3);
    await expect(element.getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'false');
    await element.getByRole('switch', { name: 'Analytics' }).click();
    await element.getByRole('button', { name: 'Save' }).click();
    expect(await consent(page)).toEqual({ necessary: true, analytics: true, targeting: false });
    await expect(element.getByRole('status').filter({ hasText: 'Your choices have been saved.' })).toBeVisible();
    // The banner went away with the decision; the element stays.
    await expect(page.getByRole('region', { name: 'Your privacy' })).toHaveCount(0);
    await expect(element.getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'true');
  });

  test('follows decisions made elsewhere (the banner)', async ({ page }) => {
    await page.goto('/fixtures/banner/privacy.html');
    await page.getByRole('region', { name: 'Your privacy' }).getByRole('button', { name: 'Accept all' }).click();
    const element = page.locator('consentkit-preferences');
    await expect(element.getByRole('switch', { name: 'Advertising' })).toHaveAttribute('aria-checked', 'true');
  });

  test('an element added later, and removed and re-added, renders again', async ({ page }) => {
    await page.goto('/fixtures/banner/index.html');
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('consentkit-preferences')));
    const element = page.locator('consentkit-preferences');
    await expect(element.getByRole('switch')).toHaveCount(3);
    await page.evaluate(() => {
      const el = document.querySelector('consentkit-preferences')!;
      el.remove();
      document.querySelector('main')!.append(el);
    });
    await expect(element.getByRole('switch')).toHaveCount(3);
    await element.getByRole('button', { name: 'Reject all' }).click();
    expect(await page.evaluate(() => window.consent.getDecision()?.method)).toBe('reject-all');
  });
});

test.describe('embed placeholders', () => {
  const placeholder = (page: Page, title: string) => page.locator('consentkit-placeholder').filter({ hasText: title });

  test('say what the content is and which category it needs; the blocked iframe is hidden', async ({ page }) => {
    await page.goto('/fixtures/banner/embeds.html');
    await expect(page.locator('consentkit-placeholder')).toHaveCount(2);
    await expect(placeholder(page, 'Product tour video')).toContainText('needs your consent for: Advertising');
    await expect(placeholder(page, 'Store map')).toContainText('needs your consent for: Analytics');
    await expect(page.locator('#video')).toBeHidden();
    // Sized like the iframe it replaces (width attribute 560).
    expect(Math.round((await placeholder(page, 'Product tour video').boundingBox())!.width)).toBe(560);
  });

  test('"Allow" grants only that category, and the placeholder gives way to the loaded iframe', async ({ page }) => {
    await page.goto('/fixtures/banner/embeds.html');
    await placeholder(page, 'Product tour video').getByRole('button', { name: 'Allow Advertising' }).click();
    expect(await consent(page)).toEqual({ necessary: true, analytics: false, targeting: true });
    await expect(placeholder(page, 'Product tour video')).toHaveCount(0);
    await expect(page.locator('#video')).toBeVisible();
    await expect(page.frameLocator('#video').getByText('Embedded content loaded.')).toBeVisible();
    await expect(placeholder(page, 'Store map')).toHaveCount(1); // analytics is still denied
  });

  test('the real gate blocked the iframes: no src, marked, and nothing loaded', async ({ page }) => {
    const loads: string[] = [];
    page.on('request', (request) => request.url().includes('/embedded.html') && loads.push(request.url()));
    await page.goto('/fixtures/banner/embeds.html');
    await expect(page.locator('consentkit-placeholder')).toHaveCount(2);
    expect(await page.locator('iframe').evaluateAll((frames) => frames.map((f) => [f.getAttribute('src'), f.getAttribute('data-consentkit-blocked')]))).toEqual(
      [
        [null, 'targeting'],
        [null, 'analytics'],
      ],
    );
    expect(loads).toEqual([]);
  });

  test('an iframe an SPA adds later is blocked by the gate and gets a placeholder; "Accept all" removes them all', async ({ page }) => {
    await page.goto('/fixtures/banner/embeds.html');
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.title = 'Late widget';
      frame.setAttribute('data-category', 'analytics');
      frame.setAttribute('data-src', '/fixtures/banner/embedded.html');
      document.querySelector('main')!.append(frame);
    });
    await expect(placeholder(page, 'Late widget')).toBeVisible();
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect(page.locator('consentkit-placeholder')).toHaveCount(0);
    await expect(page.frameLocator('iframe[title="Late widget"]').getByText('Embedded content loaded.')).toBeVisible();
  });

  test('withdrawing consent blocks the loaded iframe again and its placeholder comes back', async ({ page }) => {
    await page.goto('/fixtures/banner/embeds.html');
    await placeholder(page, 'Product tour video').getByRole('button', { name: 'Allow Advertising' }).click();
    await expect(page.frameLocator('#video').getByText('Embedded content loaded.')).toBeVisible();
    await page.evaluate(() => window.consent.update({ targeting: false }));
    await expect(placeholder(page, 'Product tour video')).toBeVisible();
    await expect(page.locator('#video')).toBeHidden();
    expect(await page.locator('#video').getAttribute('src')).toBe('about:blank');
  });

  test('an iframe that needs two categories: one placeholder, "Allow" grants both and loads it', async ({ page }) => {
    await page.goto('/fixtures/banner/embeds.html');
    await page.getByRole('button', { name: 'Reject all' }).click(); // the bottom bar would cover the new frame
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.title = 'Social feed';
      frame.setAttribute('data-category', 'analytics targeting');
      frame.setAttribute('data-src', '/fixtures/banner/embedded.html');
      document.querySelector('main')!.append(frame);
    });
    await placeholder(page, 'Social feed').getByRole('button', { name: 'Allow Analytics, Advertising' }).click();
    expect(await consent(page)).toEqual({ necessary: true, analytics: true, targeting: true });
    await expect(page.frameLocator('iframe[title="Social feed"]').getByText('Embedded content loaded.')).toBeVisible();
    await expect(page.locator('consentkit-placeholder')).toHaveCount(0);
  });

  test('keyboard only: Tab to "Allow" and press Enter', async ({ page }) => {
    await page.goto('/fixtures/banner/embeds.html');
    await page.getByRole('button', { name: 'Reject all' }).click();
    const allow = placeholder(page, 'Store map').getByRole('button', { name: 'Allow Analytics' });
    for (let i = 0; i < 6 && !(await allow.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab');
    await expect(allow).toBeFocused();
    await page.keyboard.press('Enter');
    expect((await consent(page)).analytics).toBe(true);
  });
});
