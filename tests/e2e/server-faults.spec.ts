import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openEmbeddedDatabase } from '../../packages/server/src/pglite-database';
import { adminGet, exampleWithEndpoint, freshDataDir, outboxIds, recordPosts, startServer, type RunningServer, type ServedRecord } from './server-helpers';
import { makeRecord } from '../../packages/server/src/record.test-helpers';

// Faults end to end: the server killed while records stream in, the database unavailable, a row
// edited behind the server's back. Real processes, the real SDK in Chromium, the embedded engine.

test.use({ permissions: ['local-network-access'] }); // page and server are both on 127.0.0.1
test.describe.configure({ mode: 'serial' });
test.setTimeout(90_000);

const servers: RunningServer[] = [];
test.afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});
async function start(options: Parameters<typeof startServer>[0]) {
  const server = await startServer(options);
  servers.push(server);
  return server;
}

/** A valid record as the SDK sends it (a German visitor who refused targeting). */
const record = () => makeRecord({ region: 'DE', choices: { necessary: true, analytics: true, targeting: false } });

async function exported(server: RunningServer): Promise<string[]> {
  const res = await fetch(`${server.url}/v1/records/export?format=ndjson`, { headers: { authorization: `Bearer ${server.token}` } });
  return (await res.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).recordId as string);
}

test('SIGKILL while records stream in: every 2xx record survives, outbox retries add no duplicate, the chain verifies', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const dataDir = freshDataDir();
  let server = await start({ dataDir, args: ['--allow-origin', origin, '--rate-limit', '0'] });
  const endpoint = `${server.url}/v1/records`;

  // A stream of posts from 6 clients; what got a 2xx is remembered.
  const acknowledged = new Set<string>();
  let streaming = true;
  const client = async () => {
    while (streaming) {
      const r = record();
      try {
        const res = await fetch(endpoint, { method: 'POST', body: JSON.stringify(r), headers: { 'content-type': 'text/plain;charset=UTF-8' } });
        if (res.status === 201 || res.status === 200) acknowledged.add(r.recordId);
      } catch {
        await new Promise((r) => setTimeout(r, 20)); // server gone: keep trying until it is back
      }
    }
  };
  const clients = Array.from({ length: 6 }, client);

  // Meanwhile a visitor decides again and again in the browser.
  const posts = recordPosts(page);
  await exampleWithEndpoint(page, endpoint);
  await page.goto('/examples/script-tag/index.html');
  const decide = (n: number) =>
    page.evaluate(async (count) => {
      for (let i = 0; i < count; i++) {
        if (i % 2) window.ConsentKit.rejectAll();
        else window.ConsentKit.acceptAll();
        await new Promise((r) => setTimeout(r, 30));
      }
    }, n);
  await decide(4);
  await expect.poll(() => acknowledged.size, { timeout: 30_000 }).toBeGreaterThan(40);
  await server.kill();
  const before = acknowledged.size;
  await decide(4); // the server is down: these wait in the outbox
  await expect.poll(async () => (await outboxIds(page)).length).toBeGreaterThanOrEqual(4);

  server = await start({ dataDir, port: server.port, args: ['--allow-origin', origin, '--rate-limit', '0'] });
  await expect.poll(() => acknowledged.size, { timeout: 30_000 }).toBeGreaterThan(before + 20);
  streaming = false;
  await Promise.all(clients);

  await page.reload(); // the next page load resends what was not acknowledged
  await expect.poll(() => outboxIds(page), { timeout: 20_000 }).toEqual([]);

  const stored = await exported(server);
  expect(new Set(stored).size).toBe(stored.length); // no duplicates
  const storedSet = new Set(stored);
  expect([...acknowledged].filter((id) => !storedSet.has(id))).toEqual([]);
  const made = [...new Set(posts.map((p) => p.recordId))];
  expect(made.length).toBe(8);
  const subject = await adminGet<{ records: ServedRecord[] }>(server, `/v1/subjects/${posts[0]!.subjectId}/records`);
  expect(subject.records.map((r) => r.recordId).sort()).toEqual([...made].sort());
  expect(await adminGet(server, '/v1/verify')).toMatchObject({ ok: true, count: stored.length });
});

test('database unavailable: 503, the SDK keeps the record, and delivers it once storage is back', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // PostgreSQL that is not there (port 9, discard: nothing listens).
  const down = await start({ dataDir: freshDataDir(), args: ['--allow-origin', origin, '--database-url', 'postgres://postgres@127.0.0.1:9/consent'] });
  const posts = recordPosts(page);
  await exampleWithEndpoint(page, `${down.url}/v1/records`);
  await page.goto('/examples/script-tag/index.html');
  await page.evaluate(() => window.ConsentKit.acceptAll());
  await expect.poll(() => posts.length).toBe(1);
  expect(await posts[0]!.status).toBe(503);
  expect(await outboxIds(page)).toEqual([posts[0]!.recordId]);
  const verify = await fetch(`${down.url}/v1/verify`, { headers: { authorization: `Bearer ${down.token}` } });
  expect(verify.status).toBe(503);
  await down.stop();

  const up = await start({ dataDir: freshDataDir(), port: down.port, args: ['--allow-origin', origin] });
  await page.reload();
  await expect.poll(() => outboxIds(page), { timeout: 20_000 }).toEqual([]);
  const subject = await adminGet<{ records: ServedRecord[] }>(up, `/v1/subjects/${posts[0]!.subjectId}/records`);
  expect(subject.records.map((r) => [r.recordId, r.method])).toEqual([[posts[0]!.recordId, 'accept-all']]);
});

test('a row edited directly in the database: verification names it, and so does the dashboard', async () => {
  const dataDir = freshDataDir();
  let server = await start({ dataDir });
  for (let i = 0; i < 5; i++) {
    const res = await fetch(`${server.url}/v1/records`, { method: 'POST', body: JSON.stringify(record()), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(201);
  }
  expect(await adminGet(server, '/v1/verify')).toMatchObject({ ok: true, count: 5 });
  await server.stop();

  // Someone with database access turns the third record's "accept-all" into "reject-all".
  const db = await openEmbeddedDatabase(join(dataDir, 'db'));
  await db.query("UPDATE consent_log SET content = replace(content, 'accept-all', 'reject-all'), method = 'reject-all' WHERE idx = 2");
  await db.close();

  server = await start({ dataDir, port: server.port });
  expect(await adminGet(server, '/v1/verify')).toMatchObject({ ok: false, firstBadIndex: 2, reason: expect.stringMatching(/content/) });
  const dashboard = await fetch(`${server.url}/dashboard`, { headers: { authorization: `Bearer ${server.token}` } });
  expect(await dashboard.text()).toContain('Log verification FAILED at entry 2');
});
