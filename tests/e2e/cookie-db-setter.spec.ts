import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { bannerButton, recordErrors, settle } from './script-tag-helpers';

// The cookie database classifies a cookie it has never seen by WHO wrote it: the guard passes the host of the
// writing script (document.currentScript, or the call stack for a callback) to the database, whose setter-host
// rules know ad-tech hosts (here track.adform.net, from the tarteaucitron.js catalogue import). The same unknown
// name written by the site's own script stays unknown and follows `unknownCookies` ("allow" by default).
const HOME = '/examples/script-tag/index.html';
const AD_TAG = 'https://track.adform.net/serving/scripts/zq-tag.js';
const SITE_TAG = '/examples/script-tag/zq-site-tag.js';

/** The probe cookies the browser stored, as sorted `name=value` strings. */
const probeCookies = async (context: BrowserContext) =>
  (await context.cookies())
    .filter((c) => c.name.startsWith('zq_probe'))
    .map((c) => `${c.name}=${c.value}`)
    .sort();

// CK_BUNDLE=<file> serves another build of the script tag in place of dist/ (e.g. one from before a change, to see
// these tests fail on it).
test.beforeEach(async ({ page }) => {
  const bundle = process.env.CK_BUNDLE;
  if (bundle)
    await page.route('**/dist/consentkit/consentkit.min.js', (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync(bundle) }));
});

/** A tag that writes `zq_probe_id` at once and `zq_probe_cb` from a timer callback (no document.currentScript then). */
const tagSource = (who: string) => `
  (window.__ran = window.__ran || []).push(${JSON.stringify(who)});
  document.cookie = 'zq_probe_id=${who}; path=/; max-age=31536000';
  setTimeout(function () {
    document.cookie = 'zq_probe_cb=${who}; path=/; max-age=31536000';
    window.__ran.push(${JSON.stringify(`${who}:callback`)});
  }, 0);`;

/** Inserts a classic script and waits until its callback has run (an effect, not an element). */
async function runTag(page: Page, src: string, who: string) {
  await page.evaluate((url) => {
    const script = document.createElement('script');
    script.src = url;
    document.head.append(script);
  }, src);
  await expect.poll(() => page.evaluate(() => ((window as unknown as { __ran?: string[] }).__ran ?? []).slice())).toContain(`${who}:callback`);
}

/** The Cookie header the server receives on the next same-origin request. */
async function cookieHeaderSent(page: Page): Promise<string> {
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.url().endsWith('/__health')),
    page.evaluate(() => fetch('/__health').then((r) => r.text())),
  ]);
  return (await request.allHeaders())['cookie'] ?? '';
}

test('an unknown cookie written by a script from a known ad host is classified from its setter and held back until consent', async ({ page, context }) => {
  const errors = recordErrors(page);
  await page.route(/^https:\/\/track\.adform\.net\/serving\/scripts\/zq-tag\.js/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: tagSource('ad') }),
  );
  await page.route(`**${SITE_TAG}`, (route) => route.fulfill({ contentType: 'text/javascript', body: tagSource('site') }));
  await page.goto(HOME);
  await expect(bannerButton(page, 'Accept all')).toBeVisible();

  // Load the database (the preference center needs it) and wait until it answers: a cookie only the database knows
  // (`__gads`, AdSense) is then refused at once instead of being held.
  await bannerButton(page, 'Preferences').click();
  await expect
    .poll(() => page.evaluate(() => ((document.cookie = '__gads=ID=1; path=/'), document.cookie.includes('__gads'))), { timeout: 15_000 })
    .toBe(false);

  // The site's own script: the names are unknown to every rule, so unknownCookies: "allow" lets them through.
  await runTag(page, SITE_TAG, 'site');
  await expect.poll(() => probeCookies(context)).toEqual(['zq_probe_cb=site', 'zq_probe_id=site']);

  // The same names from the ad host's script (directly, and from its timer callback): targeting, denied → refused.
  await runTag(page, AD_TAG, 'ad');
  await settle(page);
  const stored = await probeCookies(context);
  expect(stored).toEqual(['zq_probe_cb=site', 'zq_probe_id=site']);
  const header = await cookieHeaderSent(page);
  expect(header).toContain('zq_probe_id=site');
  expect(header).not.toContain('=ad');

  // Once targeting is granted the ad tag's writes go through: they were held back by category, not broken.
  await page.evaluate(() => window.ConsentKit.acceptAll());
  await page.evaluate(() => ((window as unknown as { __ran: string[] }).__ran.length = 0));
  await runTag(page, `${AD_TAG}?again`, 'ad');
  await expect.poll(() => probeCookies(context)).toEqual(['zq_probe_cb=ad', 'zq_probe_id=ad']);
  expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
});

test('an unknown cookie an ad script writes while the database is still loading is held, then judged by that script’s host', async ({ page, context }) => {
  const errors = recordErrors(page);
  await page.route(/^https:\/\/track\.adform\.net\/serving\/scripts\/zq-tag\.js/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: tagSource('ad') }),
  );
  // The database file is held back until the tag has written: its writes are judged while the database is pending.
  let loadDatabase!: () => void;
  const databaseMayLoad = new Promise<void>((resolve) => (loadDatabase = resolve));
  let databaseAsked = false;
  await page.route(/consentkit-cookie-db\.js/, async (route) => {
    databaseAsked = true;
    await databaseMayLoad;
    await route.continue();
  });
  await page.goto(HOME);
  await expect(bannerButton(page, 'Accept all')).toBeVisible();

  await runTag(page, AD_TAG, 'ad');
  // Held: the page reads its own writes, the browser stores nothing.
  expect(await page.evaluate(() => document.cookie)).toContain('zq_probe_id=ad');
  expect((await context.cookies()).filter((c) => c.name.startsWith('zq_probe'))).toEqual([]);
  await expect.poll(() => databaseAsked).toBe(true);

  // The database arrives and the held writes are judged again — from ConsentKit's own code, with the ad script's
  // host recorded when it wrote: targeting, denied, dropped (judged by ConsentKit's own stack they would be unknown
  // and written).
  loadDatabase();
  await expect.poll(() => page.evaluate(() => document.cookie.includes('zq_probe')), { timeout: 15_000 }).toBe(false);
  await settle(page);
  expect((await context.cookies()).filter((c) => c.name.startsWith('zq_probe'))).toEqual([]);
  expect(await cookieHeaderSent(page)).not.toContain('zq_probe');
  expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
});
