#!/usr/bin/env node
// `pnpm generate:cookie-db`: turns the Open Cookie Database (OCD, Apache-2.0) into the compact rules module
// packages/cookie-db/src/generated/ocd-rules.ts, then writes the complete rule set (curated + imported + OCD + host
// rules, exactly what `@consentkit/cookie-db/rules` exports) as packages/cookie-db/data/cookie-rules.json
// for builds that ship the database as a separate, lazily loaded file. Run the import scripts first
// (scripts/import-prebid.mjs, import-tarteaucitron.mjs, import-autoconsent.mjs, import-wappalyzer.mjs: one per public source); this
// script also exports the helpers they share (pattern cleaning, registrable domain, the generated-module writer).
//
// Run by hand; the outputs are committed so builds never need the data. The input is an unchanged copy of
// the OCD kept in the repository with its licence: packages/cookie-db/sources/open-cookie-database/
// (override with OCD_CSV=<path>, e.g. to try a newer release).
// `--json-only` skips the OCD step and only rewrites the JSON copy (after editing curated or host rules).
//
// What this changes relative to the OCD (also listed in packages/cookie-db/NOTICE.md):
// - categories are mapped onto ConsentKit's: Functional/Security/Necessary → necessary, Analytics → analytics,
//   Marketing → targeting, Personalization → functional;
// - for the vendors in ANALYTICS_NOT_FUNCTIONAL, whose own documentation describes analytics or testing
//   cookies that the OCD files as Functional, those rows become analytics (see the URLs below);
// - a name listed twice with different categories keeps the most privacy-invasive category;
// - names are trimmed; rows whose name cannot be a cookie name (spaces, `;`, `=`...) are dropped;
//   wildcard rows (and names ending in `*`) become prefix rules; descriptions, retention, controller and
//   portal columns are not carried over (size: the rules are loaded by browsers);
// - a pattern the curated tables also list (same name or same `prefix*`), and a name the curated tables
//   already classify (through a prefix or template), is left out: the curated tier is consulted first and
//   wins for it, so the OCD copy would only cost bytes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importBundled } from './import-bundled.mjs';
import { examplesFrom, trainLearnedWords, TARGET_PRECISION } from './train-name-model.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'packages', 'cookie-db');
const csvPath = process.env.OCD_CSV ?? join(root, 'packages', 'cookie-db', 'sources', 'open-cookie-database', 'open-cookie-database.csv');
const generatedPath = join(pkgDir, 'src', 'generated', 'ocd-rules.ts');
const jsonPath = join(pkgDir, 'data', 'cookie-rules.json');

/** Order is part of the data format (rule value = vendor index × 4 + category index). */
const CATEGORIES = ['necessary', 'analytics', 'targeting', 'functional'];
const CATEGORY_MAP = {
  Functional: 'necessary', // OCD README: "technical, essential or strictly necessary"
  Security: 'necessary',
  Necessary: 'necessary',
  Analytics: 'analytics',
  Marketing: 'targeting',
  Personalization: 'functional',
};
/** OCD platform → category its Functional rows really have, per the vendor's own cookie documentation. */
const ANALYTICS_NOT_FUNCTIONAL = {
  // https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code
  Hotjar: 'analytics',
  // https://help.vwo.com/hc/en-us/articles/360033730594-Cookies-Used-by-VWO
  'Visual Website Optimizer': 'analytics',
  // https://help.luckyorange.com/article/126-what-cookies-does-lucky-orange-use
  'Lucky Orange': 'analytics',
  // https://support.crazyegg.com/hc/en-us/articles/360054584474-Crazy-Egg-Cookies
  'Crazy Egg': 'analytics',
  // https://support.google.com/optimize/answer/7359264 (Optimize experiment cookies)
  'Google Optimize': 'analytics',
  // https://doc.sitespect.com/knowledge/sitespect-cookies
  SiteSpect: 'analytics',
  // https://support.convert.com/hc/en-us/articles/204506699-cookies-used-by-convert-experiences
  'Convert Insights': 'analytics',
  // https://docs.parse.ly/privacy/ (visitor identification for analytics)
  'Parse.ly': 'analytics',
  // https://support.dynamicyield.com/hc/en-us/articles/360002856158 (Dynamic Yield cookies: visitor and session ids)
  'Dynamic Yield': 'analytics',
};

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

const RISK = { necessary: 0, functional: 1, analytics: 2, targeting: 3 };
// Same rule as the classifier: RFC 6265 cookie names are tokens (no spaces, separators or controls).
// eslint-disable-next-line no-control-regex
const INVALID_NAME_RE = /[\u0000-\u0020\u007f;,="\\]/;

/**
 * A classifier over the curated tables alone (src/curated-*.ts, which take precedence over the OCD rules):
 * an OCD name it already classifies can never reach the OCD tier, so the OCD copy would only cost bytes.
 */
async function curatedClassifier() {
  const srcDir = join(pkgDir, 'src');
  const files = readdirSync(srcDir).filter((f) => /^curated-.*\.ts$/.test(f) && !f.endsWith('.test.ts') && f !== 'curated-rule.ts');
  const contents = [
    "import { buildRuleSet } from './build-rule-set';",
    "import { createClassifier } from './create-classifier';",
    ...files.map((f, i) => `import * as t${i} from './${f.slice(0, -3)}';`),
    `const groups = [${files.map((_, i) => `...Object.values(t${i}).flat()`).join(', ')}];`,
    'export const patterns = groups.flatMap(([, , p]) => p);',
    'export const classify = createClassifier(buildRuleSet({ curated: groups, imported: [], ocd: { vendors: [], rules: {} }, hosts: [] }));',
    "import { AUTOCONSENT_RULES } from './generated/autoconsent-rules';",
    "import { PREBID_RULES } from './generated/prebid-rules';",
    "import { TARTEAUCITRON_RULES } from './generated/tarteaucitron-rules';",
    "import { WAPPALYZER_RULES } from './generated/wappalyzer-rules';",
    'const imported = [...AUTOCONSENT_RULES, ...PREBID_RULES, ...TARTEAUCITRON_RULES, ...WAPPALYZER_RULES];',
    'const importedOnly = createClassifier(buildRuleSet({ curated: [], imported, ocd: { vendors: [], rules: {} }, hosts: [] }));',
    // Only a NAME RULE's answer counts: a scorer guess (vendor word, consent-storage name) must not prune OCD data.
    'const byName = (c) => (n) => { const e = c.explain(n); return e.evidence.some((x) => x.signal === "name-rule") ? e.result : undefined; };',
    'export const classifyCurated = byName(classify);',
    "export { createClassifier } from './create-classifier';",
    'export const classifyImported = byName(importedOnly);',
  ].join('\n');
  return importBundled({ stdin: { contents, resolveDir: srcDir, loader: 'ts' } });
}

/**
 * A source's cookie identifier as a rule pattern of this package, or `undefined` when it cannot be one.
 * Placeholders for a dynamic part (`{id}`, `<id>`, `[id]`, `XXXX`) become `#`; a trailing `*` stays a prefix rule and
 * one inner `*` a `prefix*suffix` rule; a leading `*` ("contains") cannot be matched cheaply and is dropped, as is
 * anything that is not an RFC 6265 token once the placeholders are gone.
 */
export function cookiePatternFrom(identifier) {
  if (typeof identifier !== 'string') return undefined;
  const pattern = identifier
    .trim()
    .replace(/\{[^}]*\}|<[^>]*>|\[[^\]]*\]|X{4,}/g, '#')
    .replace(/#+/g, '#');
  if (!pattern || pattern.startsWith('*') || pattern.split('*').length > 2 || pattern.replace(/[#*]/g, '').length < 2) return undefined;
  if (INVALID_NAME_RE.test(pattern) || /[()<>@,;:\\"/[\]?={}]/.test(pattern)) return undefined;
  return pattern;
}

/** Second-level public suffixes seen in vendor hosts (`co.uk`): the registrable domain keeps one more label. */
const TWO_PART_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'com.au',
  'net.au',
  'co.jp',
  'ne.jp',
  'com.br',
  'co.nz',
  'co.kr',
  'com.cn',
  'com.tr',
  'co.in',
  'com.mx',
  'com.sg',
  'co.za',
  'com.pl',
]);

/** The registrable domain of a host (`privacy.criteo.com` → `criteo.com`), lowercase; `undefined` for an IP or a bare name. */
export function registrableDomain(host) {
  const labels = String(host).toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || labels.some((l) => !/^[a-z0-9-]+$/.test(l)) || /^\d+$/.test(labels.at(-1))) return undefined;
  const keep = TWO_PART_SUFFIXES.has(labels.slice(-2).join('.')) ? 3 : 2;
  return labels.length < keep ? undefined : labels.slice(-keep).join('.');
}

/**
 * The registrable domains of the curated setter-host rules (packages/cookie-db/src/host-rules.ts, written from each
 * vendor's documentation), each with the categories the curated rules give it. A generated source's host rule under
 * one of these domains with another category is dropped (`withoutCuratedDomains`): where a source disagrees with the
 * documented vendor — the Open Cookie Database files Beamer's cookies under hotjar.com as marketing, tarteaucitron.js
 * calls TikTok's pixel host analytics — the curated rule stands alone rather than losing to, or being shadowed by, a
 * more invasive or more specific generated one.
 */
export async function curatedHostDomains() {
  const { HOST_RULES } = await importBundled({ entryPoints: [join(pkgDir, 'src', 'host-rules.ts')] });
  const domains = new Map();
  for (const [, category, hosts] of HOST_RULES) {
    for (const domain of hosts.map(registrableDomain).filter(Boolean)) domains.set(domain, new Set([...(domains.get(domain) ?? []), category]));
  }
  return domains;
}

/**
 * Domains one company serves unrelated things from — on Google's: reCAPTCHA (essential), Maps, Fonts and ads, which is
 * why core's tracker table lists only paths of them (`www.google.com/pagead`). A host there says nothing about a cookie.
 */
const MULTI_SERVICE_DOMAINS = new Set(['google.com', 'gstatic.com']);

/**
 * `[vendor, category, hosts]` groups without the hosts that disagree with `curatedHostDomains()` or are on a
 * multi-service domain; empty groups dropped.
 */
export function withoutCuratedDomains(groups, domains) {
  const agrees = (host, category) => !MULTI_SERVICE_DOMAINS.has(registrableDomain(host)) && (domains.get(registrableDomain(host))?.has(category) ?? true);
  return groups
    .map(([vendor, category, hosts]) => [vendor, category, hosts.filter((host) => agrees(host, category))])
    .filter(([, , hosts]) => hosts.length > 0);
}

/**
 * Writes one import's output as packages/cookie-db/src/generated/<file>: `<CONSTANT>_SOURCE` (provenance),
 * `<CONSTANT>_RULES` and `<CONSTANT>_HOSTS` (`[vendor, category, patterns]` groups, the curated tables' shape).
 */
export function writeGeneratedRules({ file, constant, script, source, rules, hosts, storageOnly }) {
  const path = join(pkgDir, 'src', 'generated', file);
  const lines = (groups) => groups.map((g) => `  ${JSON.stringify(g)},`).join('\n');
  const names = rules.reduce((n, [, , p]) => n + p.length, 0);
  const hostCount = hosts.reduce((n, [, , h]) => n + h.length, 0);
  const text = `// GENERATED by ${script} — do not edit; re-run it, then \`pnpm generate:cookie-db\`.
// Source: ${source.name}, npm package ${source.package} (${source.licence}); input sha256 ${source.sha256}.
// Attribution and what was changed: NOTICE (repository root) and packages/cookie-db/NOTICE.md.
import type { CuratedRule } from '../curated-rule';

/** Provenance of the rules below. */
export const ${constant}_SOURCE = ${JSON.stringify({ name: source.name, package: source.package, licence: source.licence, names, hosts: hostCount })} as const;

/** Cookie-name rules: [vendor, category, patterns]. */
export const ${constant}_RULES: readonly CuratedRule[] = [
${lines(rules)}
];

/** Setter-host rules: [vendor, category, hosts]; never \`necessary\`. */
export const ${constant}_HOSTS: readonly CuratedRule[] = [
${lines(hosts.filter(([, category]) => category !== 'necessary'))}
];
${
  storageOnly
    ? `
/** Patterns above that the source lists only as Web Storage keys: classified like cookie names, never learned from (scripts/train-name-model.mjs learns cookie-name words). */
export const ${constant}_STORAGE_ONLY: readonly string[] = ${JSON.stringify(storageOnly)};
`
    : ''
}`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`${script}: ${names} name patterns, ${hostCount} hosts → ${relative(root, path)}`);
}

async function generateOcd() {
  if (!existsSync(csvPath)) {
    console.error(
      `generate-cookie-db: ${csvPath} not found. The Open Cookie Database is expected in packages/cookie-db/sources/open-cookie-database/ (or set OCD_CSV).`,
    );
    process.exit(1);
  }
  const csv = readFileSync(csvPath, 'utf8');
  const [header, ...rows] = parseCsv(csv);
  const col = (name) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`generate-cookie-db: column "${name}" missing from ${csvPath}`);
    return index;
  };
  const [cPlatform, cCategory, cName, cWildcard, cDomain] = ['Platform', 'Category', 'Cookie / Data Key name', 'Wildcard match', 'Domain'].map(col);
  const hostCategories = new Map(); // host → Map(vendor → most invasive non-necessary category)
  const rules = new Map(); // pattern → { category, vendor }
  let dropped = 0;
  for (const row of rows) {
    if (row.length < header.length) continue;
    const vendor = row[cPlatform].trim();
    let name = row[cName].trim();
    let category = CATEGORY_MAP[row[cCategory].trim()];
    if (!category) throw new Error(`generate-cookie-db: unknown OCD category "${row[cCategory]}" for ${name}`);
    if (category === 'necessary' && ANALYTICS_NOT_FUNCTIONAL[vendor]) category = ANALYTICS_NOT_FUNCTIONAL[vendor];
    let wildcard = row[cWildcard].trim() === '1';
    if (name.endsWith('*')) {
      name = name.slice(0, -1);
      wildcard = true;
    }
    if (!name || INVALID_NAME_RE.test(name) || name.includes('*')) {
      dropped++;
      continue;
    }
    // The Domain column names the host the vendor sets the cookie from (`adform.net (3rd party)`, `.gumgum.com`):
    // a setter-host rule for the vendor's non-necessary cookies (a host rule never says necessary).
    if (category !== 'necessary') {
      for (const part of String(row[cDomain] ?? '')
        .toLowerCase()
        .split(/\s+or\s+|,/)) {
        const host = part
          .replace(/\(3rd party\)/, '')
          .trim()
          .replace(/^\.+/, '');
        if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(host)) continue;
        if (!hostCategories.has(host)) hostCategories.set(host, new Map());
        const known = hostCategories.get(host).get(vendor);
        if (!known || RISK[category] > RISK[known]) hostCategories.get(host).set(vendor, category);
      }
    }
    const pattern = wildcard ? `${name}*` : name;
    const previous = rules.get(pattern);
    if (!previous || RISK[category] > RISK[previous.category]) rules.set(pattern, { category, vendor });
  }
  let shadowed = 0;
  const curated = await curatedClassifier();
  for (const pattern of curated.patterns) if (rules.delete(pattern)) shadowed++;
  for (const pattern of [...rules.keys()]) {
    if (!pattern.includes('*') && curated.classifyCurated(pattern)) {
      rules.delete(pattern);
      shadowed++;
    }
  }
  // The imported tier (scripts/import-*.mjs) is consulted before this one: an OCD name it already classifies at
  // least as invasively could never be reached. One the OCD rates MORE invasively stays, and buildRuleSet drops the
  // imported rule for it, so the more invasive rating applies.
  let importedCovered = 0;
  for (const [pattern, rule] of [...rules.entries()]) {
    const imported = pattern.includes('*') ? undefined : curated.classifyImported(pattern);
    if (imported && RISK[imported.category] >= RISK[rule.category]) {
      rules.delete(pattern);
      importedCovered++;
    }
  }
  // An exact name that the OCD's own other rules (a prefix, a template) already give the same vendor and category is
  // left out too: it costs bytes and changes no answer. One at a time, against what is left, so two names never
  // justify each other's removal; names of three characters or fewer stay (an exact generic name is weighed
  // differently from a prefix hit).
  let ocdCovered = 0;
  const vendorList = [...new Set([...rules.values()].map((r) => r.vendor))];
  const encode = (r) => vendorList.indexOf(r.vendor) * CATEGORIES.length + CATEGORIES.indexOf(r.category);
  const ocdOnly = () =>
    curated.createClassifier({
      version: 1,
      categories: CATEGORIES,
      vendors: vendorList,
      tiers: [Object.fromEntries([...rules].map(([p, r]) => [p, encode(r)]))],
      hosts: {},
    });
  const answer = (classify, name) => {
    const { result, evidence } = classify.explain(name);
    return evidence.some((e) => e.signal === 'name-rule') ? `${result?.vendor}\t${result?.category}` : '';
  };
  let current = ocdOnly();
  for (const [pattern, rule] of [...rules.entries()]) {
    if (pattern.includes('*') || pattern.length <= 3) continue;
    rules.delete(pattern);
    const without = ocdOnly();
    // The name and its case variants (the case-insensitive match) must get the same answer as before.
    if ([pattern, pattern.toLowerCase(), pattern.toUpperCase()].every((name) => answer(without, name) === answer(current, name))) {
      ocdCovered++;
      current = without;
    } else rules.set(pattern, rule);
  }
  // A host two vendors claim (a shared platform such as a CDN) is no evidence for either.
  const hostGroups = new Map();
  for (const [host, byVendor] of hostCategories) {
    if (byVendor.size !== 1) continue;
    const [[vendor, category]] = byVendor;
    const key = `${vendor}\t${category}`;
    hostGroups.set(key, [...(hostGroups.get(key) ?? []), host]);
  }
  const hostRules = withoutCuratedDomains(
    [...hostGroups.entries()].map(([key, hosts]) => [...key.split('\t'), hosts.sort()]).sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1)),
    await curatedHostDomains(),
  );
  const vendors = [...new Set([...rules.values()].map((r) => r.vendor))].sort();
  const vendorIndex = new Map(vendors.map((v, i) => [v, i]));
  const entries = [...rules.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = entries
    .map(([pattern, r]) => `  ${JSON.stringify(pattern)}: ${vendorIndex.get(r.vendor) * CATEGORIES.length + CATEGORIES.indexOf(r.category)},`)
    .join('\n');
  const sha256 = createHash('sha256').update(csv).digest('hex');
  const source = `// GENERATED by scripts/generate-cookie-db.mjs — do not edit; run \`pnpm generate:cookie-db\`.
// Derived from the Open Cookie Database (https://github.com/jkwakman/Open-Cookie-Database, Apache-2.0);
// changes are listed in packages/cookie-db/NOTICE.md. Source CSV sha256 ${sha256}.
// Rule value = vendor index × ${CATEGORIES.length} + index in [${CATEGORIES.join(', ')}]; \`name*\` is a prefix rule.
import type { CuratedRule } from '../curated-rule';

/** Vendor (OCD "Platform") names, indexed by the rule values in \`OCD_RULES\`. */
export const OCD_VENDORS: readonly string[] = ${JSON.stringify(vendors)};

/** Open Cookie Database rules: cookie name or \`prefix*\` → vendor index × 4 + category index. */
export const OCD_RULES: Readonly<Record<string, number>> = {
${body}
};

/** Setter-host rules from the OCD Domain column: [vendor, category, hosts]; never \`necessary\`. */
export const OCD_HOSTS: readonly CuratedRule[] = [
${hostRules.map((g) => `  ${JSON.stringify(g)},`).join('\n')}
];
`;
  mkdirSync(dirname(generatedPath), { recursive: true });
  writeFileSync(generatedPath, source);
  console.log(
    `generate-cookie-db: ${entries.length} OCD rules from ${vendors.length} vendors, ${hostRules.reduce((n, [, , h]) => n + h.length, 0)} hosts (${dropped} rows dropped, ${shadowed} left to the curated tables, ${importedCovered} to the imported sources, ${ocdCovered} covered by other OCD rules) → ${relative(root, generatedPath)}`,
  );
}

/**
 * The same rule data without vendor names that no rule points to (a vendor whose every pattern lost to another
 * table's, e.g. a duplicate kept with a more invasive category), every rule value renumbered to match: the lazily
 * loaded file carries no unused name. Answers are unchanged (a unit test checks this on the shipped data).
 */
export function withoutUnusedVendors(rules) {
  const width = rules.categories.length;
  const tables = [...rules.tiers, rules.hosts, ...(rules.heuristics ? [rules.heuristics.prefixes, rules.heuristics.words] : [])];
  const used = new Set(tables.flatMap((table) => Object.values(table).map((value) => Math.floor(value / width))));
  const vendors = [];
  const renumbered = new Map();
  rules.vendors.forEach((vendor, index) => used.has(index) && renumbered.set(index, vendors.push(vendor) - 1));
  const remap = (table) =>
    Object.fromEntries(Object.entries(table).map(([key, value]) => [key, renumbered.get(Math.floor(value / width)) * width + (value % width)]));
  return {
    ...rules,
    vendors,
    tiers: rules.tiers.map(remap),
    hosts: remap(rules.hosts),
    ...(rules.heuristics ? { heuristics: { prefixes: remap(rules.heuristics.prefixes), words: remap(rules.heuristics.words) } } : {}),
  };
}

/** Bundles src/rules.ts in memory and writes what it exports as JSON (unused vendor names left out): the lazily loadable database file. */
async function writeJson() {
  const { COOKIE_RULES } = await importBundled({ entryPoints: [join(pkgDir, 'src', 'rules.ts')] });
  const data = JSON.stringify(withoutUnusedVendors(COOKIE_RULES));
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, data);
  console.log(`generate-cookie-db: wrote ${relative(root, jsonPath)} (${Buffer.byteLength(data)} bytes)`);
}

/**
 * Learns the name words (`heuristics.learned` of buildRuleSet, shipped among `heuristics.words`) from the tiers just generated
 * (scripts/train-name-model.mjs) and writes them as packages/cookie-db/src/generated/learned-words.ts.
 */
async function generateLearnedWords() {
  const { COOKIE_RULES } = await importBundled({ entryPoints: [join(pkgDir, 'src', 'rules.ts')] });
  // Cookie-name words only: a pattern an imported source lists only as a Web Storage key (Prebid's ID modules'
  // bookkeeping keys: `…_exp`, `…_last`, `…:count`) is not a cookie-name example.
  const { PREBID_STORAGE_ONLY = [] } = await importBundled({ entryPoints: [join(pkgDir, 'src', 'generated', 'prebid-rules.ts')] });
  const examples = examplesFrom(COOKIE_RULES, new Set(PREBID_STORAGE_ONLY));
  const { learned, chosen, table } = trainLearnedWords(examples, COOKIE_RULES.categories);
  const byCategory = new Map();
  for (const [word, category] of Object.entries(learned)) byCategory.set(category, [...(byCategory.get(category) ?? []), word]);
  const groups = [...byCategory.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([category, words]) => ['', category, words]);
  const f3 = (n, d) => (d ? (n / d).toFixed(3) : '0');
  const cv = table.map((r) => ({
    minLength: r.minLength,
    support: r.support,
    purity: r.purity,
    coverage: f3(r.answered, r.n),
    exact: f3(r.exact, r.answered),
    needsConsent: f3(r.needsConsent, r.answered),
  }));
  const path = join(pkgDir, 'src', 'generated', 'learned-words.ts');
  const text = `// GENERATED by scripts/generate-cookie-db.mjs (scripts/train-name-model.mjs) — do not edit; run \`pnpm generate:cookie-db\`.
// Learned from the curated, imported and Open Cookie Database rules of this package (${examples.length} labelled names), never from an
// evaluation set. Setting chosen by vendor-grouped 5-fold cross-validation: the most answers whose "needs consent" precision
// is at least ${TARGET_PRECISION}.
import type { CuratedRule } from '../curated-rule';

/** The cross-validation behind the choice (figures on vendors the words were not learned from). */
export const LEARNED_WORDS_TRAINING = ${JSON.stringify({ examples: examples.length, chosen: { minLength: chosen.minLength, support: chosen.support, purity: chosen.purity }, crossValidation: cv })} as const;

/** Words of at least ${chosen.minLength} letters that at least ${chosen.support} vendors use, ${chosen.purity * 100} % or more of them in one non-necessary category: [vendor (none), category, words]. */
export const LEARNED_WORDS: readonly CuratedRule[] = [
${groups.map((g) => `  ${JSON.stringify(g)},`).join('\n')}
];
`;
  writeFileSync(path, text);
  console.log(
    `generate-cookie-db: learned ${Object.keys(learned).length} words from ${examples.length} names (length ≥ ${chosen.minLength}, support ≥ ${chosen.support}, purity ≥ ${chosen.purity}; cross-validated: ${f3(chosen.answered, chosen.n)} answered, exact ${f3(chosen.exact, chosen.answered)}, needs-consent ${f3(chosen.needsConsent, chosen.answered)}) → ${relative(root, path)}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!process.argv.includes('--json-only')) {
    await generateOcd();
    await generateLearnedWords();
  }
  await writeJson();
}
