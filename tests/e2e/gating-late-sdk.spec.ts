import { expect, test } from '@playwright/test';
import { cookieNames, ran, recordTrackerRequests, routeTrackers, settle } from '../fixtures/gating/helpers';

// What ConsentKit can and cannot do when it is NOT loaded first (docs/gating.md, "Load it first").
test('a tag that ran before ConsentKit: its cookies are deleted and later writes, beacons and inserts are blocked, but what it already did or captured is not undone', async ({
  page,
  context,
}) => {
  await routeTrackers(page);
  const requests = recordTrackerRequests(page);
  await page.goto('/fixtures/gating/late.html');
  await settle(page);
  // Limit: the tag executed and reported before ConsentKit existed.
  expect(await ran(page)).toEqual(['ga']);
  expect(requests.some((url) => url.includes('/collect/ga'))).toBe(true);
  // ConsentKit deleted the cookies it wrote as soon as it started (analytics is denied).
  expect((await cookieNames(context)).filter((n) => /^_(ga|gid)$/.test(n))).toEqual([]);

  const after = await page.evaluate(async () => {
    document.cookie = '_ga=GA1.1.again; path=/';
    const beacon = navigator.sendBeacon('https://www.google-analytics.com/g/collect?v=2&en=later');
    const s = document.createElement('script');
    s.src = '/vendor/ga.js';
    document.head.appendChild(s);
    // Limit: a reference captured before ConsentKit loaded is the native function.
    const captured = (window as any).__capturedBeacon('https://www.google-analytics.com/g/collect?v=2&en=captured');
    return { beacon, captured, cookie: document.cookie };
  });
  await settle(page);
  expect(after.beacon).toBe(false);
  expect(after.cookie).not.toContain('_ga=');
  expect(await ran(page)).toEqual(['ga']);
  expect(requests.filter((url) => url.includes('en=later'))).toEqual([]);
  expect(after.captured).toBe(true);
  expect(requests.filter((url) => url.includes('en=captured'))).toHaveLength(1);
});
