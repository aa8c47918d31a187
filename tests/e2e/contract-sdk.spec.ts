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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test.describe('the decision holds: expiry, close, the cookie as configured', () => {
  test('a decision older than cookie.expiresDays is not applied: asked again, an "expire" record', async ({ page, context }) => {
    const config = { policyVersion: '1', region: 'FR', cookie: { expiresDays: 30 } };
    const stored = await storeAcceptAll(page, config);
    // The same decision, made 31 days ago (field 2: seconds since the epoch, base 36).
    const fields = stored.split('|');
    fields[1] = Math.floor(Date.now() / 1000 - 31 * 86400).toString(36);
    await context.addCookies([{ name: 'consentkit', value: fields.join('|'), domain: '127.0.0.1', path: '/' }]);
    await serve(page, config);
    await page.goto(PAGE);
    await expect(bannerButton(page, 'Accept all')).toBeVisible();
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(await page.evaluate(() => [window.ConsentKit.getConsent(), window.ConsentKit.hasDecided(), window.ConsentKit.getRecord()?.method])).toEqual([
      DENIED,
      false,
      'expire',
    ]);
  });

  test('Escape closes the banner as a refusal; the visitor is not asked again on the next page', async ({ page }) => {
    await serve(page, { policyVersion: '1', region: 'FR' });
    await page.goto(PAGE);
    await expect(bannerButton(page, 'Accept all')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(bannerButton(page, 'Accept all')).toBeHidden();
    expect(await page.evaluate(() => [window.ConsentKit.getConsent(), window.ConsentKit.hasDecided(), window.ConsentKit.getRecord()?.method])).toEqual([
      DENIED,
      true,
      'close',
    ]);
    await page.reload();
    await settle(page);
    await expect(bannerButton(page, 'Accept all')).toHaveCount(0);
    expect(await ran(page)).toEqual([]);
  });

  test('cookie.name, path and expiresDays shape the consent cookie; first-party, SameSite=Lax', async ({ page, context }) => {
    await serve(page, { policyVersion: '1', region: 'FR', cookie: { name: 'site_consent', path: '/fixtures/', expiresDays: 30 } });
    await page.goto(PAGE);
    await page.evaluate(() => window.ConsentKit.rejectAll());
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name)).toEqual(['site_consent']);
    expect(cookies[0]).toMatchObject({ path: '/fixtures/', domain: '127.0.0.1', sameSite: 'Lax', secure: false });
    expect((cookies[0]!.expires * 1000 - Date.now()) / 86_400_000).toBeCloseTo(30, 0);
    await page.reload();
    expect(await page.evaluate(() => window.ConsentKit.hasDecided())).toBe(true);
  });
});

test.describe('records', () => {
  test('each decision posts one record with exactly the contract fields, chained by previousRecordId', async ({ page, request }) => {
    await serve(page, { policyVersion: '2026-11-01', region: 'FR', recordEndpoint: '/__records' });
    await page.goto(PAGE);
    await page.evaluate(() => window.ConsentKit.acceptAll());
    await page.evaluate(() => window.ConsentKit.update({ targeting: false }));
    await page.evaluate(() => window.ConsentKit.withdraw());
    const made = await page.evaluate(() => window.ConsentKit.getRecord()!);
    const mine = async () => ((await (await request.get('/__records')).json()) as Record<string, unknown>[]).filter((r) => r.subjectId === made.subjectId);
    await expect.poll(async () => (await mine()).length).toBe(3);
    const [accept, custom, withdraw] = (await mine()).sort(
      (a, b) => String(a.timestamp).localeCompare(String(b.timestamp)) || (a.previousRecordId === b.recordId ? 1 : -1),
    );
    for (const record of [accept!, custom!, withdraw!]) {
      expect(Object.keys(record).sort()).toEqual(
        [
          'choices',
          'gpc',
          'gpcOverride',
          'method',
          'policyVersion',
          'previousRecordId',
          'recordId',
          'regime',
          'region',
          'regionSource',
          'subjectId',
          'timestamp',
        ].sort(),
      );
      expect(record.recordId).toMatch(UUID);
      expect(record.subjectId).toMatch(UUID);
      expect(record.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(record).toMatchObject({ policyVersion: '2026-11-01', regime: 'opt-in', region: 'FR', regionSource: 'config', gpc: false, gpcOverride: false });
    }
    expect([accept!.method, custom!.method, withdraw!.method]).toEqual(['accept-all', 'custom', 'withdraw']);
    expect([accept!.previousRecordId, custom!.previousRecordId, withdraw!.previousRecordId]).toEqual([null, accept!.recordId, custom!.recordId]);
    expect(custom!.choices).toEqual({ necessary: true, analytics: true, targeting: false });
    expect(withdraw!.choices).toEqual(DENIED);
  });
});

test.describe('window.ConsentKit', () => {
  test('on() returns an unsubscribe; onGranted runs once, now or on the grant; an unknown category is not granted', async ({ page }) => {
    await serve(page, { policyVersion: '1', region: 'FR' });
    await page.goto(PAGE);
    const calls = await page.evaluate(() => {
      const log: string[] = [];
      const ck = window.ConsentKit;
      const off = ck.on('change', () => log.push('change'));
      ck.on('decision', (record) => log.push(`decision:${record.method}`));
      ck.onGranted('analytics', () => log.push('granted:analytics'));
      const cancelled = ck.onGranted('targeting', () => log.push('granted:targeting'));
      cancelled();
      ck.update({ analytics: true });
      off();
      ck.rejectAll();
      ck.acceptAll();
      ck.onGranted('analytics', () => log.push('granted:now'));
      log.push(`unknown:${ck.isGranted('nonexistent' as never)}`);
      return log;
    });
    expect(calls).toEqual(['change', 'granted:analytics', 'decision:custom', 'decision:reject-all', 'decision:accept-all', 'granted:now', 'unknown:false']);
  });
});

test.describe('Global Privacy Control', () => {
  const GPC_ON = "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });";

  for (const region of ['FR', 'US-CA']) {
    test(`${region}: "Accept all" grants all but targeting; a later explicit grant of targeting overrides it, the record says so, and it holds`, async ({
      page,
    }) => {
      await page.addInitScript(GPC_ON);
      await serve(page, { policyVersion: '1', region, categories: { functional: {} } });
      await page.goto(PAGE);
      expect(await page.evaluate(() => window.ConsentKit.isGranted('targeting'))).toBe(false);
      const accepted = await page.evaluate(() => (window.ConsentKit.acceptAll(), window.ConsentKit.getRecord()!));
      expect(accepted).toMatchObject({
        method: 'accept-all',
        gpc: true,
        gpcOverride: false,
        choices: { necessary: true, analytics: true, targeting: false, functional: true },
      });
      const override = await page.evaluate(() => (window.ConsentKit.update({ targeting: true }), window.ConsentKit.getRecord()!));
      expect(override).toMatchObject({ method: 'custom', gpc: true, gpcOverride: true, choices: { targeting: true } });
      await page.reload();
      expect(await page.evaluate(() => window.ConsentKit.getConsent())).toEqual({ necessary: true, analytics: true, targeting: true, functional: true });
      await expect.poll(() => ran(page)).toEqual(['analytics', 'targeting']);
    });
  }

  test('gpc: false leaves the signal unhonoured: "Accept all" grants targeting', async ({ page }) => {
    await page.addInitScript(GPC_ON);
    await serve(page, { policyVersion: '1', region: 'US-CA', gpc: false });
    await page.goto(PAGE);
    expect(await page.evaluate(() => [window.ConsentKit.gpc, window.ConsentKit.isGranted('targeting')])).toEqual([false, true]);
    expect(await page.evaluate(() => (window.ConsentKit.acceptAll(), window.ConsentKit.getRecord()!.choices.targeting))).toBe(true);
  });
});

test.describe('Google Consent Mode v2', () => {
  const updates = (page: Page) =>
    page.evaluate(() =>
      ((window as unknown as { dataLayer: IArguments[] }).dataLayer ?? [])
        .map((e) => Array.from(e))
        .filter((e) => e[0] === 'consent')
        .map((e) => [e[1], e[2]]),
    );

  test('a site-declared functional category drives functionality_storage and personalization_storage', async ({ page }) => {
    await serve(page, { policyVersion: '1', region: 'FR', categories: { functional: {} }, adapters: { google: {} } });
    await page.goto(PAGE);
    await page.evaluate(() => window.ConsentKit.update({ functional: true }));
    const [first, last] = [(await updates(page))[0], (await updates(page)).at(-1)];
    expect(first![0]).toBe('default');
    expect(Object.keys(first![1] as object).filter((k) => k.endsWith('_storage') || k.startsWith('ad_'))).toHaveLength(7);
    expect(last).toEqual([
      'update',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'granted',
        personalization_storage: 'granted',
        security_storage: 'granted',
      },
    ]);
  });

  test('without a functional category, "Accept all" leaves functionality_storage and personalization_storage denied', async ({ page }) => {
    await serve(page, { policyVersion: '1', region: 'FR', adapters: { google: {} } });
    await page.goto(PAGE);
    await page.evaluate(() => window.ConsentKit.acceptAll());
    expect((await updates(page)).at(-1)).toEqual([
      'update',
      {
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
        analytics_storage: 'granted',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
      },
    ]);
  });
});

test.describe('other open tabs', () => {
  const names = async (context: BrowserContext) => (await context.cookies()).map((c) => c.name).sort();

  test('a withdrawal in one tab reaches the other without reload: undecided, banner, the analytics cookie deleted', async ({ context }) => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const tab of [a, b]) await serve(tab, { policyVersion: '1', region: 'FR' });
    await a.goto(PAGE);
    await b.goto(PAGE);
    await a.evaluate(() => window.ConsentKit.acceptAll());
    await expect.poll(() => ran(b)).toEqual(['analytics', 'targeting']);
    await expect.poll(() => names(context)).toEqual(['_ga', 'consentkit']);
    await a.evaluate(() => window.ConsentKit.withdraw());
    await expect.poll(() => b.evaluate(() => [window.ConsentKit.hasDecided(), window.ConsentKit.getConsent()])).toEqual([false, DENIED]);
    await expect(bannerButton(b, 'Accept all')).toBeVisible();
    await expect.poll(() => names(context)).toEqual(['consentkit']);
  });

  test('a decision made under another policy version is not applied by a tab of the older one', async ({ context }) => {
    const [older, newer] = [await context.newPage(), await context.newPage()];
    await serve(older, { policyVersion: '1', region: 'FR' });
    await serve(newer, { policyVersion: '2', region: 'FR' });
    await older.goto(PAGE);
    await older.evaluate(() => window.ConsentKit.rejectAll());
    await newer.goto(PAGE);
    await newer.evaluate(() => window.ConsentKit.acceptAll());
    await expect.poll(() => older.evaluate(() => window.ConsentKit.hasDecided())).toBe(false);
    await settle(older);
    expect(await older.evaluate(() => window.ConsentKit.getConsent())).toEqual(DENIED);
    expect(await ran(older)).toEqual([]);
  });

  test('reloadOnRevoke: a revocation made in another tab reloads this one', async ({ context }) => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const tab of [a, b]) await serve(tab, { policyVersion: '1', region: 'FR', reloadOnRevoke: true });
    await a.goto(PAGE);
    await a.evaluate(() => window.ConsentKit.acceptAll());
    await b.goto(PAGE);
    await b.evaluate(() => ((window as unknown as { __marker: boolean }).__marker = true));
    const reloaded = b.waitForEvent('load');
    // The revoking tab reloads too: the call is made after evaluate() has returned.
    await a.evaluate(() => void setTimeout(() => window.ConsentKit.update({ analytics: false })));
    await reloaded;
    expect(await b.evaluate(() => (window as unknown as { __marker?: boolean }).__marker ?? false)).toBe(false);
    expect(await b.evaluate(() => window.ConsentKit.getConsent())).toEqual({ necessary: true, analytics: false, targeting: true });
  });
});

test.describe('IAB GPP', () => {
  type Gpp = (command: string, callback: (data: unknown, success: boolean) => void, parameter?: unknown) => void;
  const gpp = (page: Page, command: string, parameter?: string) =>
    page.evaluate(([c, p]) => new Promise((resolve) => (window as unknown as { __gpp: Gpp }).__gpp(c!, (data, success) => resolve({ data, success }), p)), [
      command,
      parameter,
    ] as const);

  test("an opt-out regime answers with usnat and the visitor's state section, both following targeting", async ({ page }) => {
    await serve(page, { policyVersion: '1', region: 'US-CA' });
    await page.goto(PAGE);
    await expect
      .poll(() => gpp(page, 'ping'))
      .toMatchObject({ data: { gppVersion: '1.1', cmpStatus: 'loaded', sectionList: [7, 8], applicableSections: [8] } });
    expect([await gpp(page, 'getField', 'usnat.SaleOptOut'), await gpp(page, 'getField', 'usca.SaleOptOut')]).toEqual([
      { data: 2, success: true },
      { data: 2, success: true },
    ]);
    await page.evaluate(() => window.ConsentKit.update({ targeting: false }));
    await expect.poll(() => gpp(page, 'getField', 'usca.SaleOptOut')).toEqual({ data: 1, success: true });
    expect(await gpp(page, 'getField', 'usnat.SaleOptOut')).toEqual({ data: 1, success: true });
  });
});

test('on an https page the consent cookie is Secure (and still SameSite=Lax, first-party)', async ({ page, context, baseURL }) => {
  // An https origin served through the test server: every request of https://shop.test is answered from it.
  await page.route('https://shop.test/**', async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${baseURL}${url.pathname}` });
    await route.fulfill({ response });
  });
  await page.goto(`https://shop.test${PAGE}`);
  await page.evaluate(() => window.ConsentKit.acceptAll());
  expect((await context.cookies('https://shop.test')).find((c) => c.name === 'consentkit')).toMatchObject({
    domain: 'shop.test',
    path: '/',
    secure: true,
    sameSite: 'Lax',
  });
});
