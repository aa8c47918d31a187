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
// without the curated tier and without the learned words (scripts/train-name-model.mjs). Before the sets: the heuristics
// alone on the sources' own labelled names, each source left out (how often a guess calls a tracking name necessary).
// Bundles the package's TypeScript sources in memory (no build needed). Prints figures; never fails on them.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFromSources } from './import-bundled.mjs';
import { countWords, examplesFrom, selectWords } from './train-name-model.mjs';

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
/**
 * The heuristics alone, on the labelled names of the database's own sources, each source left out in turn: no exact-name
 * rule of any tier (name rules off), the vendor words of the other sources' vendors only, and the learned words trained
 * again without the source (same setting). Says how often a guess is right where no rule knows the name, and how often
 * it would call a tracking name (analytics or targeting) necessary — the figure the docs hold to ≤ 1 %. Then the
 * setter host's vocabulary with the host rules off, over the hosts of the data.
 */
function heuristicsAlone() {
  const { categories, tiers, vendors } = COOKIE_RULES;
  const width = categories.length;
  const sourceOf = new Map();
  for (const s of pkg.sourcesModule.RULE_SOURCES)
    for (const [, , patterns] of s.rules) for (const p of patterns) if (!sourceOf.has(p)) sourceOf.set(p, s.name.split(' ')[0]);
  const groupOf = (tier, pattern) => (tier === 0 ? 'curated' : tier === tiers.length - 1 ? 'Open Cookie Database' : (sourceOf.get(pattern) ?? 'imported'));
  const groups = [...new Set(tiers.flatMap((tier, t) => Object.keys(tier).map((p) => groupOf(t, p))))];
  const blank = vendors.indexOf('');
  const handWritten = Object.fromEntries(
    (pkg.HEURISTIC_WORDS ?? []).flatMap(([, category, words]) => words.map((w) => [w.toLowerCase(), blank * width + categories.indexOf(category)])),
  );
  const setting = pkg.learnedModule.LEARNED_WORDS_TRAINING.chosen;
  const total = { n: 0, answered: 0, right: 0, tracking: 0, toNecessary: 0 };
  console.log('\nheuristics alone (name rules off), each source left out (its names, its vendors, its learned words):');
  for (const group of groups) {
    const kept = (t, p) => groupOf(t, p) !== group;
    const rest = { ...COOKIE_RULES, tiers: tiers.map((tier, t) => Object.fromEntries(Object.entries(tier).filter(([p]) => kept(t, p)))) };
    const words = { ...handWritten };
    for (const [w, c] of Object.entries(selectWords(countWords(examplesFrom(rest), categories), categories, setting)))
      words[w] ??= blank * width + categories.indexOf(c);
    // Keys no cookie name can have: the values still give the vendor words, no name rule can match.
    const noNames = rest.tiers.map((tier) => Object.fromEntries(Object.values(tier).map((v, i) => [`\u0000${i}`, v])));
    const classify = createClassifier({ ...COOKIE_RULES, tiers: noNames, heuristics: { ...COOKIE_RULES.heuristics, words } });
    const f = { n: 0, answered: 0, right: 0, tracking: 0, toNecessary: 0 };
    tiers.forEach((tier, t) => {
      for (const [pattern, value] of Object.entries(tier)) {
        if (kept(t, pattern)) continue;
        const truth = categories[value % width];
        const got = classify(pattern.replace(/\*/g, 'a1b2c3d4').replace(/#/g, '123456'))?.category;
        const tracking = truth === 'analytics' || truth === 'targeting';
        f.n++;
        f.answered += got ? 1 : 0;
        f.right += got === truth ? 1 : 0;
        f.tracking += tracking ? 1 : 0;
        f.toNecessary += tracking && got === 'necessary' ? 1 : 0;
      }
    });
    for (const k in total) total[k] += f[k];
    const line = (label, x) =>
      console.log(
        `  ${label.padEnd(22)} n=${String(x.n).padStart(4)}  answered ${f3(x.answered, x.n)}  right ${f3(x.right, x.answered)} of them  tracking→necessary ${pct(x.toNecessary, x.tracking)} (${x.toNecessary} of ${x.tracking})`,
      );
    line(group, f);
    if (group === groups.at(-1)) line('all', total);
  }
  const withoutHosts = createClassifier({ ...COOKIE_RULES, hosts: {} });
  const h = { n: 0, answered: 0, right: 0, necessary: 0 };
  for (const [host, value] of Object.entries(COOKIE_RULES.hosts)) {
    const got = withoutHosts('zq_state', host)?.category;
    h.n++;
    h.answered += got ? 1 : 0;
    h.right += got === categories[value % width] ? 1 : 0;
    h.necessary += got === 'necessary' ? 1 : 0;
  }
  console.log(`  setter-host vocabulary, host rules off: ${h.n} hosts, answered ${h.answered}, right ${h.right}, necessary ${h.necessary}`);
}
if (pkg.sourcesModule?.RULE_SOURCES && pkg.learnedModule?.LEARNED_WORDS_TRAINING) heuristicsAlone();

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
