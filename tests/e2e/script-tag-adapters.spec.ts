import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { bannerButton, ran, recordErrors } from './script-tag-helpers';

// The script tag ships Google's adapter in consentkit.min.js and every other vendor adapter as a
// part (consentkit-adapter-<vendor>.js) requested only when config.adapters enables it; gating
// holds the tags of granted categories until the part has applied the consent state.
const META = '/fixtures/script-tag-adapters/meta.html';
const GOOGLE_ONLY = '/examples/script-tag/index.html';
const META_PART = 'consentkit-adapter-meta.js';

/** The page's requests for ConsentKit's parts and for the stand-in fbevents.js, in order. */
function recordParts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const match = /\/(consentkit-[a-z-]+\.js|fbevents\.js)$/.exec(new URL(request.url()).pathname);
    if (match) seen.push(`request ${match[1]}`);
  });
  page.on('requestfinished', (request) => {
    const match = /\/(consentkit-adapter-[a-z-]+\.js)$/.exec(new URL(request.url()).pathname);
    if (match) seen.push(`loaded ${match[1]}`);
  });
  return seen;
}

/** Delays the Meta adapter part, so that a tag not held for it would visibly run first. */
async function slowMetaPart(page: Page): Promise<void> {
  await page.route(`**/dist/consentkit/${META_PART}`, async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.fulfill({ response });
  });
}

const fbqQueue = (page: Page) => page.evaluate(() => ((window as any).fbq.queue ?? []).map((call: unknown[]) => call.join(' ')) as string[]);
const fbqAtLoad = (page: Page) => page.evaluate(() => (window as any).__fbqAtLoad as string[] | undefined);

test('a page with only Google configured requests no adapter part, and consentkit.min.js carries no other vendor adapter', async ({ page }) => {
  const parts = recordParts(page);
  await page.goto(GOOGLE_ONLY);
  await page.waitForLoadState('load');
  await page.evaluate(() => window.ConsentKit.acceptAll());
  await page.waitForFunction(() => ((window as any).dataLayer ?? []).some((e: IArguments) => e[0] === 'consent' && e[1] === 'update'));
  expect(parts.filter((p) => p.includes('consentkit-adapter-'))).toEqual([]);
  const main = readFileSync(join(process.cwd(), 'packages/consentkit/dist/consentkit.min.js'), 'utf8');
  // Each vendor adapter's global: fbq (Meta), ttq (TikTok), uetq (Microsoft UET), _paq (Matomo).
  for (const vendorGlobal of ['"fbq"', '"ttq"', '"uetq"', '"_paq"']) expect(main, vendorGlobal).not.toContain(vendorGlobal);
  // Google's default is still in the main file, sent synchronously.
  expect(await page.evaluate(() => Array.from((window as any).dataLayer[0] as IArguments).slice(0, 2))).toEqual(['consent', 'default']);
});

test('first visit: fbevents.js is held before the choice; Meta hears revoke, then grant before fbevents.js runs', async ({ page }) => {
  const errors = recordErrors(page);
  const parts = recordParts(page);
  await slowMetaPart(page);
  await page.goto(META);
  await expect.poll(() => fbqQueue(page)).toEqual(['consent revoke']);
  expect(await ran(page)).toEqual([]);
  await bannerButton(page, 'Accept all').click();
  await page.waitForFunction(() => ((window as any).__ran ?? []).includes('fbevents'));
  expect(await fbqAtLoad(page)).toEqual(['consent revoke', 'consent grant']);
  expect(parts.indexOf(`loaded ${META_PART}`)).toBeLessThan(parts.indexOf('request fbevents.js'));
  expect(errors).toEqual([]);
});

test('first visit: "Accept all" while the Meta adapter part is still on its way releases nothing until it has applied "grant"', async ({ page }) => {
  const parts = recordParts(page);
  let deliver!: () => void;
  const delivered = new Promise<void>((resolve) => (deliver = resolve));
  await page.route(`**/dist/consentkit/${META_PART}`, async (route) => {
    const response = await route.fetch();
    await delivered;
    await route.fulfill({ response });
  });
  // Not until "load": the pending part holds the load event.
  await page.goto(META, { waitUntil: 'domcontentloaded' });
  await bannerButton(page, 'Accept all').click();
  await expect.poll(() => page.evaluate(() => window.ConsentKit.isGranted('targeting'))).toBe(true);
  // Granted, but the adapter has not spoken: the gated tag is still the inert original (no runnable copy).
  expect(await page.evaluate(() => document.querySelectorAll('script[src$="fbevents.js"]:not([type="text/plain"])').length)).toBe(0);
  expect(await ran(page)).toEqual([]);
  deliver();
  await page.waitForFunction(() => ((window as any).__ran ?? []).includes('fbevents'));
  expect(await fbqAtLoad(page)).toEqual(['consent grant']);
  expect(parts.indexOf(`loaded ${META_PART}`)).toBeLessThan(parts.indexOf('request fbevents.js'));
});

test('returning visitor who accepted: fbevents.js is held until the Meta adapter part has applied "grant"', async ({ browser, baseURL }) => {
  const first = await browser.newContext({ baseURL });
  const setup = await first.newPage();
  await setup.goto(META);
  await setup.evaluate(() => window.ConsentKit.acceptAll());
  const cookies = (await first.cookies()).filter((c) => c.name === 'consentkit');
  await first.close();
  expect(cookies).toHaveLength(1);

  const context = await browser.newContext({ baseURL });
  await context.addCookies(cookies);
  const page = await context.newPage();
  const parts = recordParts(page);
  await slowMetaPart(page);
  await page.goto(META);
  await page.waitForFunction(() => ((window as any).__ran ?? []).includes('fbevents'));
  expect(await fbqAtLoad(page)).toEqual(['consent grant']);
  expect(parts).toEqual([`request ${META_PART}`, `loaded ${META_PART}`, 'request fbevents.js']);
  expect(await page.evaluate(() => window.ConsentKit.isGranted('targeting'))).toBe(true);
  await context.close();
});
