import { expect, test } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { PAGE, SHOP, consentValue, ran, withPageCode } from './consent-integrity-helpers';

// Findings 3 and 5 of issue 10: the visitor's decision is what holds on every later page.
// ConsentKit reads and writes its cookie through the native document.cookie accessors it
// captured at start, matches the name exactly as the browser stores it, and, when several
// cookies of its name are visible (different paths), takes the newest decision.

const consentCookies = async (context: BrowserContext) =>
  (await context.cookies())
    .filter((c) => c.name === 'consentkit')
    .map((c) => c.path)
    .sort();

test('several consent cookies (an older "accept" on /shop/): "Reject all" made on / holds on /shop/ after reload', async ({ page, context, baseURL }) => {
  // An accepting decision from an earlier configuration, kept on a deeper path.
  const old = consentValue({ analytics: true, targeting: true, daysAgo: 30 });
  await context.addCookies([{ name: 'consentkit', value: old, url: new URL('/fixtures/consent-integrity/shop/', baseURL).href }]);
  await page.goto(PAGE);
  expect(await page.evaluate(() => window.ConsentKit.hasDecided())).toBe(false);
  await page.evaluate(() => window.ConsentKit.rejectAll());
  expect(await consentCookies(context)).toEqual(['/', '/fixtures/consent-integrity/shop/']);
  await page.goto(SHOP);
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => [window.ConsentKit.hasDecided(), window.ConsentKit.getConsent()])).toEqual([
    true,
    { necessary: true, analytics: false, targeting: false },
  ]);
  await page.reload();
  await page.waitForLoadState('load');
  expect(await ran(page)).toEqual([]);
  // A decision written where both are visible deletes the other one.
  await page.evaluate(() => window.ConsentKit.update({ analytics: true }));
  expect(await consentCookies(context)).toEqual(['/']);
  await page.reload();
  await expect.poll(() => ran(page)).toEqual(['analytics']);
});

test('a cookie named consentki%74 (percent-encoded) written by page code is not read as the consent cookie', async ({ page }) => {
  const forged = consentValue({ analytics: true, targeting: true, daysAgo: 0 });
  await withPageCode(page, `document.cookie = ${JSON.stringify(`consentki%74=${forged}; path=/`)};`);
  await page.goto(PAGE);
  await page.reload();
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => [window.ConsentKit.hasDecided(), window.ConsentKit.isGranted('analytics')])).toEqual([false, false]);
  expect(await ran(page)).toEqual([]);
});

test('page code that overrides document.cookie on the document cannot rewrite the decision ConsentKit stores', async ({ page, context }) => {
  // Turns every consent write into "accept all": a rejection (a0.t0, method 1) becomes an acceptance.
  await withPageCode(
    page,
    `var native = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
     Object.defineProperty(document, 'cookie', {
       configurable: true,
       get: function () { return native.get.call(document); },
       set: function (value) { native.set.call(document, String(value).replace(/\\|a0\\.t0\\|1\\|/, '|a1.t1|0|')); },
     });`,
  );
  await page.goto(PAGE);
  await page.evaluate(() => window.ConsentKit.rejectAll());
  expect((await context.cookies()).find((c) => c.name === 'consentkit')?.value).toContain('|a0.t0|1|');
  await page.reload();
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => [window.ConsentKit.hasDecided(), window.ConsentKit.isGranted('analytics')])).toEqual([true, false]);
  expect(await ran(page)).toEqual([]);
});
