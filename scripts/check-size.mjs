#!/usr/bin/env node
// Size budgets (brotli, quality 11) for every published entry, read from each package's
// package.json "sizeBudgets". A budget measures what a user pays for an *import*
// (`{ createConsentManager }` bundled and minified with its dependencies), or for a
// built file that pages load directly (the script-tag bundle). Fails when over budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packagesDir = join(root, 'packages');
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function measureImport(pkgDir, pkgName, budget) {
  const from = budget.from ? `${pkgName}/${budget.from}` : pkgName;
  const result = await build({
    stdin: {
      contents: `export ${budget.import} from ${JSON.stringify(from)};`,
      resolveDir: pkgDir,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    external: budget.external ?? [],
    define: { 'process.env.NODE_ENV': '"production"' },
    // Measure the built dist/ as a user's bundler sees it, not the repository's tsconfig paths.
    tsconfigRaw: '{}',
    logLevel: 'silent',
  });
  return Buffer.concat(result.outputFiles.map((f) => Buffer.from(f.contents)));
}

function readFiles(pkgDir, files) {
  return Buffer.concat(
    files.map((file) => {
      const path = join(pkgDir, file);
      if (!existsSync(path)) throw new Error(`${path} does not exist (run pnpm build first)`);
      return readFileSync(path);
    }),
  );
}

const rows = [];
let failed = 0;
for (const dir of readdirSync(packagesDir)) {
  const pkgDir = join(packagesDir, dir);
  const pkgFile = join(pkgDir, 'package.json');
  if (!existsSync(pkgFile)) continue;
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  for (const budget of pkg.sizeBudgets ?? []) {
    // A `files` budget sums the files (e.g. a script and its CSS) before compressing each.
    let size;
    try {
      if (budget.files) {
        size = budget.files.reduce((sum, file) => sum + brotli(readFiles(pkgDir, [file])), 0);
      } else {
        size = brotli(await measureImport(pkgDir, pkg.name, budget));
      }
    } catch (error) {
      failed++;
      rows.push({ name: `${pkg.name}: ${budget.name}`, size: NaN, limit: budget.limit, ok: false, note: String(error.message ?? error).split('\n')[0] });
      continue;
    }
    const ok = size <= budget.limit;
    if (!ok) failed++;
    rows.push({ name: `${pkg.name}: ${budget.name}`, size, limit: budget.limit, ok });
  }
}

const kb = (n) => (Number.isNaN(n) ? '   —   ' : `${(n / 1024).toFixed(2)} KB`);
const width = Math.max(...rows.map((r) => r.name.length), 10);
console.log(`${'entry'.padEnd(width)}  ${'brotli'.padStart(9)}  ${'budget'.padStart(9)}`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(width)}  ${kb(r.size).padStart(9)}  ${kb(r.limit).padStart(9)}  ${r.ok ? 'ok' : Number.isNaN(r.size) ? 'OVER BUDGET' : `OVER BUDGET by ${r.size - r.limit} B (${r.size} B, budget ${r.limit} B)`}${r.note ? `  (${r.note})` : ''}`,
  );
}
console.log(`size: ${rows.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
