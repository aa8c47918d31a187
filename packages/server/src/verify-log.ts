import { sha256Hex } from './canonical-json';
import { entryHash, GENESIS_HASH, inRanges } from './hash-chain';
import type { LogRow } from './record-store';

/** The answer of `GET /v1/verify`. */
export type VerifyResult = { ok: true; count: number; head: string } | { ok: false; firstBadIndex: number; reason: string };

const sameDate = (column: Date, iso: unknown) => typeof iso === 'string' && new Date(column).getTime() === Date.parse(iso);
const sameJson = (a: unknown, b: unknown) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
function sortKeys(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  return Object.fromEntries(
    Object.entries(v)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, x]) => [k, sortKeys(x)]),
  );
}

/** Why an entry's indexed columns (used by queries and stats) do not say what its hashed content says. */
function columnMismatch(row: LogRow, content: Record<string, unknown>): string | undefined {
  if (!sameDate(row.received_at, content.receivedAt)) return 'received_at';
  if (row.kind !== 'record') return content.kind === row.kind ? undefined : 'kind';
  const expected: [keyof LogRow, unknown][] = [
    ['record_id', content.recordId],
    ['subject_id', content.subjectId],
    ['method', content.method],
    ['region', content.region],
    ['regime', content.regime],
    ['gpc', content.gpc],
  ];
  for (const [column, value] of expected) if (row[column] !== value) return column;
  return sameJson(row.choices, content.choices) ? undefined : 'choices';
}

/**
 * Checks the whole log: indexes without gaps from 0; each entry's `prevHash` is the previous
 * entry's hash; its content hashes to `contentHash`; its `hash` is SHA-256(prevHash + "\n" +
 * contentHash); its indexed columns match the hashed content; an entry without content was
 * redacted by a later erasure or purge entry that names it; the stored head is the last entry.
 * Returns the first index where any of this fails.
 */
export async function verifyLog(entries: AsyncIterable<LogRow>, head: { index: number; hash: string } | undefined): Promise<VerifyResult> {
  let expected = 0;
  let prevHash = GENESIS_HASH;
  const redacted: number[] = [];
  const covered: [number, number][] = [];
  const bad = (firstBadIndex: number, reason: string): VerifyResult => ({ ok: false, firstBadIndex, reason });
  for await (const row of entries) {
    const index = Number(row.idx);
    if (index !== expected) return bad(expected, `entry ${expected} is missing`);
    if (row.prev_hash !== prevHash) return bad(index, "prevHash is not the previous entry's hash");
    if (row.hash !== entryHash(row.prev_hash, row.content_hash)) return bad(index, 'hash does not match prevHash and contentHash');
    if (row.content === null) {
      if (row.kind !== 'record') return bad(index, 'an erasure or purge entry has lost its content');
      if (row.record_id !== null || row.subject_id !== null || row.choices !== null) return bad(index, 'a redacted entry still has indexed data');
      redacted.push(index);
    } else {
      if (sha256Hex(row.content) !== row.content_hash) return bad(index, 'content does not match its contentHash (edited)');
      let content: Record<string, unknown>;
      try {
        content = JSON.parse(row.content) as Record<string, unknown>;
      } catch {
        return bad(index, 'content is not JSON');
      }
      if (content === null || typeof content !== 'object' || Array.isArray(content)) return bad(index, 'content is not a JSON object');
      const column = columnMismatch(row, content);
      if (column) return bad(index, `column ${column} does not match the hashed content (edited)`);
      if (row.kind !== 'record') {
        for (const range of Array.isArray(content.redacted) ? (content.redacted as unknown[]) : []) {
          if (Array.isArray(range) && range.length === 2 && range.every(Number.isInteger)) covered.push(range as [number, number]);
        }
      }
    }
    prevHash = row.hash;
    expected++;
  }
  const uncovered = redacted.find((i) => !inRanges(covered, i));
  if (uncovered !== undefined) return bad(uncovered, 'content was removed without an erasure or purge entry');
  if (expected === 0 && !head) return { ok: true, count: 0, head: GENESIS_HASH };
  if (!head || head.index !== expected - 1 || head.hash !== prevHash) {
    return bad(expected, `the log ends at entry ${expected - 1} but its head says ${head ? head.index : 'nothing'} (entries removed from the end?)`);
  }
  return { ok: true, count: expected, head: prevHash };
}
