import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { bannerButton, editPage, ran, recordErrors, settle } from './script-tag-helpers';

// The script-tag build driven through its public contract only — the JSON config block, the
// consent cookie, `window.ConsentKit`, the Google data layer — as a site and an outside tester
// see them: what the visitor chose holds, and a configuration error never applies anything.
const PAGE = '/fixtures/contract-sdk/page.html';
const CONFIG = /<script type="application\/json" id="consentkit-config">[\s\S]*?<\/script>/;
const DENIED = { necessary: true, analytics: false, targeting: false };

/** Serves the fixture page with `config` (an object, or raw JSON text) in its config block, and `head` after ConsentKit. */
async function serve(page: Page, config: object | string, head = ''): Promise<void> {
  const json = typeof config === 'string' ? config : JSON.stringify(config);
  await editPage(page, /\/fixtures\/contract-sdk\/page\.html/, (html) =>
    html.replace(CONFIG, `<script type="application/json" id="consentkit-config">${json}</script>${head}`),
  );
}

const consentCookie = async (context: BrowserContext, name = 'consentkit') => (await context.cookies()).find((c) => c.name === name);

/** Accepts everything on a valid page, so that a later page finds a stored "accept all". */
async function storeAcceptAll(page: Page, config: object = { policyVersion: '1', region: 'FR' }): Promise<string> {
  await serve(page, config);
  await page.goto(PAGE);
  await page.evaluate(() => window.ConsentKit.acceptAll());
  await expect.poll(() => ran(page)).toEqual(['analytics', 'targeting']);
  await page.unrouteAll();
  return (await consentCookie(page.context()))!.value;
}

test.describe('a configuration error: one console error, stored decision kept but not applied, banner with default texts', () => {
  const CASES: { name: string; config: object; field: RegExp }[] = [
    // An adapter whose code is a separate file checks its options when the file arrives: the page must fail closed before that.
    {
      name: 'unknown option of a lazily loaded adapter',
      config: { adapters: { meta: { limitedDataUse: true, pixelId: '1' } } },
      field: /"adapters\.meta\.pixelId"/,
    },
    { name: 'bad option value of a lazily loaded adapter', config: { adapters: { matomo: { mode: 'everything' } } }, field: /"adapters\.matomo\.mode"/ },
    {
      name: 'message id of a category the site does not have',
      config: { texts: { en: { 'category.functionl.label': 'Comfort' } } },
      field: /"texts\.en\.category\.functionl\.label"/,
    },
    { name: 'expiresDays above 395', config: { cookie: { expiresDays: 396 } }, field: /"cookie\.expiresDays"/ },
  ];
  for (const { name, config, field } of CASES) {
    test(name, async ({ page, context }) => {
      const stored = await storeAcceptAll(page);
      const errors = recordErrors(page);
      await serve(page, { policyVersion: '1', region: 'FR', ...config });
      await page.goto(PAGE);
      await expect(bannerButton(page, 'Accept all')).toBeVisible();
      await expect(page.locator('consentkit-banner').getByRole('heading').first()).toHaveText(/cookie|privacy|consent/i);
      await settle(page);
      expect(await page.evaluate(() => [window.ConsentKit.getConsent(), window.ConsentKit.hasDecided()])).toEqual([DENIED, false]);
      expect(await ran(page)).toEqual([]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(field);
      expect((await consentCookie(context))!.value).toBe(stored);
    });
  }
});
