import { expect, test, type APIRequestContext } from '@playwright/test';

// The core engine in real Chromium: the consent cookie's attributes, records delivered by
// navigator.sendBeacon (keepalive fetch when it is refused), the outbox retry, and a decision reaching another open tab.
const PAGE = '/fixtures/core/index.html';

/** Records the test server received for one visitor (the log is shared by parallel tests). */
async function recordsOf(request: APIRequestContext, subjectId: string) {
  const all = (await (await request.get('/__records')).json()) as { subjectId?: string }[];
  return all.filter((r) => r.subjectId === subjectId);
}

test('writes a first-party SameSite=Lax cookie that expires in 182 days', async ({ page, context }) => {
  await page.goto(PAGE);
  expect(await context.cookies()).toEqual([]);
  await page.evaluate(() => window.consent.acceptAll());
  const [cookie] = await context.cookies();
  expect(cookie).toMatchObject({ name: 'consentkit', domain: '127.0.0.1', path: '/', sameSite: 'Lax', secure: false, httpOnly: false });
  expect(cookie!.value).toMatch(/^1\|[0-9a-z]+\|2026-11-01\|a1\.t1\|0\|1\|[0-9a-f-]{36}\|[0-9a-f-]{36}$/);
  const days = (cookie!.expires * 1000 - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(181);
  expect(days).toBeLessThan(183);
});

test('keeps the decision across a reload', async ({ page }) => {
  await page.goto(PAGE);
  await page.evaluate(() => window.consent.update({ analytics: true }));
  await page.reload();
  expect(await page.evaluate(() => [window.consent.hasDecided(), window.consent.getConsent()])).toEqual([
    true,
    { necessary: true, analytics: true, targeting: false },
  ]);
});

test('posts each record to recordEndpoint with navigator.sendBeacon (text/plain, no preflight)', async ({ page, request }) => {
  const beacons: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/__records')) beacons.push(`${r.resourceType()} ${r.method()} ${r.headers()['content-type']}`);
  });
  await page.goto(PAGE);
  await page.evaluate(() => window.consent.rejectAll());
  const made = await page.evaluate(() => window.consent.getRecord());
  await expect.poll(() => recordsOf(request, made!.subjectId)).toEqual([made]);
  expect(beacons).toEqual(['ping POST text/plain;charset=UTF-8']); // navigator.sendBeacon
  expect(made).toMatchObject({ method: 'reject-all', region: 'FR', regime: 'opt-in', policyVersion: '2026-11-01', gpc: false });
});

test('retries a record that could not be delivered on the next load', async ({ page, request }) => {
  await page.route('**/__records', (route) => route.abort());
  await page.goto(PAGE);
  // sendBeacon only queues; make the beacon path unavailable so the fetch fallback fails.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'sendBeacon', { value: () => false });
    window.consent.acceptAll();
  });
  await expect.poll(() => page.evaluate(() => localStorage.getItem('consentkit:outbox'))).not.toBeNull();
  const made = await page.evaluate(() => window.consent.getRecord());
  await page.unroute('**/__records');
  await page.reload();
  await expect.poll(() => recordsOf(request, made!.subjectId)).toEqual([made]);
  expect(await page.evaluate(() => localStorage.getItem('consentkit:outbox'))).toBeNull();
});

test('a decision in one tab reaches another open tab without reload', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto(PAGE);
  await tabB.goto(PAGE);
  await tabA.evaluate(() => window.consent.acceptAll());
  await expect
    .poll(() => tabB.evaluate(() => window.consent.getConsent()))
    .toEqual({
      necessary: true,
      analytics: true,
      targeting: true,
    });
  expect(await tabB.evaluate(() => window.changes.length)).toBe(1);
  await tabB.evaluate(() => window.consent.withdraw());
  await expect.poll(() => tabA.evaluate(() => window.consent.hasDecided())).toBe(false);
});

test('a tampered cookie leaves the visitor undecided without errors', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await context.addCookies([{ name: 'consentkit', value: '1|zzzzzzzzz|2026-11-01|a1.t1|0|1|x|y', url: 'http://127.0.0.1' }]);
  await page.goto(PAGE);
  expect(await page.evaluate(() => [window.consent.hasDecided(), window.consent.isGranted('analytics')])).toEqual([false, false]);
  expect(errors).toEqual([]);
});

test('honours Global Privacy Control set by the browser', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await page.goto(`${PAGE}?config=${encodeURIComponent(JSON.stringify({ policyVersion: '1', region: 'US-CA' }))}`);
  expect(await page.evaluate(() => [window.consent.gpc, window.consent.getConsent(), window.consent.getRecord()?.method])).toEqual([
    true,
    { necessary: true, analytics: true, targeting: false },
    'gpc',
  ]);
});
