import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The evaluation must not be able to flatter the classifier: the held-out set is vendor-disjoint from what rules were written from. */
const root = join(import.meta.dirname, '..', '..', '..');
const rows = (path: string) => {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  const header = lines[0]!.split('\t');
  return lines.slice(1).map((l) => Object.fromEntries(header.map((h, i) => [h, l.split('\t')[i] ?? ''])) as Record<string, string>);
};
const heldOut = rows(join(root, 'packages', 'cookie-db', 'test-data', 'held-out.tsv'));
const devSet = rows(join(root, 'tests', 'fixtures', 'cookies', 'dev-set.tsv'));
const srcDir = join(root, 'packages', 'cookie-db', 'src');
const handWritten = readdirSync(srcDir)
  .filter((f) => /^(curated-.*|host-rules|heuristic-rules)\.ts$/.test(f) && !f.endsWith('.test.ts'))
  .map((f) => readFileSync(join(srcDir, f), 'utf8'))
  .join('\n');
const handWrittenVendors = new Set([...handWritten.matchAll(/^\s*\['([^']+)'/gm)].map((m) => m[1]!.toLowerCase()));

describe('held-out set (packages/cookie-db/test-data/held-out.tsv)', () => {
  it('has at least 500 names from at least 250 vendors, each with a category and a source', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(500);
    expect(new Set(heldOut.map((r) => r.vendor)).size).toBeGreaterThanOrEqual(250);
    for (const r of heldOut) {
      expect(['necessary', 'analytics', 'targeting', 'functional'], r.name).toContain(r.category);
      expect(r.source_url, r.name).toMatch(/^https:\/\//);
      expect(['prior', 'vendor-docs'], r.name).toContain(r.origin);
    }
  });

  it('shares no vendor with the development set or the hand-written tables, and no name with the development set', () => {
    const devVendors = new Set(devSet.map((r) => r.vendor!.toLowerCase()));
    const devNames = new Set(devSet.map((r) => r.name));
    expect(heldOut.filter((r) => devVendors.has(r.vendor!.toLowerCase()) || handWrittenVendors.has(r.vendor!.toLowerCase())).map((r) => r.vendor)).toEqual([]);
    expect(heldOut.filter((r) => devNames.has(r.name!)).map((r) => r.name)).toEqual([]);
  });

  it('is not listed in the hand-written tables (no rule was written from a held-out name)', () => {
    const listed = heldOut.filter((r) => handWritten.includes(`'${r.name}'`)).map((r) => r.name);
    expect(listed).toEqual([]);
  });
});
