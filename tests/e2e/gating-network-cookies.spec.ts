import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { cookieNames, recordTrackerRequests, routeTrackers, settle } from '../fixtures/gating/helpers';

const PAGE = '/fixtures/gating/manual.html';

/** Creates the manager with `config` and enables gating, the way the script tag does. */
const start = (page: Page, config: Record<string, unknown>) =>
  page.evaluate((c) => {
    const { createConsentManager, enableGating } = window.ConsentKitTest;
    window.consent = createConsentManager(c as never);
    window.gating = enableGating(window.consent);
  }, config);

/** Tries a beacon, a fetch and an XHR to tracker hosts; says what each one did. */
const tryRequests = (page: Page, tag: string) =>
  page.evaluate(async (t) => {
    const beacon = navigator.sendBeacon(`https://www.google-analytics.com/g/collect?v=2&en=${t}`, 'x');
    const fetched = await fetch(`https://connect.facebook.net/tr?ev=${t}`, { mode: 'no-cors' }).then(
      () => 'sent',
      (error: Error) => error.message,
    );
    const xhr = await new Promise<string>((resolve) => {
      const request = new XMLHttpRequest();
      request.open('GET', `https://bat.bing.com/action/0?evt=${t}`);
      request.onload = () => resolve('loaded');
      request.onerror = () => resolve('error');
      request.send();
    });
    return { beacon, fetched, xhr };
  }, tag);

test.describe('network guard', () => {
  test('sendBeacon, fetch and XHR to tracker hosts are blocked while denied, allowed once granted', async ({ page }) => {
    await routeTrackers(page);
    const requests = recordTrackerRequests(page);
    await page.goto(PAGE);
    await start(page, { policyVersion: 'test-1', region: 'FR' });

    const before = await tryRequests(page, 'before');
    expect(before).toEqual({
      beacon: false,
      fetched: 'ConsentKit blocked a request to https://connect.facebook.net/tr?ev=before: category "targeting" is not granted',
      xhr: 'error',
    });
    // A first-party request is untouched.
    expect(await page.evaluate(() => fetch('/__health').then((r) => r.text()))).toBe('ok');
    await settle(page);
    expect(requests).toEqual([]);

    await page.evaluate(() => window.consent!.acceptAll());
    expect(await tryRequests(page, 'granted')).toEqual({ beacon: true, fetched: 'sent', xhr: 'loaded' });
    await settle(page);
    expect(requests.map((url) => new URL(url).host).sort()).toEqual(['bat.bing.com', 'connect.facebook.net', 'www.google-analytics.com']);

    await page.evaluate(() => window.consent!.rejectAll());
    expect((await tryRequests(page, 'revoked')).beacon).toBe(false);
    await settle(page);
    expect(requests.filter((url) => url.includes('revoked'))).toEqual([]);
  });
});

test.describe('cookie guard and cleanup', () => {
  const config = { policyVersion: 'test-1', region: 'FR', cookies: { site_pref: 'necessary', 'promo_*': 'targeting' } };

  test('drops writes of denied categories, keeps necessary and (with a dev warning) unknown ones; reads are untouched', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(PAGE);
    await start(page, config);
    const jar = await page.evaluate(() => {
      for (const c of ['_ga=GA1.1.1', '_gcl_au=1.1.1', 'promo_seen=1', 'site_pref=dark', 'mystery=1']) document.cookie = `${c}; path=/`;
      return document.cookie
        .split('; ')
        .map((c) => c.split('=')[0])
        .sort();
    });
    expect(jar).toEqual(['mystery', 'site_pref']);
    expect(warnings.filter((w) => w.includes('"mystery" is not classified'))).toHaveLength(1);

    await page.evaluate(() => window.consent!.update({ analytics: true }));
    const granted = await page.evaluate(() => {
      document.cookie = '_ga=GA1.1.2; path=/';
      document.cookie = 'promo_seen=1; path=/';
      return document.cookie;
    });
    expect(granted).toContain('_ga=GA1.1.2');
    expect(granted).not.toContain('promo_seen');
  });

  test('strict mode blocks unknown cookies', async ({ page }) => {
    await page.goto(PAGE);
    await start(page, { ...config, unknownCookies: 'block' });
    const jar = await page.evaluate(() => {
      document.cookie = 'mystery=1; path=/';
      document.cookie = 'site_pref=dark; path=/';
      return document.cookie;
    });
    expect(jar).toBe('site_pref=dark');
  });

  test('cookies set before consent (any path) are deleted at start and again after withdraw; HttpOnly ones are out of reach', async ({
    page,
    context,
    baseURL,
  }) => {
    const { hostname } = new URL(baseURL!);
    await context.addCookies([
      { name: '_ga', value: 'GA1.1.old', domain: hostname, path: '/' },
      { name: '_fbp', value: 'fb.1.old', domain: hostname, path: '/fixtures/gating' },
      { name: 'promo_seen', value: '1', domain: hostname, path: '/fixtures/' },
      { name: 'site_pref', value: 'dark', domain: hostname, path: '/' },
      { name: '_gid', value: 'server-set', domain: hostname, path: '/', httpOnly: true },
    ]);
    await page.goto(PAGE);
    await start(page, config);
    // Limit: JavaScript cannot see or delete an HttpOnly cookie (docs/gating.md).
    expect(await cookieNames(context)).toEqual(['_gid', 'site_pref']);

    await page.evaluate(() => window.consent!.acceptAll());
    await page.evaluate(() => {
      document.cookie = '_ga=GA1.1.new; path=/';
      document.cookie = '_fbp=fb.1.new; path=/fixtures/gating/';
    });
    expect(await cookieNames(context)).toEqual(['_fbp', '_ga', '_gid', 'consentkit', 'site_pref']);
    await page.evaluate(() => window.consent!.withdraw());
    expect(await cookieNames(context)).toEqual(['_gid', 'consentkit', 'site_pref']);
  });
});
