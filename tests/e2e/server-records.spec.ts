import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { bannerButton } from './script-tag-helpers';
import { adminGet, exampleWithEndpoint, freshDataDir, recordPosts, startServer, type RunningServer, type ServedRecord } from './server-helpers';

// The script-tag example with `recordEndpoint` pointing at a real `consentkit-server` (embedded
// database): a visitor's decisions arrive, come back in order through the admin API, and show
// on the dashboard — whose numbers are the database's, with no console error and 0 axe violations.

// The test site and the record server both run on 127.0.0.1: Chromium's Local Network Access
// asks the visitor before a page may reach a loopback address, which a real site's public
// records server never needs. The tests grant it.
test.use({ permissions: ['local-network-access'] });

let server: RunningServer;
test.beforeAll(async ({ baseURL }) => {
  // Bundling the server and opening a new embedded database (initdb in WASM) takes seconds,
  // much longer on a busy 2-core machine.
  test.setTimeout(120_000);
  server = await startServer({ dataDir: freshDataDir(), args: ['--allow-origin', new URL(baseURL!).origin] });
});
test.afterAll(async () => {
  await server?.stop();
});

test("accept, reject, withdraw: the subject's records come back in order, and the dashboard shows them", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const posts = recordPosts(page);
  await exampleWithEndpoint(page, `${server.url}/v1/records`);
  await page.goto('/examples/script-tag/index.html');
  await bannerButton(page, 'Accept all').click();
  await page.evaluate(() => window.ConsentKit.showPreferences());
  await page.locator('consentkit-banner').getByRole('dialog').getByRole('button', { name: 'Reject all', exact: true }).click();
  await page.evaluate(() => window.ConsentKit.withdraw());

  await expect.poll(() => posts.length).toBe(3);
  expect(await Promise.all(posts.map((p) => p.status))).toEqual([201, 201, 201]);
  const subjectId = posts[0]!.subjectId;
  const answer = await adminGet<{ subjectId: string; records: ServedRecord[] }>(server, `/v1/subjects/${subjectId}/records`);
  expect(answer.subjectId).toBe(subjectId);
  expect(answer.records.map((r) => [r.recordId, r.method])).toEqual(posts.map((p) => [p.recordId, p.method]));
  expect(answer.records.map((r) => r.method)).toEqual(['accept-all', 'reject-all', 'withdraw']);
  expect(answer.records[1]!.previousRecordId).toBe(answer.records[0]!.recordId);
  expect(answer.records[2]!.previousRecordId).toBe(answer.records[1]!.recordId);
  for (const r of answer.records) expect(r).toMatchObject({ receivedAt: expect.any(String), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  // Sent by beacon, whose answer the page cannot read: the next load confirms each with fetch (the
  // server answers 200 duplicate), and only then is nothing left in the outbox; nothing is stored twice.
  await page.reload();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('consentkit:outbox'))).toBeNull();
  expect(
    posts
      .slice(3)
      .map((p) => p.recordId)
      .sort(),
  ).toEqual(
    posts
      .slice(0, 3)
      .map((p) => p.recordId)
      .sort(),
  );
  expect(await Promise.all(posts.slice(3).map((p) => p.status))).toEqual([200, 200, 200]);
  expect(await adminGet(server, '/v1/verify')).toMatchObject({ ok: true, count: 3 });

  // The dashboard: log in with the token through the form (never in a URL).
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const errors: string[] = [];
  admin.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  admin.on('pageerror', (e) => errors.push(e.message));
  const visited: string[] = [];
  admin.on('request', (r) => visited.push(r.url()));
  const login = await admin.goto(`${server.url}/dashboard`);
  expect(login!.status()).toBe(401);
  await expect(admin.getByLabel('Admin token')).toBeVisible();
  expect(await admin.content()).not.toContain(subjectId.slice(0, 8));
  await admin.getByLabel('Admin token').fill(server.token);
  // The sign-in page itself is a 401 (no token yet), which Chromium logs; the dashboard must log nothing.
  expect(errors).toEqual([expect.stringContaining('401')]);
  errors.length = 0;
  await admin.getByRole('button', { name: 'Sign in' }).click();
  await expect(admin.locator('#verify-status')).toHaveText(/Log verified: 3 entries/);
  const stats = await adminGet<{ groups: { methods: Record<string, number> }[] }>(server, '/v1/stats?groupBy=method');
  expect(stats.groups.length).toBe(3);
  for (const method of ['accept-all', 'reject-all', 'withdraw', 'custom']) {
    const count = stats.groups.reduce((n, g) => n + (g.methods[method] ?? 0), 0);
    await expect(admin.locator(`#method-${method}`)).toHaveText(String(count));
  }
  await expect(admin.locator('#total-records')).toHaveText('3');
  await expect(admin.getByRole('img', { name: /Decisions per day/ })).toBeVisible();
  await expect(admin.getByRole('img', { name: /granted each category/ })).toBeVisible();
  const rows = admin.getByRole('table', { name: 'Latest records' }).locator('tbody tr');
  await expect(rows).toHaveCount(3);
  // The table lists the log in the order the server received the records; the three decisions'
  // requests were in flight together, so they may have arrived in any order.
  const texts = await rows.allTextContents();
  expect(texts.every((t) => t.includes(subjectId.slice(0, 8)))).toBe(true);
  expect(texts.map((t) => ['accept-all', 'reject-all', 'withdraw'].find((m) => t.includes(m))).sort()).toEqual(['accept-all', 'reject-all', 'withdraw']);
  expect(visited.every((u) => !u.includes(server.token))).toBe(true);
  const { violations } = await new AxeBuilder({ page: admin }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(errors).toEqual([]);
  await adminContext.close();
});

test('the dashboard refuses a wrong token and the admin API answers 401 without data', async ({ page }) => {
  await page.goto(`${server.url}/dashboard`);
  await page.getByLabel('Admin token').fill('not-the-token-at-all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('That token is not right.');
  expect(await page.locator('#verify-status').count()).toBe(0);
  const res = await fetch(`${server.url}/v1/verify`, { headers: { authorization: 'Bearer not-the-token-at-all' } });
  expect(res.status).toBe(401);
});
