#!/usr/bin/env node
// `pnpm bench:classify`: how well @consentkit/cookie-db classifies cookies it was not written from.
// Labelled sets (TSV: name, category, vendor, [setter_host], …, source_url), reported separately:
// - tests/fixtures/cookies/dev-set.tsv: names the curated tables were written from (≈1.0 by construction);
// - tests/fixtures/cookies/held-out.tsv: the first held-out set (not vendor-disjoint: some vendors are also in
//   the dev set);
// - packages/cookie-db/test-data/held-out.tsv: the vendor-disjoint held-out set (no vendor in the dev set or in
//   the hand-written tables), collected from sources no import script reads. This is the honest figure.
// For each set: accuracy, unknown rate and tracking→necessary (an analytics/targeting cookie classed necessary:
// it would be written without consent), overall and per true category, for the name alone and for the name plus
// the setter host (the browser-side signal, where the set records one), with the confusion matrix. Then the ablations
// without the curated tier and without the learned words (scripts/train-name-model.mjs).
// Bundles the package's TypeScript sources in memory (no build needed). Prints figures; never fails on them.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFromSources } from './import-bundled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--src <dir>`: measure another copy of the package's sources (e.g. an older commit, for a before/after table).
const srcFlag = process.argv.indexOf('--src');
const src = srcFlag > 0 ? process.argv[srcFlag + 1] : join(root, 'packages', 'cookie-db', 'src');
const pkg = await importFromSources(
  "export * from './index'; export { COOKIE_RULES } from './rules'; export * as sourcesModule from './rule-sources'; export * as learnedModule from './generated/learned-words'; export { HEURISTIC_WORDS } from './heuristic-rules';",
  src,
).catch(() =>
  // Before the learned words and the per-source table existed (kept so the script can measure an older tree for a before/after).
  importFromSources("export * from './index'; export { COOKIE_RULES } from './rules';", src),
);
const { classifyCookie, createClassifier, COOKIE_RULES } = pkg;

const CATEGORIES = ['necessary', 'analytics', 'targeting', 'functional'];
const SETS = [
  ['dev set', join(root, 'tests', 'fixtures', 'cookies', 'dev-set.tsv')],
  ['first held-out set (not vendor-disjoint)', join(root, 'tests', 'fixtures', 'cookies', 'held-out.tsv')],
  ['HELD-OUT, vendor-disjoint', join(root, 'packages', 'cookie-db', 'test-data', 'held-out.tsv')],
];

function readSet(path) {
  const rows = [];
  let header;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    if (!CATEGORIES.includes(row.category)) throw new Error(`${path}: bad category "${row.category}" for ${row.name}`);
    rows.push(row);
  }
  return rows;
}

function evaluate(classify, rows, useHost) {
  // `as`: how many of the category's rows were answered as each category (the confusion matrix's row).
  const per = Object.fromEntries(
    CATEGORIES.map((c) => [c, { n: 0, correct: 0, unknown: 0, necessary: 0, predicted: 0, as: Object.fromEntries(CATEGORIES.map((k) => [k, 0])) }]),
  );
  const errors = [];
  for (const row of rows) {
    const got = classify(row.name, useHost ? row.setter_host || undefined : undefined)?.category;
    const p = per[row.category];
    p.n++;
    if (got === row.category) p.correct++;
    else errors.push(`${row.name}\texpected ${row.category}\tgot ${got ?? 'unknown'}\t(${row.vendor})`);
    if (got === undefined) p.unknown++;
    if (got === 'necessary') p.necessary++;
    if (got && per[got]) {
      per[got].predicted++;
      p.as[got]++;
    }
  }
  return { per, errors };
}

const f3 = (n, d) => (d === 0 ? '  —  ' : (n / d).toFixed(3));
const pct = (n, d) => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)} %`);
function report(title, { per }, confusion = false) {
  const sum = (key, cats = CATEGORIES) => cats.reduce((s, c) => s + per[c][key], 0);
  const n = sum('n');
  const tracking = ['analytics', 'targeting'];
  console.log(`\n  ${title}`);
  console.log(
    `    overall      accuracy ${f3(sum('correct'), n)}  unknown ${f3(sum('unknown'), n)}  tracking→necessary ${pct(sum('necessary', tracking), sum('n', tracking))} (${sum('necessary', tracking)} of ${sum('n', tracking)})   n=${n}`,
  );
  for (const c of CATEGORIES) {
    const p = per[c];
    const toNecessary = c === 'necessary' ? '' : `  →necessary ${pct(p.necessary, p.n)}`;
    console.log(
      `    ${c.padEnd(12)} accuracy ${f3(p.correct, p.n)}  unknown ${f3(p.unknown, p.n)}  precision ${f3(p.correct, p.predicted)}${toNecessary}   n=${p.n}`,
    );
  }
  if (!confusion) return;
  console.log(`      ${'confusion (rows: true category, columns: answer)'.padEnd(48)}${[...CATEGORIES, 'unknown'].map((c) => c.padStart(11)).join('')}`);
  for (const c of CATEGORIES) {
    const p = per[c];
    console.log(`      ${c.padEnd(48)}${[...CATEGORIES.map((k) => p.as[k]), p.unknown].map((v) => String(v).padStart(11)).join('')}`);
  }
}

const showErrors = process.argv.includes('--errors');
const withoutCurated = createClassifier({ ...COOKIE_RULES, tiers: [{}, ...COOKIE_RULES.tiers.slice(1)] });
// The learned words (scripts/train-name-model.mjs) are shipped among the tracking words; this classifier has only the
// hand-written ones, to show what the learned words add.
const learned = pkg.learnedModule?.LEARNED_WORDS ?? [];
const handWritten = new Set((pkg.HEURISTIC_WORDS ?? []).flatMap(([, , words]) => words.map((w) => w.toLowerCase())));
const learnedOnly = new Set(learned.flatMap(([, , words]) => words.map((w) => w.toLowerCase())).filter((w) => !handWritten.has(w)));
const wordsWithout = Object.fromEntries(Object.entries(COOKIE_RULES.heuristics?.words ?? {}).filter(([w]) => !learnedOnly.has(w)));
const withoutLearned = createClassifier({ ...COOKIE_RULES, heuristics: { ...COOKIE_RULES.heuristics, words: wordsWithout } });
if (pkg.learnedModule?.LEARNED_WORDS_TRAINING) {
  const { examples, chosen, crossValidation } = pkg.learnedModule.LEARNED_WORDS_TRAINING;
  const row = crossValidation.find((r) => r.minLength === chosen.minLength && r.support === chosen.support && r.purity === chosen.purity);
  console.log(
    `learned words: ${learnedOnly.size} (from ${examples} labelled names; words of ≥ ${chosen.minLength} letters used by ≥ ${chosen.support} vendors, ≥ ${chosen.purity * 100} % in one category); vendor-grouped cross-validation: answers ${row?.coverage} of names, exact ${row?.exact}, needs-consent ${row?.needsConsent}`,
  );
}
if (pkg.sourcesModule?.RULE_SOURCES) {
  // Kept = still in the shipped imported tier / host table after de-duplication against higher-precedence sources.
  const imported = COOKIE_RULES.tiers[1] ?? {};
  console.log('imported rules per source: generated → kept in the shipped database');
  for (const s of pkg.sourcesModule.RULE_SOURCES) {
    const patterns = new Set(s.rules.flatMap(([, , p]) => p));
    const hosts = new Set(s.hostRules.flatMap(([, , h]) => h));
    const kept = [...patterns].filter((p) => p in imported).length;
    const keptHosts = [...hosts].filter((h) => h in COOKIE_RULES.hosts).length;
    console.log(
      `  ${s.name.padEnd(50)} ${String(patterns.size).padStart(4)} → ${String(kept).padStart(4)} names  ${String(hosts.size).padStart(4)} → ${String(keptHosts).padStart(4)} hosts  (${s.package}, ${s.licence})`,
    );
  }
}
console.log(
  `database: ${COOKIE_RULES.tiers.map((t) => Object.keys(t).length).join(' + ')} name rules in ${COOKIE_RULES.tiers.length} tiers (${COOKIE_RULES.tiers.length === 3 ? 'curated + imported + Open Cookie Database' : 'curated + Open Cookie Database'}), ${Object.keys(COOKIE_RULES.hosts).length} host rules, ${COOKIE_RULES.vendors.length} vendors`,
);
for (const [label, path] of SETS) {
  if (!existsSync(path)) continue;
  const rows = readSet(path);
  const vendors = new Set(rows.map((r) => r.vendor)).size;
  const withHost = rows.filter((r) => r.setter_host).length;
  console.log(`\n=== ${label}: ${rows.length} cookie names, ${vendors} vendors (${withHost} with a setter host) ===`);
  const byName = evaluate(classifyCookie, rows, false);
  report('classifyCookie(name)', byName);
  let last = byName;
  if (withHost) report('classifyCookie(name, setterHost)', (last = evaluate(classifyCookie, rows, true)), true);
  report('ablation: without the curated tier, name + setter host', evaluate(withoutCurated, rows, true));
  if (learnedOnly.size) report('ablation: without the learned words, name + setter host', evaluate(withoutLearned, rows, true));
  if (last.errors.length && showErrors) {
    console.log(`\n    misclassified (${last.errors.length}):`);
    for (const line of last.errors) console.log(`      ${line}`);
  } else if (last.errors.length) console.log(`\n    ${last.errors.length} misclassified (run with --errors to list them)`);
}
