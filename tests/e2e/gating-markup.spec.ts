import { expect, test } from '@playwright/test';
import { cookieNames, ran, recordTrackerRequests, settle } from '../fixtures/gating/helpers';

// Marked-up tags: <script type="text/plain" data-category>, <iframe|img data-category data-src>.
const PAGE = '/fixtures/gating/markup.html';
const GATED_COOKIES = ['_clck', '_fbp', '_ga', '_gcl_au', '_gid'];

test.describe('marked-up scripts and embeds', () => {
  test.beforeEach(async ({ page, context }) => {
    const requests = recordTrackerRequests(page);
    await page.goto(PAGE);
    await settle(page);
    await expect.poll(() => page.evaluate(() => (window as any).__lateAdded)).toBe(true);
    // Before any choice: nothing gated ran, nothing reached a tracker path, no gated cookie.
    expect(await ran(page)).toEqual([]);
    expect(requests).toEqual([]);
    expect((await cookieNames(context)).filter((n) => GATED_COOKIES.includes(n))).toEqual([]);
    // The embeds wait, with the placeholder hook set.
    await expect(page.locator('#video')).toHaveAttribute('data-consentkit-blocked', 'targeting');
    await expect(page.locator('#video')).not.toHaveAttribute('src', /./);
    await expect(page.locator('#pixel')).not.toHaveAttribute('src', /./);
    expect(await page.evaluate(() => (window as any).__blocked)).toEqual(['video', 'pixel']);
  });

  test('accept all runs every gated script once, in document order, and loads the embeds', async ({ page, context }) => {
    // ga.js answers slowly: the inline script after it must still wait for it.
    await page.route('**/vendor/ga.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.evaluate(() => window.consent!.acceptAll());
    await expect.poll(() => ran(page)).toHaveLength(6);
    await settle(page);
    const order = await ran(page);
    // heatmap.js is `async`-free but lives in <body>: it follows the head scripts. The script
    // added after load follows everything that was already in the page.
    expect(order).toEqual(['ga', 'inline-analytics', 'ads', 'inline-both', 'heatmap', 'late-inline']);
    await expect.poll(() => page.evaluate(() => (window as any).__embeds)).toEqual(['/vendor/embed.html?v=1']);
    await expect(page.locator('#video')).not.toHaveAttribute('data-consentkit-blocked', /.*/);
    await expect(page.locator('#pixel')).toHaveAttribute('src', '/collect/img-pixel');
    expect((await cookieNames(context)).filter((n) => GATED_COOKIES.includes(n))).toEqual(GATED_COOKIES);
    // A second grant (or a rescan) runs nothing again.
    await page.evaluate(() => {
      window.consent!.update({ analytics: true });
      window.gating!.rescan();
    });
    await settle(page);
    expect(await ran(page)).toEqual(order);
  });

  test('granting one category runs only its scripts; a script needing two waits for both', async ({ page }) => {
    await page.evaluate(() => window.consent!.update({ analytics: true }));
    await expect.poll(() => ran(page)).toEqual(['ga', 'inline-analytics', 'heatmap', 'late-inline']);
    await page.evaluate(() => window.consent!.update({ targeting: true }));
    await expect.poll(() => ran(page)).toEqual(['ga', 'inline-analytics', 'heatmap', 'late-inline', 'ads', 'inline-both']);
  });

  test('reject all runs nothing and loads nothing', async ({ page, context }) => {
    const requests = recordTrackerRequests(page);
    await page.evaluate(() => window.consent!.rejectAll());
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(requests).toEqual([]);
    expect((await cookieNames(context)).filter((n) => GATED_COOKIES.includes(n))).toEqual([]);
  });

  test('withdraw after accept deletes the cookies and storage the tags wrote and unloads the iframe', async ({ page, context }) => {
    await page.evaluate(() => window.consent!.acceptAll());
    await expect.poll(async () => (await cookieNames(context)).filter((n) => GATED_COOKIES.includes(n))).toEqual(GATED_COOKIES);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('heatmap_session'))).not.toBeNull();
    await page.evaluate(() => window.consent!.withdraw());
    expect((await cookieNames(context)).filter((n) => GATED_COOKIES.includes(n))).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('heatmap_session'))).toBeNull();
    await expect(page.locator('#video')).toHaveAttribute('src', 'about:blank');
    await expect(page.locator('#video')).toHaveAttribute('data-consentkit-blocked', 'targeting');
    expect(await cookieNames(context)).toContain('consentkit');
  });

  test('a returning visitor who accepted gets the tags at load, and one who rejected does not', async ({ page, context }) => {
    await page.evaluate(() => window.consent!.acceptAll());
    await expect.poll(() => ran(page)).toHaveLength(6);
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(['ga', 'inline-analytics', 'ads', 'inline-both', 'heatmap', 'late-inline']);
    await page.evaluate(() => window.consent!.rejectAll());
    const requests = recordTrackerRequests(page);
    await page.reload();
    await settle(page);
    await expect.poll(() => page.evaluate(() => (window as any).__lateAdded)).toBe(true);
    expect(await ran(page)).toEqual([]);
    expect(requests).toEqual([]);
    expect((await cookieNames(context)).filter((n) => GATED_COOKIES.includes(n))).toEqual([]);
  });
});
