#!/usr/bin/env node
// Keeps the size table of each package README equal to the package's "sizeBudgets" (the numbers
// scripts/check-size.mjs enforces). The table sits between two markers in the README:
//
//   <!-- size-budgets:start --> … <!-- size-budgets:end -->
//
// README.md and the pages under docs/ quote budgets inline between `<!-- budget:<key> -->` and
// `<!-- /budget -->` markers (see syncInlineBudgets), kept equal the same way.
//
// `node scripts/readme-budgets.mjs` rewrites the tables and the inline figures; `--check` only reports
// the files that differ (scripts/package-files.test.mjs runs the same check in `pnpm test`).
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

/**
 * The key that names a budget in an inline marker: `<package dir>/<what>`, where `<what>` is the
 * adapter subpath (`adapters/google`), the first imported name (`core/createConsentManager`) or
 * the measured files joined with `+` (`consentkit/consentkit.min.js+consentkit-ui.js`).
 */
export function budgetKey(dir, budget) {
  if (budget.files) return `${dir}/${budget.files.map((file) => file.split('/').pop()).join('+')}`;
  if (budget.from) return `${dir}/${budget.from}`;
  return `${dir}/${
    budget.import
      .replace(/[{}]/g, ' ')
      .trim()
      .split(/[\s,]+/)[0]
  }`;
}

/** Every budget of the workspace by its key: `{ 'core/createConsentManager': 6784, … }`. */
export function budgetsByKey() {
  const budgets = {};
  for (const { dir, pkg } of packagesWithBudgets()) for (const budget of pkg.sizeBudgets) budgets[budgetKey(dir, budget)] = budget.limit;
  return budgets;
}

/**
 * Docs quote a budget inline between markers, `<!-- budget:core/createConsentManager -->6.63 KB<!-- /budget -->`,
 * so the figure a reader sees is the one `pnpm size` enforces. Returns `text` with every marked
 * figure set from `budgets`; an unknown key throws (a renamed budget must not leave a stale quote).
 */
export const INLINE_BUDGET = /<!-- budget:([\w./+@-]+) -->([^<]*)<!-- \/budget -->/g;
export function syncInlineBudgets(text, budgets, where = 'text') {
  return text.replace(INLINE_BUDGET, (_, key) => {
    if (!(key in budgets)) throw new Error(`${where}: <!-- budget:${key} --> names no size budget (known: ${Object.keys(budgets).join(', ')})`);
    return `<!-- budget:${key} -->${+(budgets[key] / 1024).toFixed(2)} KB<!-- /budget -->`;
  });
}

/** README.md and every page under docs/ (not the built site): the Markdown that may quote budgets. */
export function markdownQuotingBudgets() {
  const files = [join(root, 'README.md')];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'public') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk(join(root, 'docs'));
  return files;
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
  const budgets = budgetsByKey();
  for (const path of markdownQuotingBudgets()) {
    const text = readFileSync(path, 'utf8');
    const synced = syncInlineBudgets(text, budgets, path);
    if (synced === text) continue;
    if (check) {
      console.error(`readme-budgets: ${path} quotes other size budgets than the package.json files`);
      stale++;
    } else {
      writeFileSync(path, synced);
      console.log(`readme-budgets: updated ${path}`);
    }
  }
  if (check && stale) {
    console.error('Run `node scripts/readme-budgets.mjs` to update the tables.');
    process.exit(1);
  }
}
