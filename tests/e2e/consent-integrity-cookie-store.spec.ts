import { expect, test } from '@playwright/test';
import { PAGE, consentValue, recordCookieHeaders, sentNames, withPageCode } from './consent-integrity-helpers';

// Finding 6 of issue 10: the Cookie Store API (cookieStore.set / delete, Chromium) is guarded
// like document.cookie: no tracker cookie before consent, no forged or erased decision.

declare const cookieStore: { set(...args: unknown[]): Promise<void>; delete(name: string): Promise<void> };

test('cookieStore.set() writes no tracker cookie before consent; after "Accept all" it does', async ({ page, context }) => {
  const headers = recordCookieHeaders(page);
  const forged = consentValue({ analytics: true, targeting: true, daysAgo: 0 });
  await withPageCode(
    page,
    `window.__writes = Promise.all([
       cookieStore.set('_ga', 'GA1.1.123'),
       cookieStore.set({ name: '_fbp', value: 'fb.1.123', path: '/' }),
       cookieStore.set('consentkit', ${JSON.stringify(forged)}),
       cookieStore.set('site_lang', 'fr'),
     ]).then(function () { return 'done'; }, function (error) { return error.name + ': ' + error.message; });`,
  );
  await page.goto(PAGE);
  // Refused writes resolve like a write the browser ignored: page code does not break.
  expect(await page.evaluate(() => (window as unknown as { __writes: Promise<string> }).__writes)).toBe('done');
  await page.evaluate(() => fetch('/__health?probe'));
  expect(sentNames(await headers()).filter((n) => n !== 'site_lang')).toEqual([]);
  expect((await context.cookies()).map((c) => c.name).filter((n) => n !== 'site_lang')).toEqual([]);
  expect(await page.evaluate(() => window.ConsentKit.hasDecided())).toBe(false);

  await page.evaluate(() => window.ConsentKit.acceptAll());
  await page.evaluate(() => cookieStore.set('_ga', 'GA1.1.456'));
  expect((await context.cookies()).map((c) => c.name)).toContain('_ga');
});

test("cookieStore.delete() cannot erase the visitor's decision; other deletions go through", async ({ page, context }) => {
  await page.goto(PAGE);
  await page.evaluate(() => window.ConsentKit.rejectAll());
  await context.addCookies([{ name: 'cart', value: '1', domain: '127.0.0.1', path: '/' }]);
  await page.evaluate(() =>
    Promise.all([cookieStore.delete('consentkit'), cookieStore.set({ name: 'consentkit', value: '', expires: 0 }), cookieStore.delete('cart')]),
  );
  expect((await context.cookies()).map((c) => c.name)).toEqual(['consentkit']);
  await page.reload();
  expect(await page.evaluate(() => window.ConsentKit.hasDecided())).toBe(true);
});
