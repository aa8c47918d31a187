#!/usr/bin/env node
// Keeps the size table of each package README equal to the package's "sizeBudgets" (the numbers
// scripts/check-size.mjs enforces). The table sits between two markers in the README:
//
//   <!-- size-budgets:start --> … <!-- size-budgets:end -->
//
// `node scripts/readme-budgets.mjs` rewrites the tables; `--check` only reports the READMEs that
// differ (scripts/readme-budgets.test.mjs runs the same check in `pnpm test`).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const START = '<!-- size-budgets:start -->';
export const END = '<!-- size-budgets:end -->';

/** `6400` → `6.25 KB (6400 bytes)`: KB are 1024 bytes, as in the repository README. */
export const formatBudget = (limit) => `${+(limit / 1024).toFixed(2)} KB (${limit} bytes)`;

/** The Markdown table for a package.json's `sizeBudgets`. */
export function budgetTable(pkg) {
  const rows = pkg.sizeBudgets.map((budget) => {
    const what = budget.import
      ? `\`import ${budget.import} from '${budget.from ? `${pkg.name}/${budget.from}` : pkg.name}'\``
      : budget.files.map((file) => `\`${file}\``).join(' + ');
    return `| ${what} | ${budget.name} | ${formatBudget(budget.limit)} |`;
  });
  return ['| entry | what is measured | budget (brotli) |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `readme` with the text between the markers replaced by the current table; throws without markers. */
export function syncReadme(readme, pkg) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${pkg.name}: README.md has no "${START}" … "${END}" block for its size budgets`);
  return `${readme.slice(0, start + START.length)}\n${budgetTable(pkg)}\n${readme.slice(end)}`;
}

/** Every package with size budgets: `{ dir, pkg, readmePath }`. */
export function packagesWithBudgets() {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir)
    .map((dir) => ({ dir, file: join(packagesDir, dir, 'package.json') }))
    .filter(({ file }) => existsSync(file))
    .map(({ dir, file }) => ({ dir, pkg: JSON.parse(readFileSync(file, 'utf8')), readmePath: join(packagesDir, dir, 'README.md') }))
    .filter(({ pkg }) => Array.isArray(pkg.sizeBudgets) && pkg.sizeBudgets.length > 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { dir, pkg, readmePath } of packagesWithBudgets()) {
    if (!existsSync(readmePath)) {
      console.error(`readme-budgets: packages/${dir}/README.md is missing`);
      stale++;
      continue;
    }
    const readme = readFileSync(readmePath, 'utf8');
    if (!readme.includes(START)) {
      console.log(`readme-budgets: packages/${dir}/README.md has no ${START} block; not checked`);
      continue;
    }
    const synced = syncReadme(readme, pkg);
    if (synced === readme) continue;
    if (check) {
      console.error(`readme-budgets: packages/${dir}/README.md quotes other size budgets than its package.json`);
      stale++;
    } else {
      writeFileSync(readmePath, synced);
      console.log(`readme-budgets: updated packages/${dir}/README.md`);
    }
  }
  if (check && stale) {
    console.error('Run `node scripts/readme-budgets.mjs` to update the tables.');
    process.exit(1);
  }
}
