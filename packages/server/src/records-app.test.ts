// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ENGINES, useDatabase } from './engines.test-helpers';
import { makeRecord } from './record.test-helpers';
import { createRecordsApp, type RecordsAppOptions } from './records-app';

const TOKEN = 'test-admin-token-0123456789';
const URL_BASE = 'http://records.test';
const admin = { authorization: `Bearer ${TOKEN}` };

const post = (body: BodyInit, headers: Record<string, string> = { 'content-type': 'text/plain;charset=UTF-8' }) =>
  new Request(`${URL_BASE}/v1/records`, { method: 'POST', body, headers });

describe.each(ENGINES)('records API on %s', (engine) => {
  const db = useDatabase(engine);
  const app = (options: Partial<RecordsAppOptions> = {}) =>
    createRecordsApp({ database: db(), adminToken: TOKEN, allowOrigins: ['https://site.example'], logError: () => undefined, ...options });
  const count = async () => Number((await db().query<{ n: number }>('SELECT count(*)::int AS n FROM consent_log'))[0]!.n);

  it('stores a record sent as text/plain (sendBeacon) or application/json (fetch), then reports duplicates and conflicts', async () => {
    const handler = app();
    const a = makeRecord();
    const res = await handler(post(JSON.stringify(a)));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ stored: true });
    const again = await handler(post(JSON.stringify({ ...a }), { 'content-type': 'application/json' }));
    expect([again.status, await again.json()]).toEqual([200, { stored: false, duplicate: true }]);
    const forged = await handler(post(JSON.stringify({ ...a, method: 'reject-all' })));
    expect([forged.status, await forged.json()]).toMatchObject([409, { field: 'recordId' }]);
    expect(await count()).toBe(1);
  });

  it('answers CORS for allowed origins only, without credentials, and refuses posts from other sites', async () => {
    const handler = app();
    const ok = await handler(post(JSON.stringify(makeRecord()), { 'content-type': 'text/plain', origin: 'https://site.example' }));
    expect(ok.status).toBe(201);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://site.example');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await handler(
      new Request(`${URL_BASE}/v1/records`, {
        method: 'OPTIONS',
        headers: { origin: 'https://site.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    const evil = await handler(post(JSON.stringify(makeRecord()), { 'content-type': 'text/plain', origin: 'https://evil.example' }));
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(await count()).toBe(1);
  });

  it('rate-limits per client address and tells when to retry', async () => {
    const handler = app({ rateLimit: { perMinute: 2, burst: 2 } });
    const send = (ip: string) => handler(post(JSON.stringify(makeRecord())), { remoteAddress: ip });
    expect((await send('10.0.0.1')).status).toBe(201);
    expect((await send('10.0.0.1')).status).toBe(201);
    const limited = await send('10.0.0.1');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await send('10.0.0.2')).status).toBe(201);
    expect(await count()).toBe(3);
  });

  const valid = makeRecord();
  const without = (field: string) => JSON.stringify(Object.fromEntries(Object.entries(valid).filter(([k]) => k !== field)));
  const withField = (patch: Record<string, unknown>) => JSON.stringify({ ...valid, ...patch });
  const BAD_BODIES: [string, BodyInit, number, string][] = [
    ['not JSON', '{"recordId": ', 400, 'body'],
    ['a JSON array', '[]', 400, 'body'],
    ['JSON null', 'null', 400, 'body'],
    ['an unknown field', withField({ ipAddress: '1.2.3.4' }), 400, 'ipAddress'],
    ['a __proto__ key', withField({}).replace('{', '{"__proto__":{"x":1},'), 400, '__proto__'],
    ['a missing recordId', without('recordId'), 400, 'recordId'],
    ['a missing choices', without('choices'), 400, 'choices'],
    ['a recordId that is not a UUID', withField({ recordId: 'abc' }), 400, 'recordId'],
    ['a subjectId number', withField({ subjectId: 42 }), 400, 'subjectId'],
    ['a previousRecordId that is not a UUID', withField({ previousRecordId: '' }), 400, 'previousRecordId'],
    ['a local-time timestamp', withField({ timestamp: '2026-11-01T12:00:00+02:00' }), 400, 'timestamp'],
    ['an impossible date', withField({ timestamp: '2026-02-30T12:00:00.000Z' }), 400, 'timestamp'],
    ['an unknown method', withField({ method: 'accept' }), 400, 'method'],
    ['an unknown regime', withField({ regime: 'gdpr' }), 400, 'regime'],
    ['a region in lower case', withField({ region: 'fr' }), 400, 'region'],
    ['gpc as a string', withField({ gpc: 'true' }), 400, 'gpc'],
    ['a choice that is not a boolean', withField({ choices: { necessary: true, analytics: 1, targeting: false } }), 400, 'choices.analytics'],
    ['necessary denied', withField({ choices: { necessary: false, analytics: false, targeting: false } }), 400, 'choices.necessary'],
    ['an unknown regionSource', withField({ regionSource: 'ip' }), 400, 'regionSource'],
    ['HTML in policyVersion', withField({ policyVersion: '<script>alert(1)</script>' }), 400, 'policyVersion'],
    [
      'script in a category id',
      withField({ choices: { necessary: true, analytics: true, targeting: true, '<img src=x onerror=alert(1)>': true } }),
      400,
      'choices.<img src=x onerror=alert(1)>',
    ],
    ['a 1 MB body', 'x'.repeat(1024 * 1024), 413, 'body'],
    ['a 17 KB valid-looking body', withField({ policyVersion: 'a'.repeat(17 * 1024) }), 413, 'body'],
  ];

  it.each(BAD_BODIES)('refuses %s with a 4xx naming the field, and stores nothing', async (_name, body, status, field) => {
    const res = await app()(post(body));
    expect(res.status).toBe(status);
    const answer = (await res.json()) as { error: string; field: string };
    expect(answer.field).toBe(field);
    expect(answer.error.length).toBeGreaterThan(5);
    expect(await count()).toBe(0);
  });

  it('refuses a body of another content type with 415', async () => {
    const res = await app()(post(JSON.stringify(valid), { 'content-type': 'application/x-www-form-urlencoded' }));
    expect(res.status).toBe(415);
    expect(await count()).toBe(0);
  });

  it('reads a body without a content type as JSON, and limits by clientAddress when no socket address is given', async () => {
    const handler = app({ rateLimit: { perMinute: 1, burst: 1 }, clientAddress: (r) => r.headers.get('x-forwarded-for') ?? undefined });
    const bare = (headers: Record<string, string>) =>
      handler(new Request(`${URL_BASE}/v1/records`, { method: 'POST', body: new TextEncoder().encode(JSON.stringify(makeRecord())), headers }));
    expect((await bare({ 'x-forwarded-for': '192.0.2.1' })).status).toBe(201);
    expect((await bare({ 'x-forwarded-for': '192.0.2.1' })).status).toBe(429);
    expect((await bare({ 'x-forwarded-for': '192.0.2.2' })).status).toBe(201);
    expect(await count()).toBe(2);
  });

  it('stores a record from a device whose clock runs a day fast (the SDK drops a record answered 400), unless clockSkewMs says otherwise', async () => {
    const ahead = makeRecord({ timestamp: new Date(Date.now() + 86_400_000).toISOString() });
    expect((await app()(post(JSON.stringify(ahead)))).status).toBe(201);
    const strict = makeRecord({ timestamp: new Date(Date.now() + 3_600_000).toISOString() });
    const refused = await app({ clockSkewMs: 5 * 60_000 })(post(JSON.stringify(strict)));
    expect([refused.status, ((await refused.json()) as { field: string }).field]).toEqual([400, 'timestamp']);
    expect(await count()).toBe(1);
  });

  it('accepts regionSource "estimated" and a site-declared category', async () => {
    const r = makeRecord({ regionSource: 'estimated', choices: { necessary: true, analytics: false, targeting: false, functional: true } });
    expect((await app()(post(JSON.stringify(r)))).status).toBe(201);
  });

  it('answers admin endpoints only with the bearer token', async () => {
    const handler = app();
    const r = makeRecord();
    await handler(post(JSON.stringify(r)));
    for (const path of [`/v1/subjects/${r.subjectId}/records`, '/v1/verify', '/v1/stats', '/v1/records/export', '/v1/log']) {
      for (const headers of [
        {} as Record<string, string>,
        { authorization: 'Bearer wrong-token-0123456789' },
        { authorization: TOKEN },
        { authorization: `Basic ${TOKEN}` },
      ]) {
        const res = await handler(new Request(`${URL_BASE}${path}`, { headers }));
        expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(401);
        expect(await res.text()).not.toContain(r.subjectId);
      }
    }
    const del = await handler(new Request(`${URL_BASE}/v1/subjects/${r.subjectId}`, { method: 'DELETE' }));
    expect(del.status).toBe(401);
    expect(await count()).toBe(1);
  });

  it("serves a subject's records, verification, stats, exports and erasure to the admin", async () => {
    const handler = app();
    const a = makeRecord();
    const b = makeRecord({
      subjectId: a.subjectId,
      previousRecordId: a.recordId,
      method: 'withdraw',
      choices: { necessary: true, analytics: false, targeting: false },
    });
    const other = makeRecord({ region: 'US-CA', regime: 'opt-out', method: 'gpc', gpc: true });
    for (const r of [a, other, b]) expect((await handler(post(JSON.stringify(r)))).status).toBe(201);
    const get = (path: string) => handler(new Request(`${URL_BASE}${path}`, { headers: admin }));

    const subject = (await (await get(`/v1/subjects/${a.subjectId}/records`)).json()) as { subjectId: string; records: Record<string, unknown>[] };
    expect(subject.subjectId).toBe(a.subjectId);
    expect(subject.records.map((x) => x.recordId)).toEqual([a.recordId, b.recordId]);
    expect(subject.records[0]).toMatchObject({ ...a, receivedAt: expect.any(String), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await get('/v1/subjects/not-a-uuid/records')).status).toBe(400);

    expect(await (await get('/v1/verify')).json()).toMatchObject({ ok: true, count: 3 });
    const stats = (await (await get('/v1/stats?groupBy=method')).json()) as { total: number; groups: { key: string; total: number }[] };
    expect(stats.total).toBe(3);
    expect(stats.groups.map((g) => [g.key, g.total])).toEqual([
      ['accept-all', 1],
      ['gpc', 1],
      ['withdraw', 1],
    ]);
    expect((await get('/v1/stats?groupBy=browser')).status).toBe(400);
    expect((await get('/v1/stats?from=yesterday')).status).toBe(400);

    const ndjson = await get('/v1/records/export?format=ndjson');
    expect(ndjson.headers.get('content-type')).toBe('application/x-ndjson');
    expect(
      (await ndjson.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).recordId),
    ).toEqual([a.recordId, other.recordId, b.recordId]);
    const csv = (await (await get('/v1/records/export?format=csv')).text()).trim().split('\r\n');
    expect(csv[0]).toMatch(/^index,recordId,previousRecordId,subjectId,timestamp,receivedAt/);
    expect(csv.length).toBe(4);
    expect(csv[1]).toContain('"{""analytics"":true,""necessary"":true,""targeting"":true}"');
    const future = await get('/v1/records/export?from=2999-01-01');
    expect(await future.text()).toBe('');
    expect((await get('/v1/records/export?format=xml')).status).toBe(400);

    const erase = await handler(new Request(`${URL_BASE}/v1/subjects/${a.subjectId}`, { method: 'DELETE', headers: admin }));
    expect(await erase.json()).toEqual({ erased: 2 });
    expect(await (await get(`/v1/subjects/${a.subjectId}/records`)).json()).toEqual({ subjectId: a.subjectId, records: [] });
    expect(await (await get('/v1/verify')).json()).toMatchObject({ ok: true, count: 4 });
    const log = (await (await get('/v1/log')).text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(log.map((e) => [e.index, e.kind, e.content === null])).toEqual([
      [0, 'record', true],
      [1, 'record', false],
      [2, 'record', true],
      [3, 'erasure', false],
    ]);
  });

  it('answers /healthz to anyone', async () => {
    const res = await app()(new Request(`${URL_BASE}/healthz`));
    expect([res.status, await res.text()]).toEqual([200, 'ok']);
  });
});

describe('records API with the database down', () => {
  it('answers 503 to records and admin requests, and stores nothing', async () => {
    const { openPostgresDatabase } = await import('./postgres-database');
    const db = openPostgresDatabase('postgres://postgres@127.0.0.1:1/none');
    const errors: string[] = [];
    const handler = createRecordsApp({ database: db, adminToken: TOKEN, logError: (m) => errors.push(m) });
    const res = await handler(post(JSON.stringify(makeRecord())));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    const verify = await handler(new Request(`${URL_BASE}/v1/verify`, { headers: admin }));
    expect(verify.status).toBe(503);
    expect(errors.join('\n')).not.toContain(TOKEN);
    await db.close();
  });
});
