import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// The script-tag bundle (packages/consentkit/dist) in other languages: it fetches exactly one
// dictionary (i18n/<lang>.json beside the bundle), the banner and the preference center render
// it without clipped or overflowing text on a 320 px phone and at 200 % zoom, Arabic is laid out
// right-to-left, and axe finds nothing.

// Each test renders two UI states and runs axe on both: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 60_000 });

const PAGE = '/fixtures/i18n/index.html';
const DICTIONARY = /\/dist\/consentkit\/i18n\/[^/]+\.json$/;

type Messages = Record<string, string>;

/** English is built into the bundle (no JSON); the ids the layout test needs. */
const ENGLISH: Messages = {
  'banner.title': 'Your privacy',
  'banner.acceptAll': 'Accept all',
  'banner.rejectAll': 'Reject all',
  'banner.preferences': 'Preferences',
  'banner.close': 'Close',
  'category.analytics.label': 'Analytics',
};

/** Serves the fixture with `<html lang>` set to `lang` (or removed) and records dictionary requests. */
async function open(page: Page, lang: string | null): Promise<string[]> {
  const fetched: string[] = [];
  page.on('request', (request) => DICTIONARY.test(new URL(request.url()).pathname) && fetched.push(new URL(request.url()).pathname));
  await page.route(/\/fixtures\/i18n\/index\.html$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<html lang="en">', lang ? `<html lang="${lang}">` : '<html>');
    await route.fulfill({ response, body: html });
  });
  await page.goto(PAGE);
  return fetched;
}

/** The dictionary as the bundle's directory serves it (fetched by the test runner, not the page). */
const dictionary = async (page: Page, lang: string): Promise<Messages> => (await page.request.get(`/dist/consentkit/i18n/${lang}.json`)).json();

const ui = (page: Page) => page.locator('consentkit-banner');

/** Waits until the page has loaded and its timers have run, so a late second fetch would have shown up. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
}

/**
 * Every laid-out element of the UI whose content is wider than its box (clipped or scrolled
 * text: scrollWidth > clientWidth) or that sticks out of the viewport, plus horizontal
 * scrolling of the page itself. Empty means nothing is cut off.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('consentkit-banner')!.shadowRoot!;
    const problems: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).display === 'inline') continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)}: content ${el.scrollWidth}px wide in ${el.clientWidth}px`);
      if (box.left < -1 || box.right > innerWidth + 1)
        problems.push(`${describe(el)}: ${Math.round(box.left)}..${Math.round(box.right)} outside 0..${innerWidth}`);
    }
    if (document.documentElement.scrollWidth > innerWidth) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
    return problems;
  });
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

// A 320 CSS px phone (WCAG 2.2 SC 1.4.10 reflow width), and a 1280 × 800 window zoomed to 200 %:
// browser zoom halves the CSS viewport and doubles the device pixels per CSS pixel.
const SIZES = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200 % zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

for (const lang of ['de', 'fr', 'pl', 'ar', 'ja']) {
  for (const size of SIZES) {
    test.describe(`${lang} at ${size.name}`, () => {
      test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor, reducedMotion: 'reduce' });

      test('loads only its own dictionary; banner and preference center fit, nothing clipped, axe clean', async ({ page }) => {
        const fetched = await open(page, lang);
        const t = await dictionary(page, lang);
        const region = ui(page).getByRole('region', { name: t['banner.title'], exact: true });
        for (const id of ['banner.acceptAll', 'banner.rejectAll', 'banner.preferences']) {
          await expect(region.getByRole('button', { name: t[id], exact: true })).toBeVisible();
        }
        await expect(region.getByText(t['banner.description']!)).toBeVisible();
        await settle(page);
        expect(fetched).toEqual([`/dist/consentkit/i18n/${lang}.json`]);
        expect(
          await ui(page).evaluate((host) => [
            host.shadowRoot!.querySelector('.r')!.getAttribute('lang'),
            host.shadowRoot!.querySelector('.r')!.getAttribute('dir'),
          ]),
        ).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
        expect(await overflowing(page)).toEqual([]);
        await expectNoAxeViolations(page);

        await region.getByRole('button', { name: t['banner.preferences'], exact: true }).click();
        const dialog = ui(page).getByRole('dialog', { name: t['preferences.title'], exact: true });
        await expect(dialog).toBeVisible();
        for (const id of ['necessary', 'analytics', 'targeting']) {
          await expect(dialog.getByRole('switch', { name: t[`category.${id}.label`] })).toBeVisible();
        }
        await expect(dialog.getByRole('button', { name: t['preferences.save'], exact: true })).toBeVisible();
        expect(await overflowing(page)).toEqual([]);
        await expectNoAxeViolations(page);
        // Still the one dictionary: opening the preference center fetched no other language.
        expect(fetched).toEqual([`/dist/consentkit/i18n/${lang}.json`]);
      });
    });
  }
}

test.describe('right-to-left', () => {
  test.use({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });

  /** Horizontal centres of the first layer's buttons and ×, and of a switch and its label in the preference center. */
  async function layout(page: Page, t: Messages) {
    const x = async (locator: ReturnType<Page['locator']>) => {
      const box = (await locator.boundingBox())!;
      return box.x + box.width / 2;
    };
    const region = ui(page).getByRole('region', { name: t['banner.title'], exact: true });
    const buttons = [];
    for (const id of ['banner.acceptAll', 'banner.rejectAll', 'banner.preferences'])
      buttons.push(await x(region.getByRole('button', { name: t[id], exact: true })));
    const close = await x(region.getByRole('button', { name: t['banner.close'], exact: true }));
    await region.getByRole('button', { name: t['banner.preferences'], exact: true }).click();
    const dialog = ui(page).getByRole('dialog');
    const toggle = await x(dialog.getByRole('switch', { name: t['category.analytics.label'] }));
    const label = await x(dialog.getByText(t['category.analytics.label']!, { exact: true }));
    return { buttons, close, toggle, label };
  }

  test('Arabic mirrors the layout of English: buttons right to left, × and switches on the left', async ({ page }) => {
    await open(page, 'en');
    const en = await layout(page, ENGLISH);
    await page.unrouteAll();
    await page.context().clearCookies();
    await open(page, 'ar');
    const ar = await layout(page, await dictionary(page, 'ar'));

    // English: Accept all, Reject all, Preferences from left to right; × at the right; the switch right of its label.
    expect(en.buttons[0]).toBeLessThan(en.buttons[1]!);
    expect(en.buttons[1]).toBeLessThan(en.buttons[2]!);
    expect(en.close).toBeGreaterThan(640);
    expect(en.toggle).toBeGreaterThan(en.label);
    // Arabic: the same order from right to left; × at the left; the switch left of its label.
    expect(ar.buttons[0]).toBeGreaterThan(ar.buttons[1]!);
    expect(ar.buttons[1]).toBeGreaterThan(ar.buttons[2]!);
    expect(ar.close).toBeLessThan(640);
    expect(ar.toggle).toBeLessThan(ar.label);
  });
});

test.describe('US opt-out notice in other languages', () => {
  test.use({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });

  for (const lang of ['de', 'ja', 'ar']) {
    test(`${lang}: the translated control keeps the statutory English title, fits at 320 px, and opts out`, async ({ page }) => {
      await page.route(/\/fixtures\/i18n\/index\.html$/, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace('<html lang="en">', `<html lang="${lang}">`).replace('"region": "FR"', '"region": "US-CA"');
        await route.fulfill({ response, body: html });
      });
      await page.goto(PAGE);
      const t = await dictionary(page, lang);
      // Playwright matches a substring of the accessible name: the English title is part of it.
      const link = ui(page).getByRole('button', { name: 'Do Not Sell or Share My Personal Information' });
      await expect(link).toHaveText(t['optOut.link']!);
      expect(t['optOut.link']).not.toBe('Do Not Sell or Share My Personal Information');
      expect(await overflowing(page)).toEqual([]);
      await link.click();
      const confirm = ui(page).getByRole('alertdialog');
      await expect(confirm.getByText(t['optOut.confirmText']!)).toBeVisible();
      expect(await overflowing(page)).toEqual([]);
      await confirm.getByRole('button', { name: t['optOut.confirm'], exact: true }).click();
      await expect.poll(() => page.evaluate(() => window.ConsentKit.getConsent().targeting)).toBe(false);
      await expect(ui(page).getByText('Opt-Out Request Honored').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
