import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Which language the script tag picks, in a real browser: `config.language`, else `<html lang>`,
// else the browser's languages (Playwright's `locale` sets navigator.languages and
// Accept-Language), with the fallbacks of negotiateLanguage — and that a page fetches at most
// one dictionary, none for English.

const PAGE = '/fixtures/i18n/index.html';
const DICTIONARY = /\/dist\/consentkit\/i18n\/[^/]+\.json$/;

/** Serves the fixture with `edit` applied and records the dictionaries the page fetches. */
async function open(page: Page, edit: (html: string) => string): Promise<string[]> {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (DICTIONARY.test(path)) fetched.push(path.replace('/dist/consentkit/i18n/', ''));
  });
  await page.route(/\/fixtures\/i18n\/index\.html$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: edit(await response.text()) });
  });
  await page.goto(PAGE);
  return fetched;
}

const withoutLang = (html: string) => html.replace('<html lang="en">', '<html>');
/** The `lang` and `dir` the UI's root got, once it is there. */
async function uiLanguage(page: Page): Promise<[string | null, string | null]> {
  const root = page.locator('consentkit-banner').locator('.r');
  await expect(root).toHaveCount(1);
  await expect(page.locator('consentkit-banner').getByRole('region')).toBeVisible();
  return root.evaluate((el) => [el.getAttribute('lang'), el.getAttribute('dir')]);
}
async function settle(page: Page) {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
}

for (const [locale, file, lang] of [
  ['pt-BR', 'pt-BR.json', 'pt-BR'],
  ['pt-PT', 'pt.json', 'pt'],
  ['de-AT', 'de.json', 'de'],
  ['de-CH', 'de-CH.json', 'de-CH'],
  ['zh-TW', 'zh-Hant.json', 'zh-Hant'],
  ['zh-CN', 'zh-Hans.json', 'zh-Hans'],
  ['es-MX', 'es-419.json', 'es-419'],
  ['es-ES', 'es.json', 'es'],
  ['nn-NO', 'nn.json', 'nn'],
  ['he-IL', 'he.json', 'he'],
] as const) {
  test.describe(`browser language ${locale}`, () => {
    test.use({ locale });

    test(`fetches ${file} and nothing else`, async ({ page }) => {
      const fetched = await open(page, withoutLang);
      const [uiLang, dir] = await uiLanguage(page);
      await settle(page);
      expect(fetched).toEqual([file]);
      expect(uiLang).toBe(lang);
      expect(dir).toBe(lang === 'he' ? 'rtl' : 'ltr');
      const texts = await (await page.request.get(`/dist/consentkit/i18n/${file}`)).json();
      await expect(page.locator('consentkit-banner').getByRole('button', { name: texts['banner.acceptAll'], exact: true })).toBeVisible();
    });
  });
}

test.describe('precedence', () => {
  test.use({ locale: 'fr-FR' });

  test('<html lang> wins over the browser, config.language over both', async ({ page }) => {
    let fetched = await open(page, (html) => html.replace('<html lang="en">', '<html lang="it">'));
    expect(await uiLanguage(page)).toEqual(['it', 'ltr']);
    await settle(page);
    expect(fetched).toEqual(['it.json']);

    await page.unrouteAll();
    fetched = await open(page, (html) => html.replace('<html lang="en">', '<html lang="it">').replace('"region": "FR"', '"region": "FR", "language": "fa"'));
    expect(await uiLanguage(page)).toEqual(['fa', 'rtl']);
    await settle(page);
    expect(fetched).toEqual(['fa.json']);
  });

  test('an English page fetches no dictionary even for a French browser', async ({ page }) => {
    const fetched = await open(page, (html) => html);
    expect(await uiLanguage(page)).toEqual(['en', 'ltr']);
    await settle(page);
    expect(fetched).toEqual([]);
    await expect(page.locator('consentkit-banner').getByRole('button', { name: 'Accept all', exact: true })).toBeVisible();
  });
});

test.describe('a language without a dictionary', () => {
  test.use({ locale: 'sw-KE' });

  test('shows English and fetches nothing', async ({ page }) => {
    const fetched = await open(page, withoutLang);
    expect(await uiLanguage(page)).toEqual(['en', 'ltr']);
    await settle(page);
    expect(fetched).toEqual([]);
  });
});

test.describe('a missing dictionary file', () => {
  test.use({ locale: 'ja-JP' });

  test('falls back to English, with a warning, and the page keeps working', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.route(DICTIONARY, (route) => route.fulfill({ status: 404, body: 'not here' }));
    const fetched = await open(page, withoutLang);
    expect(await uiLanguage(page)).toEqual(['en', 'ltr']);
    expect(fetched).toEqual(['ja.json']);
    await expect(page.locator('consentkit-banner').getByRole('button', { name: 'Accept all', exact: true })).toBeVisible();
    expect(warnings.join('\n')).toContain('could not load the "ja" texts');
  });
});

test('English is built into the UI file; no other language is in either script file', async ({ request }) => {
  const ui = await (await request.get('/dist/consentkit/consentkit-ui.js')).text();
  const main = await (await request.get('/dist/consentkit/consentkit.min.js')).text();
  expect(ui).toContain('With your consent we use cookies for analytics and ads.');
  // Non-ASCII text is kept as UTF-8 by the minifier (not \u-escaped), so a search finds it.
  expect(ui).toContain('“{title}” is provided by a third party');
  const languages = ['de', 'fr', 'pl', 'ar', 'ja', 'zh-Hant', 'pt-BR', 'fi', 'el', 'ru'];
  for (const lang of languages) {
    const texts = await (await request.get(`/dist/consentkit/i18n/${lang}.json`)).json();
    expect(ui, lang).not.toContain(texts['banner.description']);
    expect(main, lang).not.toContain(texts['banner.description']);
  }
});
