// @vitest-environment node
// What npm readers get with each package: a README that quotes the size budgets scripts/check-size.mjs
// enforces, a LICENSE naming every licence of the package's "license" field, and the metadata a
// registry page and provenance need. (publint and are-the-types-wrong check the export maps.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  budgetKey,
  budgetTable,
  budgetsByKey,
  formatBudget,
  markdownQuotingBudgets,
  packagesWithBudgets,
  syncInlineBudgets,
  syncReadme,
  START,
} from './readme-budgets.mjs';
import { PUBLISHED, packageDir } from './published-packages.mjs';

const read = (dir, file) => readFileSync(join(packageDir(dir), file), 'utf8');

describe.each(PUBLISHED)('packages/%s', (dir) => {
  const pkg = JSON.parse(read(dir, 'package.json'));

  it('ships a README and a LICENSE that names each licence of its "license" field', () => {
    expect(existsSync(join(packageDir(dir), 'README.md'))).toBe(true);
    const license = read(dir, 'LICENSE');
    for (const id of pkg.license.split(/\s+(?:AND|OR)\s+/)) expect(license, `LICENSE of ${pkg.name} names ${id}`).toContain(id === 'MIT' ? 'MIT License' : id);
    for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md']) expect(pkg.files).toContain(file);
  });

  it('has the metadata npm shows and provenance needs', () => {
    expect(pkg.description?.length).toBeGreaterThan(20);
    expect(pkg.keywords?.length).toBeGreaterThan(2);
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/consentkit/consentkit.git', directory: `packages/${dir}` });
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs?.url).toMatch(/^https:\/\//);
    expect(pkg.engines?.node).toBeTruthy();
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
    expect(pkg.exports['./package.json']).toBe('./package.json');
  });
});

describe('package READMEs', () => {
  it('quote the same size budgets as their package.json', () => {
    const checked = packagesWithBudgets().filter(({ readmePath }) => existsSync(readmePath) && readFileSync(readmePath, 'utf8').includes(START));
    // Every package with a budget quotes it in the generated block.
    expect(checked.map(({ dir }) => dir).sort()).toEqual(
      packagesWithBudgets()
        .map(({ dir }) => dir)
        .sort(),
    );
    for (const { dir, pkg, readmePath } of checked) {
      const readme = readFileSync(readmePath, 'utf8');
      expect(syncReadme(readme, pkg), `packages/${dir}/README.md is stale: run node scripts/readme-budgets.mjs`).toBe(readme);
    }
  });

  it('formats a budget in KB and bytes and fails loudly without the block', () => {
    expect(formatBudget(6400)).toBe('6.25 KB (6400 bytes)');
    expect(formatBudget(896)).toBe('0.88 KB (896 bytes)');
    const pkg = { name: '@consentkit/x', sizeBudgets: [{ name: 'engine', import: '{ a }', limit: 2048 }] };
    expect(budgetTable(pkg)).toContain("| `import { a } from '@consentkit/x'` | engine | 2 KB (2048 bytes) |");
    expect(() => syncReadme('# x', pkg)).toThrow(/no "<!-- size-budgets:start -->"/);
  });
});

describe('README.md and docs/', () => {
  const budgets = budgetsByKey();
  const pages = markdownQuotingBudgets().map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('quote each size budget as the package.json files set it (node scripts/readme-budgets.mjs)', () => {
    for (const { path, text } of pages) expect(syncInlineBudgets(text, budgets, path), `${path} is stale: run node scripts/readme-budgets.mjs`).toBe(text);
    // The root README's table quotes the script tag's budgets and the packages' main entries.
    const readme = pages[0].text;
    for (const key of ['consentkit/consentkit.min.js', 'core/createConsentManager', 'core/enableGating', 'banner/mountBanner']) {
      expect(readme, `README.md quotes the ${key} budget`).toContain(`<!-- budget:${key} -->`);
    }
  });

  it('state no size budget outside the markers, so no figure can go stale unchecked', () => {
    for (const { path, text } of pages) {
      const unmarked = text.replace(/<!-- budget:[^>]+-->[^<]*<!-- \/budget -->/g, 'MARKED');
      for (const line of unmarked.split('\n')) {
        // "budget 8 KB", "budget: 8 KB", "8 KB budget": a budget figure must come from a marker.
        expect(line, `${path}: a size budget quoted without a <!-- budget:… --> marker`).not.toMatch(
          /budgets?\W{0,3}\d+(\.\d+)?\s?KB|\d+(\.\d+)?\s?KB\s+budget/i,
        );
      }
    }
  });

  it('names budgets by package and entry, and refuses a marker naming no budget', () => {
    expect(budgetKey('core', { import: '{ createConsentManager }' })).toBe('core/createConsentManager');
    expect(budgetKey('adapters', { import: '{ gpp }', from: 'gpp' })).toBe('adapters/gpp');
    expect(budgetKey('consentkit', { files: ['dist/consentkit.min.js', 'dist/consentkit-ui.js'] })).toBe('consentkit/consentkit.min.js+consentkit-ui.js');
    expect(syncInlineBudgets('at most <!-- budget:core/x -->1 KB<!-- /budget -->', { 'core/x': 2560 })).toBe(
      'at most <!-- budget:core/x -->2.5 KB<!-- /budget -->',
    );
    expect(() => syncInlineBudgets('<!-- budget:core/gone -->1 KB<!-- /budget -->', { 'core/x': 2560 }, 'page.md')).toThrow(
      /page.md: <!-- budget:core\/gone --> names no size budget/,
    );
  });
});
