import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

// The demo pages on a phone and with the banner up: nothing wider than the screen, and the
// privacy page's own controls reachable while the first layer is shown.

const PAGES = [
  '/',
  '/examples/script-tag/index.html',
  '/examples/script-tag/article.html',
  '/examples/script-tag/privacy.html',
  '/examples/spa/index.html',
  '/examples/us-opt-out/index.html',
  '/examples/strict-csp/index.html',
];

/** Waits until ConsentKit's UI has rendered (it loads lazily), so its size counts too. */
async function waitForUi(page: Page) {
  await expect(
    page
      .getByRole('region', { name: /Your privacy/ })
      .or(page.locator('consentkit-preferences [role=switch]'))
      .first(),
  ).toBeVisible({ timeout: 15_000 });
}

test.describe('at 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  for (const path of PAGES) {
    test(`${path} has no horizontal overflow`, async ({ page }) => {
      await page.goto(path);
      if (path !== '/') await waitForUi(page);
      // Also after a decision, when the page shows the (long) consent state.
      const overflow = () =>
        page.evaluate(() => ({
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          wide: [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '')),
        }));
      expect(await overflow()).toEqual({ page: 0, wide: [] });
      const accept = page.getByRole('region', { name: 'Your privacy' }).getByRole('button', { name: 'Accept all' });
      if (await accept.count()) {
        await accept.click();
        await expect(page.getByRole('region', { name: 'Your privacy' })).toHaveCount(0);
        expect(await overflow()).toEqual({ page: 0, wide: [] });
      }
    });
  }
});

/** Scrolls `target` as high as the page allows and says what the visitor would hit at its centre. */
async function hitAtCentre(page: Page, target: Locator): Promise<string> {
  return target.evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (y > innerHeight) return 'below the viewport';
    let hit = document.elementFromPoint(x, y);
    // Look inside open shadow roots (the preference center and the banner live in one).
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit === el || el.contains(hit) ? 'target' : `covered by ${hit?.tagName.toLowerCase()}`;
  });
}

const SCREENS = [
  { width: 375, height: 667, textSize: 16 },
  { width: 1280, height: 720, textSize: 16 },
  // A visitor who set a large default text size in the browser: the banner (which follows it) is taller.
  { width: 1280, height: 720, textSize: 28 },
  { width: 375, height: 667, textSize: 24 },
];
for (const { width, height, textSize } of SCREENS) {
  test.describe(`privacy page with the banner up, ${width}x${height}, ${textSize}px text`, () => {
    test.use({ viewport: { width, height } });

    test('the inline preferences and "Withdraw my consent" are not covered by the banner', async ({ page }) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: textSize } });
      await page.goto('/examples/script-tag/privacy.html');
      await expect(page.getByRole('region', { name: 'Your privacy' })).toBeVisible();
      const preferences = page.locator('consentkit-preferences');
      await expect(preferences.getByRole('switch')).toHaveCount(3);
      for (const target of [
        preferences.getByRole('button', { name: 'Save' }),
        preferences.getByRole('button', { name: 'Reject all' }),
        page.getByRole('button', { name: 'Withdraw my consent' }),
      ]) {
        expect(await hitAtCentre(page, target)).toBe('target');
      }
      // And they work while the banner is up: saving from the page is a decision.
      await preferences.getByRole('switch', { name: 'Analytics' }).click();
      await preferences.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('region', { name: 'Your privacy' })).toHaveCount(0);
      expect(await page.evaluate(() => window.ConsentKit.getConsent())).toEqual({ necessary: true, analytics: true, targeting: false });
    });
  });
}
