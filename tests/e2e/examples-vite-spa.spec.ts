import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { bannerButton, ran, recordErrors, settle } from './script-tag-helpers';

// examples/react-spa (@consentkit/react) and examples/vue-spa (@consentkit/vue): single-page apps
// built with Vite into their dist/ by scripts/build-assets.mjs (built here too) and served as static
// files. Each renders its analytics component inside <ConsentGate category="analytics">; the
// component adds a local stand-in tag (/vendor/ga.js, which records itself in window.__ran).
const EXAMPLES = ['react-spa', 'vue-spa'] as const;

/** Every request for the analytics stand-in. */
function tagRequests(target: Page | BrowserContext): string[] {
  const seen: string[] = [];
  target.on('request', (r) => {
    if (new URL(r.url()).pathname === '/vendor/ga.js') seen.push(r.url());
  });
  return seen;
}

for (const name of EXAMPLES) {
  test.describe(`examples/${name}`, () => {
    test.describe.configure({ mode: 'serial' });
    const PAGE = `/examples/${name}/dist/index.html`;

    test.beforeAll(async () => {
      test.setTimeout(120_000);
      // @ts-expect-error -- a plain .mjs build script without declarations
      const { buildViteExample } = await import('../../scripts/build-assets.mjs');
      expect(buildViteExample(name)).toBe(true);
    });

    test('first visit: the gated component is not rendered and its tag not requested; accept renders it; reload renders it at once', async ({ page }) => {
      const errors = recordErrors(page);
      const requested = tagRequests(page);
      await page.goto(PAGE);
      await expect(bannerButton(page, 'Accept all')).toBeVisible();
      // The app rendered (the gate's notice is React's / Vue's output), without the component.
      await expect(page.locator('[data-consentkit-gate="analytics"]').getByRole('button', { name: 'Allow analytics' })).toBeVisible();
      await settle(page);
      await expect(page.getByTestId('analytics-on')).toHaveCount(0);
      expect(requested).toEqual([]);
      expect(await ran(page)).toEqual([]);

      await bannerButton(page, 'Accept all').click();
      await expect.poll(() => ran(page)).toEqual([name]);
      await expect(page.getByTestId('analytics-on')).toBeVisible();
      await expect(page.locator('[data-consentkit-gate]')).toHaveCount(0);
      expect(requested).toHaveLength(1);

      await page.reload();
      await expect.poll(() => ran(page)).toEqual([name]);
      await expect(page.getByTestId('analytics-on')).toBeVisible();
      await settle(page);
      await expect(page.locator('[data-consentkit-gate]')).toHaveCount(0);
      expect(await page.locator('consentkit-banner section').count()).toBe(0);
      expect(requested).toHaveLength(2);
      expect(errors).toEqual([]);
    });

    test('the gate’s own “Allow analytics” button renders the component; after Reject all it stays out', async ({ page, context }) => {
      const errors = recordErrors(page);
      const requested = tagRequests(context);
      await page.goto(PAGE);
      await page.locator('[data-consentkit-gate="analytics"]').getByRole('button', { name: 'Allow analytics' }).click();
      await expect.poll(() => ran(page)).toEqual([name]);
      await expect(page.getByTestId('analytics-on')).toBeVisible();
      expect(await page.evaluate(() => document.querySelector('main')!.textContent)).toContain('Analytics is allowed');

      await context.clearCookies();
      const fresh = await context.newPage();
      await fresh.goto(PAGE);
      await bannerButton(fresh, 'Reject all').click();
      await settle(fresh);
      await expect(fresh.getByTestId('analytics-on')).toHaveCount(0);
      await expect(fresh.locator('[data-consentkit-gate="analytics"]')).toBeVisible();
      expect(await ran(fresh)).toEqual([]);
      expect(requested).toHaveLength(1);
      expect(errors).toEqual([]);
    });
  });
}
