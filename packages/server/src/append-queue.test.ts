// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAppendQueue } from './append-queue';
import { makeRecord } from './record.test-helpers';
import type { IncomingRecord } from './record-schema';

describe('createAppendQueue', () => {
  it('writes records that arrive together in one transaction and answers each caller', async () => {
    const batches: number[] = [];
    const append = createAppendQueue({
      append: async (records: readonly IncomingRecord[]) => {
        batches.push(records.length);
        return records.map((r) => (r.method === 'reject-all' ? 'duplicate' : 'stored'));
      },
    });
    const outcomes = await Promise.all([makeRecord(), makeRecord({ method: 'reject-all' }), makeRecord()].map(append));
    expect(outcomes).toEqual(['stored', 'duplicate', 'stored']);
    expect(batches).toEqual([3]);
  });

  it('fails every caller of a failed transaction, and goes on with the next ones', async () => {
    let calls = 0;
    const append = createAppendQueue({
      append: async (records: readonly IncomingRecord[]) => {
        if (calls++ === 0) throw new Error('database down');
        return records.map(() => 'stored' as const);
      },
    });
    const first = await Promise.allSettled([append(makeRecord()), append(makeRecord())]);
    expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await append(makeRecord())).toBe('stored');
  });

  it('keeps at most `concurrency` transactions in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const append = createAppendQueue(
      {
        append: async (records: readonly IncomingRecord[]) => {
          most = Math.max(most, ++inFlight);
          await new Promise((r) => setTimeout(r, 5));
          inFlight--;
          return records.map(() => 'stored' as const);
        },
      },
      2,
    );
    const many = Array.from({ length: 30 }, () => makeRecord());
    for (const r of many) {
      void append(r);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await append(makeRecord());
    expect(most).toBe(2);
  });
});
