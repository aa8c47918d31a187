// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ENGINES, useDatabase } from './engines.test-helpers';
import { makeRecord } from './record.test-helpers';
import { createRecordStore, RECORD_SCHEMA_VERSION } from './record-store';
import { verifyStore } from './admin-api';

describe.each(ENGINES)('record store on %s', (engine) => {
  const db = useDatabase(engine);

  it("appends records to the chain and returns a subject's records in order with receivedAt and hash", async () => {
    const store = createRecordStore(db());
    const a = makeRecord();
    const b = makeRecord({ subjectId: a.subjectId, previousRecordId: a.recordId, method: 'reject-all' });
    const other = makeRecord();
    expect(await store.append([a, other])).toEqual(['stored', 'stored']);
    expect(await store.append([b], new Date('2026-12-01T10:00:00.000Z'))).toEqual(['stored']);
    const records = await store.subjectRecords(a.subjectId);
    expect(records.map((r) => [r.recordId, r.index, r.method])).toEqual([
      [a.recordId, 0, 'accept-all'],
      [b.recordId, 2, 'reject-all'],
    ]);
    expect(records[1]).toMatchObject({ ...b, schemaVersion: RECORD_SCHEMA_VERSION, receivedAt: '2026-12-01T10:00:00.000Z' });
    expect(records[1]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyStore(store)).toEqual({ ok: true, count: 3, head: records[1]!.hash });
  });

  it("returns a subject's records along their previousRecordId chain, even when one arrived late", async () => {
    const store = createRecordStore(db());
    const a = makeRecord({ timestamp: '2026-11-01T10:00:00.000Z' });
    const b = makeRecord({ subjectId: a.subjectId, previousRecordId: a.recordId, method: 'reject-all', timestamp: '2026-11-01T10:05:00.000Z' });
    const c = makeRecord({ subjectId: a.subjectId, previousRecordId: b.recordId, method: 'withdraw', timestamp: '2026-11-01T10:06:00.000Z' });
    await store.append([c]);
    await store.append([a]); // kept in an outbox while the server was down
    await store.append([b]);
    expect((await store.subjectRecords(a.subjectId)).map((r) => [r.method, r.index])).toEqual([
      ['accept-all', 1],
      ['reject-all', 2],
      ['withdraw', 0],
    ]);
  });

  it('is idempotent by recordId: the same content is a duplicate, other content a conflict', async () => {
    const store = createRecordStore(db());
    const a = makeRecord();
    expect(await store.append([a])).toEqual(['stored']);
    expect(await store.append([{ ...a }, { ...a, method: 'reject-all' }])).toEqual(['duplicate', 'conflict']);
    const c = makeRecord();
    expect(await store.append([c, { ...c }, { ...c, gpc: true }])).toEqual(['stored', 'duplicate', 'conflict']);
    expect((await store.subjectRecords(a.subjectId)).length).toBe(1);
    expect(await verifyStore(store)).toMatchObject({ ok: true, count: 2 });
  });

  it('names the first entry whose content was edited in the database', async () => {
    const store = createRecordStore(db());
    for (let i = 0; i < 5; i++) await store.append([makeRecord()]);
    await db().query("UPDATE consent_log SET content = replace(content, 'accept-all', 'reject-all') WHERE idx = 3");
    expect(await verifyStore(store)).toMatchObject({ ok: false, firstBadIndex: 3, reason: expect.stringMatching(/content/) });
  });

  it('names an entry whose indexed columns were edited although its content was not', async () => {
    const store = createRecordStore(db());
    for (let i = 0; i < 4; i++) await store.append([makeRecord()]);
    await db().query("UPDATE consent_log SET method = 'reject-all' WHERE idx = 2");
    expect(await verifyStore(store)).toMatchObject({ ok: false, firstBadIndex: 2, reason: expect.stringMatching(/column method/) });
  });

  it('detects a re-hashed edit, a deleted entry and a truncated tail', async () => {
    const store = createRecordStore(db());
    for (let i = 0; i < 4; i++) await store.append([makeRecord()]);
    // Re-computing the edited entry's own hashes breaks the link to the next entry.
    const rows = await db().query<{ content: string }>('SELECT content FROM consent_log WHERE idx = 1');
    const edited = rows[0]!.content.replace('"accept-all"', '"custom"');
    const { sha256Hex } = await import('./canonical-json');
    const { entryHash } = await import('./hash-chain');
    const [prev] = await db().query<{ prev_hash: string }>('SELECT prev_hash FROM consent_log WHERE idx = 1');
    await db().query("UPDATE consent_log SET content = $1, content_hash = $2, hash = $3, method = 'custom' WHERE idx = 1", [
      edited,
      sha256Hex(edited),
      entryHash(prev!.prev_hash, sha256Hex(edited)),
    ]);
    expect(await verifyStore(store)).toMatchObject({ ok: false, firstBadIndex: 2 });

    await db().query('TRUNCATE consent_log, consent_log_head');
    for (let i = 0; i < 4; i++) await store.append([makeRecord()]);
    await db().query('DELETE FROM consent_log WHERE idx = 1');
    expect(await verifyStore(store)).toMatchObject({ ok: false, firstBadIndex: 1, reason: expect.stringMatching(/missing/) });

    await db().query('TRUNCATE consent_log, consent_log_head');
    for (let i = 0; i < 4; i++) await store.append([makeRecord()]);
    await db().query('DELETE FROM consent_log WHERE idx = 3');
    expect(await verifyStore(store)).toMatchObject({ ok: false, firstBadIndex: 3, reason: expect.stringMatching(/head/) });
  });

  it('erases a subject and keeps the log verifiable; a removal without an erasure entry is named', async () => {
    const store = createRecordStore(db());
    const a = makeRecord();
    const keep = makeRecord();
    await store.append([a, keep, makeRecord({ subjectId: a.subjectId, previousRecordId: a.recordId, method: 'withdraw' })]);
    expect(await store.eraseSubject(a.subjectId.toUpperCase())).toBe(2);
    expect(await store.subjectRecords(a.subjectId)).toEqual([]);
    expect((await store.subjectRecords(keep.subjectId)).length).toBe(1);
    const raw = await db().query<{ content: string | null }>('SELECT content FROM consent_log ORDER BY idx');
    expect(raw.map((r) => r.content === null)).toEqual([true, false, true, false]);
    expect(JSON.parse(raw[3]!.content!)).toMatchObject({
      kind: 'erasure',
      count: 2,
      redacted: [
        [0, 0],
        [2, 2],
      ],
    });
    expect(JSON.stringify(raw)).not.toContain(a.subjectId);
    expect(await verifyStore(store)).toMatchObject({ ok: true, count: 4 });
    expect(await store.eraseSubject(a.subjectId)).toBe(0);

    await db().query('UPDATE consent_log SET content = NULL, record_id = NULL, subject_id = NULL, choices = NULL WHERE idx = 1');
    expect(await verifyStore(store)).toMatchObject({ ok: false, firstBadIndex: 1, reason: expect.stringMatching(/without an erasure/) });
  });

  it('purges records received before a date and logs the purge', async () => {
    const store = createRecordStore(db());
    await store.append([makeRecord(), makeRecord()], new Date('2020-01-01T00:00:00Z'));
    const recent = makeRecord();
    await store.append([recent]);
    expect(await store.purgeBefore(new Date('2021-01-01T00:00:00Z'))).toBe(2);
    expect((await store.latest(10)).map((r) => r.recordId)).toEqual([recent.recordId]);
    const [event] = await db().query<{ content: string }>("SELECT content FROM consent_log WHERE kind = 'purge'");
    expect(JSON.parse(event!.content)).toMatchObject({ kind: 'purge', count: 2, before: '2021-01-01T00:00:00.000Z' });
    expect(await verifyStore(store)).toMatchObject({ ok: true, count: 4 });
  });

  it('exports a time range page by page and counts by day, region and method', async () => {
    const store = createRecordStore(db());
    const day1 = new Date('2026-11-02T08:00:00Z');
    const batch = Array.from({ length: 520 }, (_, i) =>
      makeRecord({
        method: i % 4 === 0 ? 'reject-all' : 'accept-all',
        region: i % 2 ? 'DE' : 'FR',
        choices: { necessary: true, analytics: i % 4 !== 0, targeting: i % 4 !== 0 },
      }),
    );
    await store.append(batch.slice(0, 260), day1);
    await store.append(batch.slice(260), new Date('2026-11-03T08:00:00Z'));
    await store.append(
      [makeRecord({ region: null, method: 'gpc', gpc: true, choices: { necessary: true, analytics: true, targeting: false } })],
      new Date('2026-11-05T00:00:00Z'),
    );
    const exported = [];
    for await (const r of store.exportRecords(new Date('2026-11-02T00:00:00Z'), new Date('2026-11-04T00:00:00Z'))) exported.push(r.recordId);
    expect(exported).toEqual(batch.map((r) => r.recordId));
    const byMethod = await store.stats(new Date(0), new Date('2030-01-01'), 'method');
    expect(byMethod.map((g) => [g.key, g.total])).toEqual([
      ['accept-all', 390],
      ['gpc', 1],
      ['reject-all', 130],
    ]);
    const byDay = await store.stats(new Date(0), new Date('2030-01-01'), 'day');
    expect(byDay.map((g) => [g.key, g.total, g.methods['reject-all'] ?? 0])).toEqual([
      ['2026-11-02', 260, 65],
      ['2026-11-03', 260, 65],
      ['2026-11-05', 1, 0],
    ]);
    expect(byDay[0]!.categories.analytics).toEqual({ granted: 195, total: 260 });
    expect(byDay[2]!.gpc).toBe(1);
    const byRegion = await store.stats(new Date(0), new Date('2030-01-01'), 'region');
    expect(byRegion.map((g) => [g.key, g.total])).toEqual([
      ['DE', 260],
      ['FR', 260],
      ['unknown', 1],
    ]);
  });

  it('keeps one chain when many writers append at the same time', async () => {
    const stores = [createRecordStore(db()), createRecordStore(db())];
    const records = Array.from({ length: 60 }, () => makeRecord());
    const outcomes = await Promise.all(records.map((r, i) => stores[i % 2]!.append([r, { ...r }])));
    expect(outcomes.flat().filter((o) => o === 'stored').length).toBe(60);
    expect(await verifyStore(stores[0]!)).toMatchObject({ ok: true, count: 60 });
  });
});
