import { expect, test } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';
import { recordTrackerRequests, routeTrackers, settle } from '../fixtures/gating/helpers';
import { SANDBOX, ran } from './consent-integrity-helpers';

// Finding 1 of issue 10: an exception during start-up must leave the page fail-closed (gating
// on, everything but necessary denied, consent in memory), never unguarded. In an
// <iframe sandbox="allow-scripts"> reading document.cookie or localStorage throws a SecurityError.
// The framed page (tests/fixtures/consent-integrity/framed.html) loads a tracker tag, fires a
// pixel and fetches a tracker endpoint from its own code, without markup.

async function framed(page: Page): Promise<Frame> {
  await page.goto(SANDBOX);
  const frame = page.frames().find((f) => f.url().endsWith('/consent-integrity/framed.html'));
  if (!frame) throw new Error('the sandboxed frame did not load');
  await frame.waitForFunction(() => 'ConsentKit' in window, undefined, { polling: 50 });
  return frame;
}

test('a sandboxed frame (document.cookie throws): gating holds every tracker, and acceptAll() runs the gated tags in memory', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await routeTrackers(page, { 'www.googletagmanager.com/gtag/js': { name: 'gtag' } });
  const requests = recordTrackerRequests(page);
  const frame = await framed(page);
  // The premise: this frame cannot read cookies.
  expect(
    await frame.evaluate(() => {
      try {
        return document.cookie;
      } catch (error) {
        return (error as Error).name;
      }
    }),
  ).toBe('SecurityError');
  await settle(page);
  expect(requests).toEqual([]);
  expect(await ran(frame)).toEqual([]);
  expect(await frame.evaluate(() => [window.ConsentKit.hasDecided(), window.ConsentKit.getConsent()])).toEqual([
    false,
    { necessary: true, analytics: false, targeting: false },
  ]);
  await frame.evaluate(() => window.ConsentKit.acceptAll());
  await expect.poll(() => ran(frame)).toEqual(['analytics', 'gtag', 'targeting']);
  expect(await frame.evaluate(() => window.ConsentKit.hasDecided())).toBe(true);
  expect(errors).toEqual([]);
});

test('a sandboxed frame: "Reject all" keeps everything held', async ({ page }) => {
  await routeTrackers(page, { 'www.googletagmanager.com/gtag/js': { name: 'gtag' } });
  const requests = recordTrackerRequests(page);
  const frame = await framed(page);
  await frame.evaluate(() => window.ConsentKit.rejectAll());
  await settle(page);
  expect(await frame.evaluate(() => window.ConsentKit.getConsent())).toEqual({ necessary: true, analytics: false, targeting: false });
  expect(requests).toEqual([]);
  expect(await ran(frame)).toEqual([]);
});
