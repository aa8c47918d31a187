// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './canonical-json';
import { entryHash, GENESIS_HASH, inRanges, toRanges } from './hash-chain';

describe('entryHash', () => {
  it('is the SHA-256 of the previous hash, a newline and the content hash', () => {
    const content = sha256Hex('{"a":1}');
    expect(entryHash(GENESIS_HASH, content)).toBe(sha256Hex(`${GENESIS_HASH}\n${content}`));
    expect(entryHash(GENESIS_HASH, content)).not.toBe(entryHash(entryHash(GENESIS_HASH, content), content));
  });
});

describe('toRanges', () => {
  it('compresses indexes to inclusive ranges', () => {
    expect(toRanges([5, 1, 2, 3, 9, 10, 2])).toEqual([
      [1, 3],
      [5, 5],
      [9, 10],
    ]);
    expect(toRanges([])).toEqual([]);
  });

  it('answers membership', () => {
    const r = toRanges([1, 2, 3, 7]);
    expect([0, 1, 3, 4, 7, 8].map((i) => inRanges(r, i))).toEqual([false, true, true, false, true, false]);
  });
});
