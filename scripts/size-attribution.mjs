#!/usr/bin/env node
// `pnpm size:why`: where every byte of the script-tag files comes from. For each shipped file of
// packages/consentkit/dist it reads the source map (with source-map-explorer, the standard tool
// for this) and prints the bytes each source module contributes, largest first, with the
// module's estimated share of the file's brotli size (its minified share times the file's brotli
// size: brotli compresses a whole file, so a per-module figure can only be an estimate).
//
// Options: --json PATH writes the figures; --top N rows per file (default 25); file names as
// arguments pick files (default: every .js file with a map).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { explore } from 'source-map-explorer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/consentkit/dist');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const jsonOut = option('json', undefined);
const top = Number(option('top', '25'));

if (!existsSync(dist)) {
  console.error('size-attribution: packages/consentkit/dist is missing; run `pnpm build` first.');
  process.exit(2);
}
const files = args.length ? args : readdirSync(dist).filter((f) => f.endsWith('.js') && existsSync(join(dist, `${f}.map`)));

/** A source path from a map, relative to the repository (`packages/core/src/config.ts`, `preact/dist/…`). */
function tidy(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) return source.slice(nm + 'node_modules/'.length);
  return relative(root, resolve(dist, source));
}

const report = {};
for (const file of files) {
  const path = join(dist, file);
  const code = readFileSync(path);
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const result = await explore({ code: path, map: `${path}.map` }, { output: { format: 'json' }, noBorderChecks: true });
  const bundle = result.bundles[0];
  const modules = Object.entries(bundle.files)
    .map(([source, { size }]) => ({ source: tidy(source), bytes: size, brotliEstimate: Math.round((size / bundle.totalBytes) * brotli) }))
    .sort((a, b) => b.bytes - a.bytes);
  report[file] = { bytes: code.length, brotli, modules };
  console.log(`\n${file}: ${code.length} B minified, ${brotli} B brotli`);
  console.log('   bytes  ~br   share  module');
  for (const m of modules.slice(0, top)) {
    console.log(
      `${String(m.bytes).padStart(8)}${String(m.brotliEstimate).padStart(6)}${((m.bytes / bundle.totalBytes) * 100).toFixed(1).padStart(7)}%  ${m.source}`,
    );
  }
  if (modules.length > top) console.log(`   … ${modules.length - top} more modules`);
}
if (jsonOut) {
  mkdirSync(dirname(jsonOut), { recursive: true });
  writeFileSync(jsonOut, JSON.stringify(report, null, 2));
  console.log(`\nJSON: ${relative(root, jsonOut)}`);
}
