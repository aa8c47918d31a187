import { expect, test } from '@playwright/test';
import { PAGE, recordCookieHeaders, sentNames, withPageCode } from './consent-integrity-helpers';

// Finding 2 of issue 10: cookies that core's compact built-in list does not know, but the lazily
// loaded cookie database does, must never reach the jar (or the server) before they are
// classified. ConsentKit holds such writes in a quarantine: the page still reads them in
// document.cookie; the browser never stores them until the classifier has answered.

/** Tracker cookies the cookie database knows and core's built-in list does not (all targeting or analytics). */
const TRACKERS = ['__gads', '__gpi', 'IDE', 'MUID', '_ym_uid', '__qca', 'test_cookie', '_derived_epik'];

/** Page code during load: writes the tracker cookies and a site cookie, then requests the site. */
const PAGE_CODE = `
  ${JSON.stringify(TRACKERS)}.forEach(function (name) { document.cookie = name + '=1; path=/; max-age=3600'; });
  document.cookie = 'site_theme=dark; path=/';
  window.__seenAtLoad = document.cookie;
  fetch('/__health?during-load');
  addEventListener('load', function () { fetch('/__health?after-load'); });
`;

test('unclassified tracker cookies written during load are held: the page reads them, the server never receives them', async ({ page, context }) => {
  const headers = recordCookieHeaders(page);
  await withPageCode(page, PAGE_CODE);
  await page.goto(PAGE);
  // The page's own reads still show what it wrote (nothing breaks for code that checks its write).
  const seen = await page.evaluate(() => (window as unknown as { __seenAtLoad: string }).__seenAtLoad);
  for (const name of [...TRACKERS, 'site_theme']) expect(seen).toContain(`${name}=`);
  await page.evaluate(() => fetch('/__health?loaded'));
  // Until the classifier answers, no request of the page carried a tracker cookie.
  expect(sentNames(await headers()).filter((name) => TRACKERS.includes(name))).toEqual([]);
  // The classifier answers (the cookie database arrives): the trackers are dropped from the
  // page's view, the unknown site cookie is written.
  await expect.poll(() => page.evaluate(() => document.cookie), { timeout: 15_000 }).toBe('site_theme=dark');
  expect((await context.cookies()).map((c) => c.name)).toEqual(['site_theme']);
  await page.evaluate(() => fetch('/__health?classified'));
  const requests = await headers();
  expect(requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/__health?during-load', '/__health?after-load', '/__health?classified']));
  // No request of the page ever carried a tracker cookie; the site cookie went out once written.
  expect(sentNames(requests)).toEqual(['site_theme']);
  // Once classified, a new write of a denied tracker is refused at once.
  expect(await page.evaluate(() => ((document.cookie = '__gads=2; path=/'), document.cookie))).toBe('site_theme=dark');
});

test('accepting everything before the classifier answers writes the held cookies', async ({ page, context }) => {
  // The cookie database never arrives in this test: the held cookies wait for a decision.
  await page.route('**/consentkit-cookie-db.js', (route) => route.abort());
  await withPageCode(page, `document.cookie = '__gads=1; path=/'; document.cookie = 'MUID=2; path=/';`);
  await page.goto(PAGE);
  expect(await page.evaluate(() => document.cookie)).toBe('__gads=1; MUID=2');
  await page.evaluate(() => window.ConsentKit.acceptAll());
  await expect.poll(async () => (await context.cookies()).map((c) => c.name).sort()).toEqual(['MUID', '__gads', 'consentkit']);
});
