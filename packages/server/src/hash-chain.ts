import { sha256Hex } from './canonical-json';

/** The `prevHash` of the first entry of a log: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hash of one log entry: SHA-256 over the previous entry's hash, a newline and the
 * entry's content hash (the SHA-256 of its canonical JSON), all lowercase hex.
 * Chaining the content *hash* rather than the content lets an erasure remove a record's
 * personal data while every later hash still verifies.
 *
 * @example entryHash(GENESIS_HASH, sha256Hex(canonicalJson(record)))
 */
export function entryHash(prevHash: string, contentHash: string): string {
  return sha256Hex(`${prevHash}\n${contentHash}`);
}

/** Index ranges `[first, last]` (inclusive) covering a sorted list of indexes. */
export function toRanges(indexes: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const i of [...indexes].sort((a, b) => a - b)) {
    const last = ranges[ranges.length - 1];
    if (last && i === last[1] + 1) last[1] = i;
    else if (!last || i > last[1]) ranges.push([i, i]);
  }
  return ranges;
}

/** Whether `index` lies in one of the ranges. */
export function inRanges(ranges: readonly (readonly [number, number])[], index: number): boolean {
  return ranges.some(([a, b]) => index >= a && index <= b);
}
