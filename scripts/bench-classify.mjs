#!/usr/bin/env node
// `pnpm bench:classify`: accuracy of @consentkit/cookie-db on each labelled set in tests/fixtures/cookies/*.tsv
// (name, category, vendor, source_url), reported separately:
// - dev-set.tsv: names the curated tables were written from (so the full classifier scores ~1.0 by construction);
// - held-out.tsv: names from vendors and sites the curated tables were NOT written from: the honest figure.
// For each set it prints accuracy, per-category precision/recall, the unknown rate and the share of
// analytics/targeting cookies classed as necessary (the dangerous error: such a cookie would be written without
// consent), for the full classifier and for the ablation without the curated tier.
// Imports the BUILT package: run `node scripts/build.mjs cookie-db` first. Prints figures; never fails on them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages', 'cookie-db', 'dist');
if (!existsSync(join(dist, 'index.js'))) {
  console.error('bench-classify: packages/cookie-db/dist is missing; run `node scripts/build.mjs cookie-db` first.');
  process.exit(1);
}
const { classifyCookie, createClassifier } = await import(pathToFileURL(join(dist, 'index.js')).href);
const { COOKIE_RULES } = await import(pathToFileURL(join(dist, 'rules.js')).href);

const CATEGORIES = ['necessary', 'analytics', 'targeting', 'functional'];
const fixtures = join(root, 'tests', 'fixtures', 'cookies');
/** One labelled set per file, in a fixed order: the development set first. */
const sets = [];
for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.tsv')).sort((a, b) => (a === 'dev-set.tsv' ? -1 : b === 'dev-set.tsv' ? 1 : a.localeCompare(b)))) {
  const rows = [];
  const lines = readFileSync(join(fixtures, file), 'utf8').split('\n');
  let header;
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    if (!CATEGORIES.includes(row.category)) throw new Error(`${file}: bad category "${row.category}" for ${row.name}`);
    rows.push({ ...row, file });
  }
  sets.push({ file, rows });
}

function evaluate(classify, rows) {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let correct = 0;
  let unknown = 0;
  let tracking = 0;
  let trackingAsNecessary = 0;
  const errors = [];
  for (const row of rows) {
    const got = classify(row.name, row.setter_host || undefined)?.category;
    if (got === row.category) correct++;
    else errors.push(`${row.name}\texpected ${row.category}\tgot ${got ?? 'unknown'}\t(${row.vendor})`);
    if (got === undefined) unknown++;
    if (row.category === 'analytics' || row.category === 'targeting') {
      tracking++;
      if (got === 'necessary') trackingAsNecessary++;
    }
    if (got === row.category) counts[got].tp++;
    else {
      counts[row.category].fn++;
      if (got) counts[got].fp++;
    }
  }
  return { correct, unknown, tracking, trackingAsNecessary, counts, errors };
}

const pct = (n, d) => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)} %`);
function report(title, result, rows) {
  const { correct, unknown, tracking, trackingAsNecessary, counts, errors } = result;
  console.log(`\n${title}`);
  console.log(`  accuracy             ${(correct / rows.length).toFixed(3)}  (${correct}/${rows.length})`);
  console.log(`  unknown rate         ${(unknown / rows.length).toFixed(3)}  (${unknown})`);
  console.log(`  tracking→necessary   ${pct(trackingAsNecessary, tracking)}  (${trackingAsNecessary} of ${tracking} analytics/targeting cookies)`);
  console.log('  category     precision  recall   support');
  for (const c of CATEGORIES) {
    const { tp, fp, fn } = counts[c];
    console.log(`  ${c.padEnd(12)} ${pct(tp, tp + fp)}   ${pct(tp, tp + fn)}   ${tp + fn}`);
  }
  return errors;
}

// How far the generated data, normalisation and heuristics carry on their own: the curated tier removed.
// The generated tier leaves out names the curated tables already cover (they could never reach it), so this
// is a lower bound for the Open Cookie Database alone, not the same figure as before that pruning.
const withoutCurated = createClassifier({ ...COOKIE_RULES, tiers: [{}, ...COOKIE_RULES.tiers.slice(1)] });
const showErrors = process.argv.includes('--errors');
for (const { file, rows } of sets) {
  const vendors = new Set(rows.map((r) => r.vendor)).size;
  console.log(`\n=== ${file}: ${rows.length} cookie names, ${vendors} vendors ===`);
  const errors = report('classifyCookie (curated > Open Cookie Database > host rules > name heuristics)', evaluate(classifyCookie, rows), rows);
  report('without the curated tier (generated tier omits curated names: lower bound)', evaluate(withoutCurated, rows), rows);
  if (errors.length && showErrors) {
    console.log(`\n  misclassified by classifyCookie (${errors.length}):`);
    for (const line of errors) console.log(`    ${line}`);
  } else if (errors.length) console.log(`\n  ${errors.length} misclassified (run with --errors to list them)`);
}
