import { expect, test } from '@playwright/test';
import { bannerButton, cookieNames, editPage, ran, recordErrors, recordTagRequests, settle } from './script-tag-helpers';

// A broken configuration in the script tag: exactly one clear console.error naming the field,
// then fail-closed (everything but necessary denied, banner with default texts) — never a crash,
// never a grant, and the visitor's stored decision is neither applied nor overwritten.
const HOME = '/examples/script-tag/index.html';
const CONFIG = /<script type="application\/json" id="consentkit-config">[\s\S]*?<\/script>/;
const withConfig = (json: string) => (html: string) => html.replace(CONFIG, `<script type="application/json" id="consentkit-config">${json}</script>`);

const CASES: { name: string; edit: (html: string) => string; field: RegExp }[] = [
  { name: 'wrong type', edit: withConfig('{ "policyVersion": 42 }'), field: /"policyVersion"/ },
  { name: 'unknown key', edit: withConfig('{ "policyVersion": "1", "regoin": "FR" }'), field: /"regoin"/ },
  { name: 'unknown adapter', edit: withConfig('{ "policyVersion": "1", "adapters": { "gogle": {} } }'), field: /"adapters\.gogle" is not a known adapter/ },
  {
    name: 'bad adapter option',
    edit: withConfig('{ "policyVersion": "1", "adapters": { "google": { "waitForUpdate": "soon" } } }'),
    field: /"adapters\.google\.waitForUpdate"/,
  },
  { name: 'invalid JSON', edit: withConfig('{ "policyVersion": "1", }'), field: /"#consentkit-config" is not valid JSON/ },
  { name: 'missing block', edit: (html) => html.replace(CONFIG, ''), field: /"data-config" must point at a <script type="application\/json"> block/ },
];

test.describe('script tag: configuration errors fail closed', () => {
  for (const { name, edit, field } of CASES) {
    test(`${name}: one console error naming the field, banner shown, nothing runs`, async ({ page, context }) => {
      const errors = recordErrors(page);
      const requests = recordTagRequests(page);
      await editPage(page, /\/examples\/script-tag\/index\.html/, edit);
      await page.goto(HOME);
      await expect(bannerButton(page, 'Accept all')).toBeVisible();
      await expect(page.locator('consentkit-banner').getByRole('heading').first()).toBeVisible();
      await settle(page);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(field);
      expect(errors[0]).toContain('fail-closed');
      expect(await ran(page)).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.evaluate(() => window.ConsentKit.getConsent())).toEqual({ necessary: true, analytics: false, targeting: false });
      expect(await cookieNames(context)).toEqual([]);
    });
  }

  test('a stored "accept all" is not applied under a broken config, and not overwritten', async ({ page, context }) => {
    await page.goto(HOME);
    await bannerButton(page, 'Accept all').click();
    await expect.poll(() => ran(page)).toContain('ads');
    const stored = (await context.cookies()).find((c) => c.name === 'consentkit')!.value;

    await editPage(page, /\/examples\/script-tag\/index\.html/, withConfig('{ "policyVersion": "2026-11-01", "unknownCookies": "maybe" }'));
    await page.reload();
    await expect(bannerButton(page, 'Reject all')).toBeVisible();
    await settle(page);
    expect(await ran(page)).toEqual([]);
    // A decision in fail-closed mode lasts for this page only.
    await bannerButton(page, 'Reject all').click();
    await settle(page);
    expect((await context.cookies()).find((c) => c.name === 'consentkit')!.value).toBe(stored);
  });

  test('a broken config still tells Google "denied" before any Google tag', async ({ page }) => {
    await editPage(page, /\/examples\/script-tag\/index\.html/, withConfig('{ "policyVersion": 7, "adapters": { "google": { "waitForUpdate": -1 } } }'));
    await page.goto(HOME);
    await settle(page);
    const layer = await page.evaluate(() => ((window as any).dataLayer ?? []).map((e: IArguments) => Array.from(e)));
    expect(layer[0]).toEqual(['consent', 'default', expect.objectContaining({ ad_storage: 'denied', analytics_storage: 'denied' })]);
    expect(layer.filter((e: unknown[]) => e[1] === 'update')).toEqual([]);
  });
});
