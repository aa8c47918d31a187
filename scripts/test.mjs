#!/usr/bin/env node
// `pnpm test`: the one gate. Types, lint (+ package boundaries), build, unit tests, size
// budgets, browser tests. Every step runs even when an earlier test step failed, so one
// run reports everything; it ends with one `N passed, N failed` line per runner and
// exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2); // e.g. `pnpm test unit e2e`

function step(name, cmd, args, env = {}) {
  if (only.length > 0 && !only.includes(name)) return { name, skipped: true };
  console.log(`\n=== ${name}: ${[cmd.replace(root + '/', ''), ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return { name, ok };
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

const results = [];
results.push(step('types', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']));
results.push(step('lint', bin('eslint'), ['.', '--max-warnings=0']));
results.push(step('boundaries', process.execPath, ['scripts/check-boundaries.mjs']));
const unitReport = join(reports, 'unit.json');
results.push(step('unit', bin('vitest'), ['run', '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile=${unitReport}`]));
const built = step('build', process.execPath, ['scripts/build.mjs']);
results.push(built);
const e2eReport = join(reports, 'e2e.json');
if (built.ok !== false) {
  results.push(step('size', process.execPath, ['scripts/check-size.mjs']));
  // The Vite examples against the built packages' types (Next.js type-checks its example in next build).
  for (const example of ['react-spa', 'vue-spa']) results.push(step(`types:${example}`, bin('tsc'), ['-p', `examples/${example}/tsconfig.json`]));
  // What npm would publish: publint and are-the-types-wrong on each packed package.
  results.push(step('packages', process.execPath, ['scripts/check-packages.mjs'], { CK_REPORT: join(reports, 'packages.json') }));
  // The packed packages installed into a fresh project: type-checked, bundled, run in Chromium.
  results.push(step('consumer', process.execPath, ['scripts/consumer-test.mjs'], { CK_REPORT: join(reports, 'consumer.json') }));
  // The docs site (VitePress) with the playground, which copies the script-tag build just made;
  // the e2e step then tests the built site.
  results.push(step('docs', bin('vitepress'), ['build', 'docs']));
  results.push(step('e2e', bin('playwright'), ['test', '--project=chromium'], { PW_JSON_REPORT: e2eReport }));
} else {
  results.push(
    { name: 'size', ok: false },
    { name: 'types:react-spa', ok: false },
    { name: 'types:vue-spa', ok: false },
    { name: 'packages', ok: false },
    { name: 'consumer', ok: false },
    { name: 'docs', ok: false },
    { name: 'e2e', ok: false },
  );
}

console.log('\n=== summary');
for (const r of results) console.log(`  ${r.name.padEnd(10)} ${r.skipped ? 'skipped' : r.ok ? 'ok' : 'FAILED'}`);

const unit = readJson(unitReport);
if (unit && (!only.length || only.includes('unit'))) {
  const skipped = (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
const e2e = readJson(e2eReport);
if (e2e && (!only.length || only.includes('e2e'))) {
  const s = e2e.stats ?? {};
  const failed = (s.unexpected ?? 0) + (s.flaky ?? 0);
  console.log(`e2e: ${s.expected ?? 0} passed, ${failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`);
}
for (const name of ['packages', 'consumer']) {
  const report = readJson(join(reports, `${name}.json`));
  if (report && (!only.length || only.includes(name))) console.log(`${name}: ${report.passed} passed, ${report.failed} failed`);
}
process.exit(results.some((r) => r.ok === false) ? 1 : 0);
