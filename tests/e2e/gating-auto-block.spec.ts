import { expect, test } from '@playwright/test';
import { cookieNames, ran, recordTrackerRequests, routeTrackers, settle } from '../fixtures/gating/helpers';

// Tags inserted by page code with no ConsentKit markup, matched by the built-in tracker
// hosts and the site's blockRules ("stats.example.test/js": "analytics").
const PAGE = '/fixtures/gating/auto-block.html';
const TAGS = {
  'www.googletagmanager.com/gtag/js': { name: 'gtag', cookie: '_ga=GA1.1.1.1' },
  'www.googletagmanager.com/gtm.js': { name: 'gtm' },
  'connect.facebook.net/': { name: 'fbevents', cookie: '_fbp=fb.1.1.1' },
  'stats.example.test/js/one.js': { name: 'stats-one' },
  'static.ads-twitter.com/': { name: 'uwt' },
  'stats.example.test/js/two.js': { name: 'stats-two' },
  'www.clarity.ms/': { name: 'clarity', cookie: '_clck=abc|1' },
};
const TRACKER_HOSTS = /googletagmanager|facebook|example\.test|twitter|bing|doubleclick|clarity|linkedin/;

test.describe('auto-blocking of tags inserted without markup', () => {
  let requests: string[];
  test.beforeEach(async ({ page, context }) => {
    requests = recordTrackerRequests(page);
    await routeTrackers(page, TAGS);
    await page.goto(PAGE);
    await settle(page);
    expect(await page.evaluate(() => (window as any).__done)).toBe(true);
    // Before any choice: only the first-party script ran; no request left for a tracker host.
    expect(await ran(page)).toEqual(['first-party']);
    expect(requests.filter((url) => TRACKER_HOSTS.test(url))).toEqual([]);
    expect((await cookieNames(context)).filter((n) => /^_(ga|fbp|clck)$/.test(n))).toEqual([]);
    // Page code reads back what it set, and the iframe exposes the placeholder hook.
    expect(await page.evaluate(() => (document.getElementById('floodlight') as HTMLIFrameElement).src)).toContain('doubleclick');
    await expect(page.locator('#floodlight')).toHaveAttribute('data-consentkit-blocked', 'targeting');
  });

  test('accept releases every held tag once; ordered scripts keep their order; onload fires', async ({ page, context }) => {
    await page.evaluate(() => window.consent!.acceptAll());
    await expect.poll(async () => (await ran(page)).length).toBe(8);
    await settle(page);
    const order = await ran(page);
    expect([...order].sort()).toEqual(['clarity', 'fbevents', 'first-party', 'gtag', 'gtm', 'stats-one', 'stats-two', 'uwt']);
    const ordered = order.filter((name) => ['stats-one', 'uwt', 'stats-two'].includes(name));
    expect(ordered).toEqual(['stats-one', 'uwt', 'stats-two']);
    expect(await page.evaluate(() => (window as any).__loaded)).toEqual(['gtag']);
    for (const host of ['bat.bing.com/action/0', 'www.facebook.com/tr', 'ad.doubleclick.net/ddm', 'px.ads.linkedin.com/collect']) {
      expect(requests.filter((url) => url.includes(host))).toHaveLength(1);
    }
    await expect(page.locator('#floodlight')).not.toHaveAttribute('data-consentkit-blocked', /.*/);
    expect((await cookieNames(context)).filter((n) => /^_(ga|fbp|clck)$/.test(n))).toEqual(['_clck', '_fbp', '_ga']);
  });

  test('granting analytics releases only the analytics tags', async ({ page }) => {
    await page.evaluate(() => window.consent!.update({ analytics: true }));
    await expect.poll(async () => [...(await ran(page))].sort()).toEqual(['clarity', 'first-party', 'gtag', 'gtm', 'stats-one', 'stats-two']);
    await settle(page);
    expect(requests.filter((url) => /facebook|twitter|bing|doubleclick|linkedin/.test(url))).toEqual([]);
  });

  test('reject releases nothing, and tags inserted after the choice are held too', async ({ page, context }) => {
    await page.evaluate(() => window.consent!.rejectAll());
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.src = 'https://connect.facebook.net/signals/config/1';
      document.body.appendChild(s);
      new Image().src = 'https://www.facebook.com/tr?ev=Later';
    });
    await settle(page);
    expect(await ran(page)).toEqual(['first-party']);
    expect(requests.filter((url) => TRACKER_HOSTS.test(url))).toEqual([]);
    expect((await cookieNames(context)).filter((n) => /^_(ga|fbp|clck)$/.test(n))).toEqual([]);
  });
});

test('a tracker <script> written into the HTML without markup does not execute before consent (its download may happen)', async ({ page }) => {
  await routeTrackers(page, { 'www.googletagmanager.com/gtag/js': { name: 'static-gtag' } });
  await page.goto('/fixtures/gating/static-tracker.html');
  await settle(page);
  expect(await ran(page)).toEqual([]);
  await page.evaluate(() => window.consent!.acceptAll());
  await expect.poll(() => ran(page)).toEqual(['static-gtag']);
});
