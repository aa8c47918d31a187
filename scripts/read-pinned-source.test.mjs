// @vitest-environment node
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pinnedPackage, readHashed, readJsonFiles } from './read-pinned-source.mjs';

const dir = mkdtempSync(join(tmpdir(), 'ck-source-'));
mkdirSync(join(dir, 'some-source', 'rules'), { recursive: true });
writeFileSync(join(dir, 'some-source', 'package.json'), JSON.stringify({ name: 'some-source', version: '1.2.3', license: 'MIT' }));
writeFileSync(join(dir, 'some-source', 'rules', 'b.json'), '{"name":"b"}');
writeFileSync(join(dir, 'some-source', 'rules', 'a.json'), '{"name":"a"}');
writeFileSync(join(dir, 'some-source', 'rules', 'notes.txt'), 'not a rule');

describe('pinnedPackage', () => {
  it('reads the installed version and licence', () => {
    expect(pinnedPackage('some-source', dir)).toEqual({ dir: join(dir, 'some-source'), version: '1.2.3', license: 'MIT' });
  });
});

describe('readJsonFiles', () => {
  it('parses every .json file sorted by name and hashes their text in that order', () => {
    const { items, sha256 } = readJsonFiles(join(dir, 'some-source', 'rules'));
    expect(items).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(sha256).toBe(createHash('sha256').update('{"name":"a"}').update('{"name":"b"}').digest('hex'));
  });
});

describe('readHashed', () => {
  it('returns the texts in the order given, with one hash over them', () => {
    const { texts, sha256 } = readHashed(join(dir, 'some-source', 'rules'), ['notes.txt']);
    expect(texts).toEqual(['not a rule']);
    expect(sha256).toBe(createHash('sha256').update('not a rule').digest('hex'));
  });
});
