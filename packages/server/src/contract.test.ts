// @vitest-environment node
// The HTTP contract of the records API read literally, as someone who never saw this code would
// test it: methods, media types, sizes, UUIDs and times, what "the same record" is, date ranges,
// and storage failing while the server runs. Runs on both engines.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './canonical-json';
import { ENGINES, useDatabase } from './engines.test-helpers';
import { entryHash, GENESIS_HASH } from './hash-chain';
import { makeRecord } from './record.test-helpers';
import type { LogRow } from './record-store';
import { createRecordsApp, MAX_BODY_BYTES, type RecordsAppOptions } from './records-app';
import { StorageUnavailableError, type SqlDatabase } from './sql-database';
import { verifyLog } from './verify-log';

const TOKEN = 'contract-admin-token-0123456789';
const BASE = 'http://records.test';
const admin = { authorization: `Bearer ${TOKEN}` };
const text = { 'content-type': 'text/plain;charset=UTF-8' };

const post = (body: BodyInit, headers: Record<string, string> = text) => new Request(`${BASE}/v1/records`, { method: 'POST', body, headers });

/** A body sent in chunks with no Content-Length (as a proxy or a streaming client may). */
const streamed = (bytes: Uint8Array) =>
  new Request(`${BASE}/v1/records`, {
    method: 'POST',
    headers: text,
    body: new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 1000) controller.enqueue(bytes.slice(i, i + 1000));
        controller.close();
      },
    }),
    duplex: 'half',
  } as RequestInit);

/** A valid record whose JSON is exactly `bytes` long in UTF-8 (padded with whitespace, which JSON allows between tokens). */
function recordOfBytes(bytes: number): string {
  const json = JSON.stringify(makeRecord());
  return json.replace('{', `{${' '.repeat(bytes - Buffer.byteLength(json))}`);
}

describe.each(ENGINES)('records API contract on %s', (engine) => {
  const db = useDatabase(engine);
  const app = (options: Partial<RecordsAppOptions> = {}) =>
    createRecordsApp({ database: db(), adminToken: TOKEN, allowOrigins: ['https://site.example'], logError: () => undefined, ...options });
  const count = async () => Number((await db().query<{ n: number }>("SELECT count(*)::int AS n FROM consent_log WHERE kind = 'record'"))[0]!.n);
  const call = (handler: ReturnType<typeof app>, method: string, path: string, headers: Record<string, string> = {}) =>
    handler(new Request(`${BASE}${path}`, { method, headers }));

  it('answers a method a path does not take with 405 and Allow, before authentication, and nothing changes', async () => {
    const handler = app();
    const subject = randomUUID();
    const cases: [string, string, string][] = [
      ['GET', '/v1/records', 'POST, OPTIONS'],
      ['PUT', '/v1/records', 'POST, OPTIONS'],
      ['DELETE', '/v1/records', 'POST, OPTIONS'],
      ['POST', '/healthz', 'GET, HEAD'],
      ['POST', '/v1/verify', 'GET, HEAD'],
      ['DELETE', '/v1/stats', 'GET, HEAD'],
      ['POST', '/v1/records/export', 'GET, HEAD'],
      ['PUT', '/v1/log', 'GET, HEAD'],
      ['POST', `/v1/subjects/${subject}/records`, 'GET, HEAD'],
      ['GET', `/v1/subjects/${subject}`, 'DELETE'],
      ['PUT', '/dashboard', 'GET, HEAD'],
      ['GET', '/dashboard/login', 'POST'],
    ];
    for (const [method, path, allow] of cases) {
      for (const headers of [{}, admin]) {
        const res = await call(handler, method, path, headers);
        expect([method, path, res.status, res.headers.get('allow')]).toEqual([method, path, 405, allow]);
        expect(((await res.json()) as { error: string }).error).toContain(allow);
      }
    }
    expect((await call(handler, 'GET', '/v1/nothing-here')).status).toBe(404);
    expect(await count()).toBe(0);
  });

  it('answers HEAD like GET without a body, and still only to the admin on admin paths', async () => {
    const handler = app();
    const health = await call(handler, 'HEAD', '/healthz');
    expect([health.status, await health.text()]).toEqual([200, '']);
    expect((await call(handler, 'HEAD', '/v1/verify')).status).toBe(401);
    const verify = await call(handler, 'HEAD', '/v1/verify', admin);
    expect([verify.status, verify.headers.get('content-type'), await verify.text()]).toEqual([200, 'application/json', '']);
  });

  it('reads text/plain and application/json with or without a UTF-8 charset, and refuses another charset with 415', async () => {
    const handler = app();
    for (const type of [
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/json',
      'application/json; charset="utf-8"',
      'Application/JSON; Charset=us-ascii',
    ]) {
      const res = await handler(post(JSON.stringify(makeRecord()), { 'content-type': type }));
      expect([type, res.status]).toEqual([type, 201]);
    }
    for (const type of ['text/plain; charset=utf-16', 'application/json; charset=iso-8859-1', 'text/plainx', 'application/ld+json', 'text/html']) {
      const res = await handler(post(JSON.stringify(makeRecord()), { 'content-type': type }));
      expect([type, res.status, ((await res.json()) as { field: string }).field]).toEqual([type, 415, 'content-type']);
    }
    expect(await count()).toBe(5);
  });

  it('accepts a body of exactly 16 KB and refuses one byte more with 413, counted in bytes, with or without Content-Length', async () => {
    const handler = app();
    const exact = recordOfBytes(MAX_BODY_BYTES);
    expect(Buffer.byteLength(exact)).toBe(16 * 1024);
    expect((await handler(post(exact))).status).toBe(201);
    expect((await handler(streamed(new TextEncoder().encode(recordOfBytes(MAX_BODY_BYTES))))).status).toBe(201);
    const over = recordOfBytes(MAX_BODY_BYTES + 1);
    expect((await handler(post(over))).status).toBe(413);
    expect((await handler(streamed(new TextEncoder().encode(recordOfBytes(MAX_BODY_BYTES + 1))))).status).toBe(413);
    // 8,193 two-byte characters are 16,386 bytes although only about 8 K characters.
    const multiByte = JSON.stringify({ ...makeRecord(), policyVersion: 'é'.repeat(8193) });
    expect(multiByte.length).toBeLessThan(MAX_BODY_BYTES);
    const res = await handler(post(multiByte));
    expect([res.status, ((await res.json()) as { field: string }).field]).toEqual([413, 'body']);
    expect(await count()).toBe(2);
  });

  it('refuses UUIDs that are not RFC 4122 (nil, braced, URN, no hyphens, version 0, wrong variant) naming the field; upper case is the same id', async () => {
    const handler = app();
    const id = randomUUID();
    const bad = [
      '00000000-0000-0000-0000-000000000000',
      `{${id}}`,
      `urn:uuid:${id}`,
      id.replace(/-/g, ''),
      '01234567-89ab-0def-8123-456789abcdef',
      '01234567-89ab-4def-c123-456789abcdef',
      ` ${id}`,
    ];
    for (const field of ['recordId', 'subjectId', 'previousRecordId'] as const) {
      for (const value of bad) {
        const res = await handler(post(JSON.stringify({ ...makeRecord(), [field]: value })));
        expect([field, value, res.status, ((await res.json()) as { field: string }).field]).toEqual([field, value, 400, field]);
      }
    }
    const upper = makeRecord({ recordId: id.toUpperCase() });
    expect((await handler(post(JSON.stringify(upper)))).status).toBe(201);
    expect((await handler(post(JSON.stringify({ ...upper, recordId: id })))).status).toBe(200);
    expect(await count()).toBe(1);
  });

  it('needs previousRecordId present (null for a first decision): absent is a 400 naming it', async () => {
    const handler = app();
    const { previousRecordId: _, ...withoutPrevious } = makeRecord();
    const res = await handler(post(JSON.stringify(withoutPrevious)));
    expect([res.status, ((await res.json()) as { field: string }).field]).toEqual([400, 'previousRecordId']);
    expect((await handler(post(JSON.stringify(makeRecord({ previousRecordId: null }))))).status).toBe(201);
  });

  it('takes ISO 8601 UTC times with any fraction up to nanoseconds, and refuses offsets, local times and impossible dates', async () => {
    const handler = app();
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    // No fraction, nanoseconds (Java's Instant, Go's RFC3339Nano), one digit.
    for (const timestamp of [iso(now).replace(/\.\d+Z$/, 'Z'), iso(now).replace(/Z$/, '123456Z'), '2024-02-29T23:59:59.5Z']) {
      const r = makeRecord({ timestamp });
      const res = await handler(post(JSON.stringify(r)));
      expect([timestamp, res.status]).toEqual([timestamp, 201]);
      const served = (await (await call(handler, 'GET', `/v1/subjects/${r.subjectId}/records`, admin)).json()) as { records: { timestamp: string }[] };
      expect(served.records[0]!.timestamp).toBe(timestamp);
    }
    for (const timestamp of [
      '2026-11-01T12:00:00.000+00:00',
      '2026-11-01T13:00:00.000+01:00',
      '2026-11-01T12:00:00.000',
      '2026-11-01',
      '2026-11-01 12:00:00.000Z',
      '2026-11-01t12:00:00.000z',
      '2025-02-29T12:00:00.000Z',
      '2026-04-31T12:00:00.000Z',
      '2026-11-01T24:00:00.000Z',
      '2026-11-01T12:00:60.000Z',
      '2026-11-01T12:00:00.1234567890Z',
      '+002026-11-01T12:00:00.000Z',
      String(now),
    ]) {
      const res = await handler(post(JSON.stringify(makeRecord({ timestamp }))));
      expect([timestamp, res.status, ((await res.json()) as { field: string }).field]).toEqual([timestamp, 400, 'timestamp']);
    }
  });

  it('treats a resend as the same record whatever its key order, whitespace or UUID case; an added or dropped optional field is other content (409)', async () => {
    const handler = app();
    const r = makeRecord();
    expect((await handler(post(JSON.stringify(r)))).status).toBe(201);
    const resends = [
      JSON.stringify(Object.fromEntries(Object.entries(r).reverse())),
      JSON.stringify(r, null, 2),
      JSON.stringify({ ...r, recordId: r.recordId.toUpperCase(), subjectId: r.subjectId.toUpperCase() }),
      JSON.stringify({ ...r, choices: { targeting: true, analytics: true, necessary: true } }),
    ];
    for (const body of resends) {
      const res = await handler(post(body, { 'content-type': 'application/json' }));
      expect([res.status, await res.json()]).toEqual([200, { stored: false, duplicate: true }]);
    }
    const { gpcOverride: _, ...withoutOverride } = r;
    for (const other of [{ ...r, regionSource: 'config' }, withoutOverride, { ...r, timestamp: new Date(Date.parse(r.timestamp) - 1).toISOString() }]) {
      const res = await handler(post(JSON.stringify(other)));
      expect([res.status, ((await res.json()) as { field: string }).field]).toEqual([409, 'recordId']);
    }
    expect(await count()).toBe(1);
  });

  it('stores the policy versions sites write (any language, brackets, commas, apostrophes) and refuses markup and control characters', async () => {
    const handler = app();
    const ordinary = [
      '2026-11-01',
      'v3 (rev. 2)',
      "Politique d'utilisation, nov. 2026",
      'Datenschutzerklärung 2026',
      'プライバシーポリシー 2026',
      '7f3a9c1',
      'x'.repeat(64),
    ];
    for (const policyVersion of ordinary) {
      const res = await handler(post(JSON.stringify(makeRecord({ policyVersion }))));
      expect([policyVersion, res.status]).toEqual([policyVersion, 201]);
    }
    const refused = ['', ' v1', '<b>v1</b>', 'v1 "final"', 'v1`', 'v1\\', 'v1\n', 'v1\u202e', 'v1\u200b', 'v1\u2028', 'x'.repeat(65)];
    for (const policyVersion of refused) {
      const res = await handler(post(JSON.stringify(makeRecord({ policyVersion }))));
      expect([policyVersion, res.status, ((await res.json()) as { field: string }).field]).toEqual([policyVersion, 400, 'policyVersion']);
    }
    expect(await count()).toBe(ordinary.length);
  });

  it('refuses a body that is not UTF-8 (the bytes are not replaced and stored)', async () => {
    const handler = app();
    const json = new TextEncoder().encode(JSON.stringify(makeRecord({ policyVersion: 'v1 x' })));
    const at = Buffer.from(json).indexOf('v1 x') + 3;
    for (const bytes of [[0xff], [0xc3], [0xed, 0xa0, 0x80]]) {
      const body = new Uint8Array([...json.slice(0, at), ...bytes, ...json.slice(at + 1)]);
      const res = await handler(post(body));
      expect([bytes, res.status, await res.json()]).toEqual([bytes, 400, { error: 'body is not UTF-8 text', field: 'body' }]);
    }
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...json]);
    expect((await handler(post(withBom))).status).toBe(201);
    expect(await count()).toBe(1);
  });

  it('refuses a body that names a field twice (JSON parsers disagree on which one counts), naming it, and stores nothing', async () => {
    const handler = app();
    const r = makeRecord({ method: 'reject-all' });
    const json = JSON.stringify(r);
    const cases: [string, string][] = [
      [json.replace('{', '{"method":"accept-all",'), 'method'],
      [json.replace('"necessary":true', '"necessary":true,"targeting":true'), 'choices.targeting'],
      [json.replace('{', '{"gpc" : true , '), 'gpc'],
      [json.replace('{', '{"\\u0067pc":true,'), 'gpc'],
    ];
    for (const [body, field] of cases) {
      const res = await handler(post(body));
      expect([res.status, await res.json()]).toEqual([400, { error: `${field} appears twice`, field }]);
    }
    // Equal text inside string values or in different objects is no repetition.
    const fine = JSON.stringify(makeRecord({ policyVersion: 'method', choices: { necessary: true, analytics: true, targeting: false, method: true } }));
    expect((await handler(post(fine))).status).toBe(201);
    expect(await count()).toBe(1);
  });

  it('refuses from/to that are not real ISO 8601 dates with a 400 naming the parameter; from is inclusive, to exclusive', async () => {
    const handler = app();
    expect((await handler(post(JSON.stringify(makeRecord())))).status).toBe(201);
    const bad: [string, string][] = [
      ['from', '2026-02-30'],
      ['to', '2026-11-31'],
      ['from', '2025-02-29T00:00:00Z'],
      ['to', '2026-03-01T24:00:00Z'],
      ['from', '2026-03-01T12:00:00'],
      ['from', '0000-01-01'],
      ['to', '0001-01-01T00:00:00+01:00'],
      ['from', '2026-03-01T12:00:00+25:00'],
      ['to', '2026-13-01'],
      ['from', 'yesterday'],
    ];
    for (const path of ['/v1/records/export', '/v1/stats']) {
      for (const [name, value] of bad) {
        const res = await call(handler, 'GET', `${path}?${name}=${encodeURIComponent(value)}`, admin);
        expect([path, value, res.status, ((await res.json()) as { field: string }).field]).toEqual([path, value, 400, name]);
      }
    }
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.parse(today) + 86_400_000).toISOString().slice(0, 10);
    const lines = async (query: string) => (await (await call(handler, 'GET', `/v1/records/export?${query}`, admin)).text()).split('\n').filter(Boolean).length;
    expect(await lines(`from=${today}&to=${tomorrow}`)).toBe(1);
    expect(await lines(`from=${tomorrow}`)).toBe(0);
    expect(await lines(`to=${today}`)).toBe(0);
    expect(await lines(`from=${today}T00:00:00%2B00:00&to=${tomorrow}T00:00Z`)).toBe(1);
  });

  it('answers 503 with Retry-After, not a 200 cut short, when storage fails after the server started', async () => {
    let down = false;
    const failing = <T>(run: () => Promise<T>) => (down ? Promise.reject(new StorageUnavailableError('PostgreSQL is unavailable (ECONNREFUSED)')) : run());
    const inner = db();
    const flaky: SqlDatabase = {
      engine: inner.engine,
      query: (sql, params) => failing(() => inner.query(sql, params)),
      transaction: (fn, lockKey) => failing(() => inner.transaction(fn, lockKey)),
      close: () => inner.close(),
    };
    const handler = app({ database: flaky });
    expect((await handler(post(JSON.stringify(makeRecord())))).status).toBe(201);
    down = true;
    for (const path of ['/v1/records/export', '/v1/records/export?format=csv', '/v1/log', '/v1/verify', '/v1/stats', `/v1/subjects/${randomUUID()}/records`]) {
      const res = await call(handler, 'GET', path, admin);
      expect([path, res.status, res.headers.get('retry-after')]).toEqual([path, 503, '30']);
    }
    const posted = await handler(post(JSON.stringify(makeRecord())));
    expect([posted.status, posted.headers.get('retry-after')]).toEqual([503, '30']);
    down = false;
    expect(await count()).toBe(1);
  });
});

describe('createRecordsApp options', () => {
  const database = {} as SqlDatabase;
  it('refuses an allowed origin that a browser never sends (path, trailing slash, upper case, default port), saying how to write it', () => {
    for (const [origin, hint] of [
      ['https://site.example/', /write it as https:\/\/site\.example\)/],
      ['https://Site.example', /write it as https:\/\/site\.example\)/],
      ['https://site.example:443', /write it as https:\/\/site\.example\)/],
      ['site.example', /scheme, host and port only/],
    ] as const) {
      expect(() => createRecordsApp({ database, adminToken: TOKEN, allowOrigins: [origin] })).toThrow(hint);
    }
  });

  it('refuses an admin token that cannot travel in "Authorization: Bearer <token>" (spaces, line breaks, non-ASCII)', () => {
    for (const adminToken of ['two words-0123456789', 'token-0123456789\n', 'tökén-0123456789', ' ']) {
      expect(() => createRecordsApp({ database, adminToken })).toThrow(/printable ASCII/);
    }
  });
});

async function* each<T>(items: readonly T[]) {
  yield* items;
}

describe('verifyLog on a log rewritten with content that is not an object', () => {
  it('reports the entry instead of failing', async () => {
    const rows: LogRow[] = [];
    let prev = GENESIS_HASH;
    for (const [i, content] of ['null', '[1]', '{"kind":"erasure","redacted":5,"receivedAt":"2026-01-01T00:00:00.000Z"}'].entries()) {
      const contentHash = sha256Hex(content);
      const hash = entryHash(prev, contentHash);
      rows.push({
        idx: i,
        kind: i === 2 ? 'erasure' : 'record',
        record_id: null,
        subject_id: null,
        received_at: new Date('2026-01-01T00:00:00.000Z'),
        method: null,
        region: null,
        regime: null,
        gpc: null,
        choices: null,
        content,
        content_hash: contentHash,
        prev_hash: prev,
        hash,
      });
      prev = hash;
    }
    expect(await verifyLog(each(rows.slice(0, 1)), { index: 0, hash: rows[0]!.hash })).toEqual({
      ok: false,
      firstBadIndex: 0,
      reason: 'content is not a JSON object',
    });
    const erasureOnly = [{ ...rows[2]!, idx: 0, prev_hash: GENESIS_HASH, hash: entryHash(GENESIS_HASH, rows[2]!.content_hash) }];
    expect(await verifyLog(each(erasureOnly), { index: 0, hash: erasureOnly[0]!.hash })).toMatchObject({ ok: true, count: 1 });
  });
});
