#!/usr/bin/env node
// Speed and size of @consentkit/cookie-db (run by `pnpm bench`). Goal: 10,000 names in ≤ 5 ms in Node.
// Imports the BUILT package (packages/cookie-db/dist): run `node scripts/build.mjs cookie-db` first.
// Prints figures only; timings are never asserted (CONTRIBUTING.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'packages', 'cookie-db');
const dist = join(pkgDir, 'dist');
if (!existsSync(join(dist, 'index.js'))) {
  console.error('bench-cookie-db: packages/cookie-db/dist is missing; run `node scripts/build.mjs cookie-db` first.');
  process.exit(1);
}
const { createClassifier } = await import(pathToFileURL(join(dist, 'index.js')).href);
const { COOKIE_RULES } = await import(pathToFileURL(join(dist, 'rules.js')).href);

// A realistic mix: the labelled sets' names (dev and held-out; many with dynamic suffixes), the same names with fresh
// random suffixes, and first-party names the database does not know (the slowest path: every step runs).
const fixtures = join(root, 'tests', 'fixtures', 'cookies');
const known = readdirSync(fixtures)
  .filter((f) => f.endsWith('.tsv'))
  .flatMap((f) => readFileSync(join(fixtures, f), 'utf8').split('\n'))
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('name\t'))
  .map((line) => line.split('\t')[0]);
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
const names = [];
for (let i = 0; names.length < 10_000; i++) {
  const base = known[i % known.length];
  const kind = i % 4;
  if (kind === 0) names.push(base);
  else if (kind === 1) names.push(base.replace(/[0-9a-f]{4,}/gi, () => hex(8)));
  else if (kind === 2) names.push(`app_${hex(6)}_pref`);
  else names.push(`${['_hjSessionUser_', '_ga_', 'intercom-id-', 'AMP_', '_pk_id.'][i % 5]}${hex(10)}`);
}

function time(label, classify, rounds = 30) {
  // Warm-up so the JIT has compiled the hot path, then take the median of several rounds.
  for (let r = 0; r < 5; r++) for (const name of names) classify(name);
  const samples = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (const name of names) if (classify(name)) sink++;
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(`  ${label.padEnd(44)} median ${median.toFixed(2)} ms, best ${samples[0].toFixed(2)} ms  (${(sink / rounds).toFixed(0)} classified)`);
}

console.log(`classification speed: ${names.length.toLocaleString('en')} names per run (goal ≤ 5 ms)`);
const buildStart = process.hrtime.bigint();
const classify = createClassifier(COOKIE_RULES);
console.log(`  createClassifier(COOKIE_RULES): ${(Number(process.hrtime.bigint() - buildStart) / 1e6).toFixed(2)} ms (once per page, first call cold)`);
time('classify 10,000 names', classify);
// The browser guard's call: the setter host and the write's attributes, so unknown names go through the scorer.
const signals = { maxAgeSeconds: 31536000, path: '/', value: 'GA1.2.1234567890.1700000000' };
time('classify 10,000 names + setter host + signals', (name) => classify(name, 'cdn.example-site.com', signals));

const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const minified = async (entry, exportName) =>
  Buffer.from(
    (
      await build({
        stdin: { contents: `export { ${exportName} } from ${JSON.stringify(entry)};`, resolveDir: pkgDir, loader: 'js' },
        bundle: true,
        minify: true,
        write: false,
        format: 'esm',
        tsconfigRaw: '{}',
        logLevel: 'silent',
      })
    ).outputFiles[0].contents,
  );
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const json = readFileSync(join(pkgDir, 'data', 'cookie-rules.json'));
const rulesJs = await minified('./dist/rules.js', 'COOKIE_RULES');
const engine = await minified('./dist/index.js', 'createClassifier');
console.log('\nsizes (brotli, quality 11)');
console.log(`  lazily loaded database data/cookie-rules.json   ${kb(brotli(json)).padStart(9)}  (raw ${kb(json.length)})`);
console.log(`  lazily loaded database dist/rules.js, minified  ${kb(brotli(rulesJs)).padStart(9)}  (raw ${kb(rulesJs.length)})`);
console.log(`  matching engine import { createClassifier }     ${kb(brotli(engine)).padStart(9)}  (raw ${kb(engine.length)})`);
const tierNames =
  COOKIE_RULES.tiers.length === 3
    ? ['curated', 'imported (Prebid.js, tarteaucitron.js, autoconsent)', 'Open Cookie Database']
    : ['curated', 'Open Cookie Database'];
console.log(
  `  rules: ${COOKIE_RULES.tiers.map((t, i) => `${Object.keys(t).length} ${tierNames[i]}`).join(', ')}, ${Object.keys(COOKIE_RULES.hosts).length} hosts, ${COOKIE_RULES.vendors.length} vendors`,
);
