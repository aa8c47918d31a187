import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = import.meta.dirname;
const tables = readdirSync(dir).filter((file) => /^curated-.*\.ts$/.test(file) && !file.endsWith('.test.ts') && file !== 'curated-rule.ts');

describe('curated tables', () => {
  it('are all found', () => {
    expect(tables.length).toBeGreaterThanOrEqual(6);
  });

  // ConsentKit's own cookie cites this repository's docs rather than a URL.
  it.each(tables)('%s cites a documentation URL above every rule group', (file) => {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    const uncited: string[] = [];
    lines.forEach((line, index) => {
      if (!/^\s*\['[^']*', '(necessary|analytics|targeting|functional)', \[/.test(line)) return;
      if (!/^\s*\/\/.*(https?:\/\/|docs\/)/.test(lines[index - 1] ?? '')) uncited.push(line.trim().slice(0, 60));
    });
    expect(uncited).toEqual([]);
  });
});
