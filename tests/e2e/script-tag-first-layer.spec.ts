import { expect, test } from '@playwright/test';
import type { Page, Route } from '@playwright/test';
import { bannerButton, ran, recordErrors, settle } from './script-tag-helpers';

// The first layer in the first paint (docs/architecture.md, "How the script tag loads its parts"):
// on a first visit consentkit.min.js draws the banner's first layer from the template it carries,
// during its own start-up, and its buttons work before consentkit-ui.js (Preact) has arrived;
// the UI file is requested only when something needs it ("Preferences", a placeholder, …), and
// then takes the same banner over.
const HOME = '/examples/script-tag/index.html';
const UI = '**/dist/consentkit/consentkit-ui.js';

/** Holds every request for consentkit-ui.js until `release()` (then serves it), so the page runs without the UI meanwhile. */
async function holdUi(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route(UI, (route) => (released ? route.continue() : void held.push(route)));
  return {
    requested: () => held.length > 0,
    async release() {
      released = true;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

/** The consent cookie's names in the context. */
const consentCookie = async (page: Page) => (await page.context().cookies()).filter((c) => c.name === 'consentkit');

test('first visit: the first layer is in the DOM and visible before DOMContentLoaded, never starting transparent', async ({ page }) => {
  const ui = await holdUi(page);
  await page.addInitScript(() => {
    // Registered before any page script: runs first at DOMContentLoaded.
    document.addEventListener('DOMContentLoaded', () => {
      const host = document.querySelector('consentkit-banner');
      const section = host?.shadowRoot?.querySelector('section');
      const box = section?.getBoundingClientRect();
      let opacity = 1;
      for (let el: Element | null | undefined = section; el; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host) {
        opacity = Math.min(opacity, Number(getComputedStyle(el).opacity));
      }
      (window as any).__atDcl = {
        firstInBody: document.body.firstElementChild === host,
        text: section?.textContent ?? '',
        height: box?.height ?? 0,
        inViewport: !!box && box.top < innerHeight && box.bottom > 0,
        visibility: section ? getComputedStyle(section).visibility : '',
        display: section ? getComputedStyle(section).display : '',
        opacity,
        // No animation of the first layer fades it in from transparent.
        fades: (host?.shadowRoot?.getAnimations() ?? []).some((a) =>
          ((a.effect as KeyframeEffect | null)?.getKeyframes() ?? []).some((k) => k.opacity !== undefined && Number(k.opacity) < 1),
        ),
      };
    });
  });
  await page.goto(HOME);
  const atDcl = await page.evaluate(() => (window as any).__atDcl);
  expect(atDcl).toMatchObject({ firstInBody: true, inViewport: true, visibility: 'visible', display: 'block', opacity: 1, fades: false });
  expect(atDcl.height).toBeGreaterThan(0);
  expect(atDcl.text).toContain('Accept all');
  expect(atDcl.text).toContain('Privacy policy');
  await expect(bannerButton(page, 'Accept all')).toBeVisible();
  await ui.release();
});

test('first visit: "Accept all" works while consentkit-ui.js is held — consent, cookie and the gated tags', async ({ page }) => {
  const errors = recordErrors(page);
  const ui = await holdUi(page);
  await page.goto(HOME, { waitUntil: 'domcontentloaded' });
  await settle(page);
  expect(await ran(page)).toEqual([]);
  await bannerButton(page, 'Accept all').click();
  await expect.poll(() => page.evaluate(() => window.ConsentKit.getConsent())).toEqual({ necessary: true, analytics: true, targeting: true });
  expect(await page.evaluate(() => window.ConsentKit.getDecision()?.method)).toBe('accept-all');
  expect(await consentCookie(page)).toHaveLength(1);
  await expect.poll(() => ran(page).then((r) => r.sort())).toEqual(['ads', 'gtag', 'inline-analytics', 'site-analytics-callback']);
  // The decision removes the first layer; the UI never ran.
  await expect(page.locator('consentkit-banner')).toHaveCount(0);
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('consentkit-ui.js')))).toBe(false);
  expect(errors).toEqual([]);
  await ui.release();
});

test('first visit: "Reject all" works with consentkit-ui.js blocked — decided, cookie written, every tag stays held', async ({ page }) => {
  await page.route(UI, (route) => route.abort());
  await page.goto(HOME);
  await bannerButton(page, 'Reject all').click();
  await expect.poll(() => page.evaluate(() => window.ConsentKit.hasDecided())).toBe(true);
  expect(await page.evaluate(() => [window.ConsentKit.getConsent(), window.ConsentKit.getDecision()?.method])).toEqual([
    { necessary: true, analytics: false, targeting: false },
    'reject-all',
  ]);
  expect(await consentCookie(page)).toHaveLength(1);
  await settle(page);
  expect(await ran(page)).toEqual([]);
  await expect(page.locator('consentkit-banner')).toHaveCount(0);
});

test('first visit: × and Escape close the first layer before the UI arrives (a close decision)', async ({ page }) => {
  const ui = await holdUi(page);
  await page.goto(HOME, { waitUntil: 'domcontentloaded' });
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.ConsentKit.getDecision()?.method)).toBe('close');
  await expect(page.locator('consentkit-banner')).toHaveCount(0);
  await page.evaluate(() => window.ConsentKit.withdraw());
  await ui.release();
  // After a withdrawal the UI draws the banner; its × is a close decision too.
  await page.locator('consentkit-banner').getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => page.evaluate(() => window.ConsentKit.getDecision()?.method)).toBe('close');
});

test('first visit: "Preferences" before the UI arrives opens the preference center once it has loaded', async ({ page }) => {
  const ui = await holdUi(page);
  await page.goto(HOME, { waitUntil: 'domcontentloaded' });
  await bannerButton(page, 'Preferences').click();
  await expect.poll(() => ui.requested()).toBe(true);
  expect(await page.evaluate(() => window.ConsentKit.hasDecided())).toBe(false);
  await ui.release();
  const dialog = page.locator('consentkit-banner').getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.evaluate(() => window.ConsentKit.getDecision()?.method)).toBe('custom');
});

test('first visit: the UI file is not requested until needed; a pointer on "Preferences" requests it, it takes over the same banner, and each click then decides once', async ({
  page,
}) => {
  const ui = await holdUi(page);
  await page.goto(HOME);
  const section = await page.locator('consentkit-banner').evaluateHandle((host) => host.shadowRoot!.querySelector('section')!);
  // Loaded, then idle, then some: a visitor who accepts, rejects or closes never downloads the UI.
  await settle(page);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
  await page.waitForTimeout(500);
  expect(ui.requested()).toBe(false);
  await bannerButton(page, 'Preferences').hover();
  await expect.poll(() => ui.requested()).toBe(true);
  expect(await page.evaluate(() => window.ConsentKit.hasDecided())).toBe(false);
  await ui.release();
  // Taken over: mountBanner removed the takeover marker and kept the element the visitor sees.
  await expect(page.locator('consentkit-banner:not([data-consentkit-ssr])')).toHaveCount(1);
  expect(await section.evaluate((el) => el.isConnected)).toBe(true);
  await page.evaluate(() => {
    (window as any).__decisions = 0;
    window.ConsentKit.on('decision', () => (window as any).__decisions++);
  });
  await bannerButton(page, 'Reject all').click();
  await expect(page.locator('consentkit-banner').locator('section')).toHaveCount(0);
  await settle(page);
  expect(await page.evaluate(() => (window as any).__decisions)).toBe(1);
});

test('returning visitor: no first layer is drawn and no UI part is requested', async ({ browser, baseURL }) => {
  const first = await browser.newContext({ baseURL });
  const setup = await first.newPage();
  await setup.goto(HOME);
  await bannerButton(setup, 'Reject all').click();
  const cookies = await first.cookies();
  await first.close();
  const context = await browser.newContext({ baseURL });
  await context.addCookies(cookies);
  const page = await context.newPage();
  const parts: string[] = [];
  page.on('request', (request) => /\/consentkit-[a-z-]+\.js$/.test(request.url()) && parts.push(request.url()));
  await page.goto(HOME);
  await settle(page);
  await page.waitForTimeout(300);
  expect(parts).toEqual([]);
  await expect(page.locator('consentkit-banner')).toHaveCount(0);
  await context.close();
});
