#!/usr/bin/env node
// Speed and size of @consentkit/cookie-db (run by `pnpm bench`). Goal: 10,000 names in ≤ 5 ms in Node.
// Imports the BUILT package (packages/cookie-db/dist): run `node scripts/build.mjs cookie-db` first.
// `--src <dir>`: bundle and time another copy of the package's sources instead (no build needed).
// `--against <dir>`: also time the classifier of another copy of the sources (e.g. a `git worktree` of an older
// commit) in the same process, rounds alternating between the two, both given the same rule data — a before/after
// of the engine on one machine state. `--rounds <n>`: rounds per figure (default 60).
// Each figure is the median (and best) over the rounds of the CPU time the process spent (process.cpuUsage: user +
// system, which a busy shared machine disturbs less than the wall clock) and of the wall time.
// Prints figures only; timings are never asserted (CONTRIBUTING.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { importFromSources } from './import-bundled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'packages', 'cookie-db');
const dist = join(pkgDir, 'dist');
const flag = (name) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const srcDir = flag('--src');
const againstDir = flag('--against');
const rounds = Number(flag('--rounds') ?? 60);

/** The classifier factory and rule data of a copy of the sources, bundled in memory. */
async function fromSources(dir) {
  return importFromSources("export { createClassifier } from './create-classifier'; export { COOKIE_RULES } from './rules';", resolve(dir));
}

let main;
if (srcDir) main = await fromSources(srcDir);
else if (!existsSync(join(dist, 'index.js'))) {
  console.error('bench-cookie-db: packages/cookie-db/dist is missing; run `node scripts/build.mjs cookie-db` first (or pass --src <dir>).');
  process.exit(1);
} else {
  main = { ...(await import(pathToFileURL(join(dist, 'index.js')).href)), ...(await import(pathToFileURL(join(dist, 'rules.js')).href)) };
}
const { createClassifier, COOKIE_RULES } = main;
const other = againstDir ? await fromSources(againstDir) : undefined;

// A realistic mix: the labelled sets' names (dev and held-out; many with dynamic suffixes), the same names with fresh
// random suffixes, and first-party names the database does not know (the slowest path: every step runs).
const fixtures = join(root, 'tests', 'fixtures', 'cookies');
const known = readdirSync(fixtures)
  .filter((f) => f.endsWith('.tsv'))
  .sort()
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

let sink = 0;
/** One round over the names: [CPU ms, wall ms]. */
function round(classify) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const name of names) if (classify(name)) sink++;
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const { user, system } = process.cpuUsage(cpu);
  return [(user + system) / 1000, wall];
}

const median = (samples) => samples[Math.floor(samples.length / 2)];
function report(label, samples) {
  const cpu = samples.map((s) => s[0]).sort((a, b) => a - b);
  const wall = samples.map((s) => s[1]).sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(58)} CPU median ${median(cpu).toFixed(2)} ms, best ${cpu[0].toFixed(2)} ms; wall median ${median(wall).toFixed(2)} ms, best ${wall[0].toFixed(2)} ms`,
  );
}

/** Times each [label, classify] of `entries` for `rounds` rounds, taking turns (order flipped every round), after a warm-up. */
function time(entries) {
  for (let r = 0; r < 10; r++) for (const [, classify] of entries) round(classify);
  const samples = entries.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < entries.length; k++) {
      const index = r % 2 === 0 ? k : entries.length - 1 - k;
      samples[index].push(round(entries[index][1]));
    }
  }
  entries.forEach(([label], index) => report(label, samples[index]));
}

console.log(`classification speed: ${names.length.toLocaleString('en')} names per run (goal ≤ 5 ms), median of ${rounds} rounds`);
console.log(`  sources: ${srcDir ?? 'packages/cookie-db/dist'}${againstDir ? `, against ${againstDir} (same rule data)` : ''}`);
const buildStart = process.hrtime.bigint();
const classify = createClassifier(COOKIE_RULES);
console.log(`  createClassifier(COOKIE_RULES): ${(Number(process.hrtime.bigint() - buildStart) / 1e6).toFixed(2)} ms (once per page, first call cold)`);
const otherClassify = other?.createClassifier(COOKIE_RULES);
const classified = names.filter((name) => classify(name)).length;
if (otherClassify) {
  const differ = names.filter((name) => JSON.stringify(classify(name)) !== JSON.stringify(otherClassify(name))).length;
  console.log(`  ${classified} of ${names.length} names classified; ${differ} answers differ between the two copies`);
} else console.log(`  ${classified} of ${names.length} names classified`);
const both = (label, call) =>
  otherClassify
    ? [
        [label, call(classify)],
        [`${label} (against)`, call(otherClassify)],
      ]
    : [[label, call(classify)]];
time(both('classify 10,000 names', (c) => c));
// The browser guard's call: the setter host and the write's attributes, so unknown names go through the scorer.
const signals = { maxAgeSeconds: 31536000, path: '/', value: 'GA1.2.1234567890.1700000000' };
time(both('classify 10,000 names + setter host + signals', (c) => (name) => c(name, 'cdn.example-site.com', signals)));
if (sink < 0) console.log(sink);

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
    ? ['curated', 'imported (Prebid.js, tarteaucitron.js, autoconsent, Wappalyzer)', 'Open Cookie Database']
    : ['curated', 'Open Cookie Database'];
console.log(
  `  rules: ${COOKIE_RULES.tiers.map((t, i) => `${Object.keys(t).length} ${tierNames[i]}`).join(', ')}, ${Object.keys(COOKIE_RULES.hosts).length} hosts, ${COOKIE_RULES.vendors.length} vendors`,
);
