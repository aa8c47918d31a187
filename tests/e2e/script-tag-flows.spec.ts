import { expect, test } from '@playwright/test';
import { bannerButton, cookieNames, editPage, ran, recordErrors, recordTagRequests, settle } from './script-tag-helpers';

// The built script-tag bundle (packages/consentkit/dist/consentkit.min.js) on the multi-page
// example site examples/script-tag/: what a visitor sees, what runs, what is stored and sent.
const HOME = '/examples/script-tag/index.html';
const TRACKER_COOKIES = ['_fbp', '_ga', '_gcl_au', '_gid'];
const trackerCookies = async (context: Parameters<typeof cookieNames>[0]) => (await cookieNames(context)).filter((n) => TRACKER_COOKIES.includes(n));

test.describe('script tag: consent flows on the example site', () => {
  test('first visit: the banner shows, nothing gated runs or is requested, no tracker cookie', async ({ page, context }) => {
    const errors = recordErrors(page);
    const requests = recordTagRequests(page);
    await page.goto(HOME);
    await expect(bannerButton(page, 'Accept all')).toBeVisible();
    await expect(bannerButton(page, 'Reject all')).toBeVisible();
    await expect(bannerButton(page, 'Preferences')).toBeVisible();
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(requests).toEqual([]);
    expect(await trackerCookies(context)).toEqual([]);
    expect(await cookieNames(context)).not.toContain('consentkit');
    expect(await page.evaluate(() => [window.ConsentKit.hasDecided(), window.ConsentKit.getConsent()])).toEqual([
      false,
      { necessary: true, analytics: false, targeting: false },
    ]);
    expect(errors).toEqual([]);
  });

  test('accept all: every gated tag runs once, cookies and hits follow; reload keeps it without the banner', async ({ page, context }) => {
    const errors = recordErrors(page);
    const requests = recordTagRequests(page);
    await page.goto(HOME);
    await bannerButton(page, 'Accept all').click();
    await expect(bannerButton(page, 'Accept all')).toBeHidden();
    await expect.poll(() => ran(page).then((r) => r.sort())).toEqual(['ads', 'gtag', 'inline-analytics', 'site-analytics-callback']);
    await expect.poll(() => trackerCookies(context)).toEqual(['_fbp', '_ga', '_gcl_au']);
    expect(requests).toContain('/examples/script-tag/gtag.js?id=G-DEMO');
    expect(requests).toContain('/vendor/ads.js');
    await expect.poll(() => requests.filter((r) => r.startsWith('/collect/gtag?en=page_view&gcs=G111')).length).toBe(1);
    expect(await cookieNames(context)).toContain('consentkit');

    const again = recordTagRequests(page);
    await page.reload();
    await expect.poll(() => ran(page).then((r) => r.sort())).toEqual(['ads', 'gtag', 'inline-analytics', 'site-analytics-callback']);
    await settle(page);
    await expect(page.locator('consentkit-banner').getByRole('button', { name: 'Accept all' })).toHaveCount(0);
    expect(again).toContain('/vendor/ads.js');
    expect(await page.evaluate(() => window.ConsentKit.hasDecided())).toBe(true);
    expect(errors).toEqual([]);
  });

  test('reject all: nothing runs now or after reload, and the banner stays away', async ({ page, context }) => {
    const requests = recordTagRequests(page);
    await page.goto(HOME);
    await bannerButton(page, 'Reject all').click();
    await expect(bannerButton(page, 'Reject all')).toBeHidden();
    await page.reload();
    await settle(page);
    await expect(page.locator('consentkit-banner').getByRole('button', { name: 'Reject all' })).toHaveCount(0);
    expect(await ran(page)).toEqual([]);
    expect(requests).toEqual([]);
    expect(await trackerCookies(context)).toEqual([]);
    expect(await cookieNames(context)).toContain('consentkit');
  });

  test('custom choice in the preference center: analytics only', async ({ page, context }) => {
    const requests = recordTagRequests(page);
    await page.goto(HOME);
    await bannerButton(page, 'Preferences').click();
    const dialog = page.locator('consentkit-banner').getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('switch', { name: /Analytics/ }).click();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => ran(page).then((r) => r.sort())).toEqual(['gtag', 'inline-analytics', 'site-analytics-callback']);
    await settle(page);
    expect(requests).not.toContain('/vendor/ads.js');
    expect(await trackerCookies(context)).toEqual(['_ga']);
    expect(await page.evaluate(() => window.ConsentKit.getConsent())).toEqual({ necessary: true, analytics: true, targeting: false });
  });

  test('a new policy version asks again and applies nothing from the old decision', async ({ page }) => {
    await page.goto(HOME);
    await bannerButton(page, 'Accept all').click();
    await expect.poll(() => ran(page)).toContain('ads');
    await editPage(page, /\/examples\/script-tag\/index\.html/, (html) => html.replace('"policyVersion": "2026-11-01"', '"policyVersion": "2027-01-15"'));
    await page.reload();
    await expect(bannerButton(page, 'Accept all')).toBeVisible();
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(await page.evaluate(() => window.ConsentKit.hasDecided())).toBe(false);
  });

  test('a tampered consent cookie is ignored: banner again, nothing runs, no error', async ({ page, context }) => {
    const errors = recordErrors(page);
    await page.goto(HOME);
    await bannerButton(page, 'Accept all').click();
    await expect.poll(() => ran(page)).toContain('ads');
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'consentkit');
    for (const value of [cookie!.value.replace('|a1.t1|', '|a1.t1.x9|'), 'garbage%%', cookie!.value.slice(0, 12), '9|' + cookie!.value]) {
      await context.addCookies([{ name: 'consentkit', value, domain: cookie!.domain, path: cookie!.path }]);
      expect((await context.cookies()).find((c) => c.name === 'consentkit')?.value).toBe(value);
      await page.reload();
      await expect(bannerButton(page, 'Accept all'), `cookie ${value}`).toBeVisible();
      await settle(page);
      expect(await ran(page), `cookie ${value}`).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  test('calling init twice, and loading the bundle twice, is harmless', async ({ page }) => {
    const errors = recordErrors(page);
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(HOME);
    await expect(bannerButton(page, 'Accept all')).toBeVisible();
    const same = await page.evaluate(async () => {
      const kit = window.ConsentKit;
      const a = kit.init();
      const b = kit.init({ policyVersion: 'other', region: 'US-CA' } as never);
      const script = document.createElement('script');
      script.src = '/dist/consentkit/consentkit.min.js';
      script.setAttribute('data-config', '#consentkit-config');
      await new Promise((resolve) => {
        script.onload = resolve;
        document.head.append(script);
      });
      return a === kit && b === kit && window.ConsentKit === kit && kit.getConsent().analytics === false;
    });
    expect(same).toBe(true);
    await settle(page);
    await expect(page.locator('consentkit-banner')).toHaveCount(1);
    expect(warnings.filter((w) => w.includes('init() was already called'))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test('calls queued before the bundle loaded run; a bad queued call is reported and skipped', async ({ page }) => {
    const errors = recordErrors(page);
    await page.addInitScript(() => {
      const queue: unknown[] = ((window as any).consentkit = (window as any).consentkit || []);
      queue.push(['onGranted', 'targeting', () => ((window as any).__ran = (window as any).__ran || []).push('queued-targeting')]);
      queue.push(['grantEverything']);
    });
    await page.goto(HOME);
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(errors).toEqual([expect.stringContaining('"grantEverything" is not a ConsentKit method')]);
    await bannerButton(page, 'Accept all').click();
    await expect.poll(() => ran(page)).toContain('queued-targeting');
    // After start-up the queue runs calls at once.
    await page.evaluate(() => (window as any).consentkit.push(['onGranted', 'analytics', () => (window as any).__ran.push('late-push')]));
    expect(await ran(page)).toContain('late-push');
  });
});
