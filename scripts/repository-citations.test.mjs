// The repository explains itself: code, tests and docs point to its own docs/, never to design notes
// that live outside it (a newcomer with only the clone must be able to follow every reference).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTSIDE = /\b(DESIGN|CONVENTIONS)\.md\b|\bstandards\.md\b|\.\.\/shared\//;

describe('the repository', () => {
  it('cites no file outside it', () => {
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter(
        (f) =>
          /\.(ts|tsx|mts|mjs|js|vue|md|json|html|tpl|yml|yaml)$/.test(f) &&
          !f.includes('node_modules/') &&
          !/(^|\/)(dist|\.next|\.vitepress\/(dist|cache))\//.test(f),
      )
      .filter((f) => f !== 'scripts/repository-citations.test.mjs');
    const hits = [];
    for (const file of files) {
      let text;
      try {
        text = readFileSync(join(root, file), 'utf8');
      } catch {
        continue; // listed but deleted in the working tree
      }
      text.split('\n').forEach((line, i) => OUTSIDE.test(line) && hits.push(`${file}:${i + 1}: ${line.trim().slice(0, 100)}`));
    }
    expect(hits).toEqual([]);
  });
});
