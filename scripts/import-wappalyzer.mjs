#!/usr/bin/env node
// `node scripts/import-wappalyzer.mjs`: cookie and setter-host rules from Wappalyzer's technology catalogue (npm
// `wappalyzer`, pinned to 6.10.47, the last version published under the MIT licence; 6.10.62 and later are GPL-3.0
// and must not be used). Each technology in `technologies/*.json` lists the `cookies` by which Wappalyzer recognises
// it (cookie name → a regular expression for the value), its categories (`cats`, ids into `categories.json`) and the
// `scriptSrc` patterns of its scripts. Only those facts are read (names, categories, literal script hosts); no code of
// Wappalyzer is used. Writes packages/cookie-db/src/generated/wappalyzer-rules.ts; reproducible from the exact
// devDependency version in packages/cookie-db/package.json; run `pnpm generate:cookie-db` afterwards.
//
// Mapping (docs/cookie-classification.md, "Sources and how their purposes map to categories"):
// - a technology in a tracking category (WAPPALYZER_CATEGORIES: Advertising, Affiliate programs, Retargeting, Marketing
//   automation, Personalisation, Segmentation, Customer data platform, … → targeting; Analytics, RUM, A/B Testing,
//   Surveys → analytics) or a visitor-facing feature (Live chat, Accessibility, Translation → functional): its cookies
//   get the most invasive of those categories, whatever its other categories (but a feature that is also a platform,
//   such as Zendesk's help centre and chat, may set either kind of cookie: no rule);
// - a technology ALL of whose categories are platform categories (CMS, Ecommerce, Web frameworks, Message boards, LMS,
//   Wikis, Issue trackers, Security, Load balancers, CDN, …) sets these cookies for the platform itself: evidence for
//   `necessary`, but only for a name with no tracking vocabulary — no hand-written or learned tracking word, no vendor
//   prefix family (packages/cookie-db/src/heuristic-rules.ts, generated/learned-words.ts, read through the classifier
//   itself) and none of IDENTIFIER_WORDS (`guest`, `visitor`, `uid`, `referrer`, …: a platform's visitor id or
//   attribution cookie is not proof of an essential cookie) — and that no rule of the other tiers classifies as
//   analytics, targeting or functional. Such a label is a generated `necessary` rule, weak like the others: a tracking
//   vendor's setter host outvotes it;
// - any other technology (Widgets, Search engines, Tag managers, Maps, CRM, WordPress plugins, …: mixed purposes) →
//   no rule;
// - a cookie Wappalyzer marks with a `confidence` below 100 (a name too generic to identify the technology alone, such
//   as `sp` or `_session_id`) → no rule; names that are not cookie names (Set-Cookie attributes such as `Domain`, or
//   names with separators such as `mybb[lastvisit]`) → no rule.
// Setter hosts: the literal host at the start of a `scriptSrc` pattern (`cdn\.ometria\.com`, `\.linksynergy\.com`) of a
// technology mapped to analytics, targeting or functional (host rules never say necessary), unless another technology's
// patterns name the same host, it is a shared CDN, or the curated host rules give its domain another category.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importFromSources } from './import-bundled.mjs';
import { cookiePatternFrom, writeGeneratedRules, curatedHostDomains, withoutCuratedDomains } from './generate-cookie-db.mjs';
import { pinnedPackage, readHashed } from './read-pinned-source.mjs';
import { nameWords } from './train-name-model.mjs';

/** Wappalyzer category name (categories.json) → ConsentKit category, or `platform` (evidence for necessary, see above). */
export const WAPPALYZER_CATEGORIES = {
  // Advertising and profiling (like TCF purposes 2–7: ads, ad and content profiles).
  Advertising: 'targeting',
  'Affiliate programs': 'targeting',
  Retargeting: 'targeting',
  'Marketing automation': 'targeting',
  Personalisation: 'targeting',
  Segmentation: 'targeting',
  'Customer data platform': 'targeting',
  'Referral marketing': 'targeting',
  'Browser fingerprinting': 'targeting',
  // Measurement (like TCF purposes 8–10).
  Analytics: 'analytics',
  RUM: 'analytics',
  'A/B Testing': 'analytics',
  Surveys: 'analytics',
  // Features the visitor uses (like tarteaucitron.js's `support`).
  'Live chat': 'functional',
  Accessibility: 'functional',
  Translation: 'functional',
  // The site's own platform and infrastructure.
  CMS: 'platform',
  Blogs: 'platform',
  Wikis: 'platform',
  Documentation: 'platform',
  'Message boards': 'platform',
  'Issue trackers': 'platform',
  LMS: 'platform',
  DMS: 'platform',
  'Digital asset management': 'platform',
  'Photo galleries': 'platform',
  'Page builders': 'platform',
  'Static site generator': 'platform',
  Ecommerce: 'platform',
  'Ecommerce frontends': 'platform',
  'Payment processors': 'platform',
  Accounting: 'platform',
  'Appointment scheduling': 'platform',
  'Reservations & delivery': 'platform',
  'Web frameworks': 'platform',
  'Programming languages': 'platform',
  'Web servers': 'platform',
  'Web server extensions': 'platform',
  'Reverse proxies': 'platform',
  'Load balancers': 'platform',
  CDN: 'platform',
  Caching: 'platform',
  PaaS: 'platform',
  IaaS: 'platform',
  Hosting: 'platform',
  'Hosting panels': 'platform',
  Containers: 'platform',
  Security: 'platform',
  Authentication: 'platform',
  'Cookie compliance': 'platform',
  'Remote access': 'platform',
  Development: 'platform',
  CI: 'platform',
  Webmail: 'platform',
  'Database managers': 'platform',
  Databases: 'platform',
  'Operating systems': 'platform',
  'Network devices': 'platform',
  'Network storage': 'platform',
  'Media servers': 'platform',
  'Control systems': 'platform',
  Webcams: 'platform',
};

/**
 * Words that make a platform's cookie a visitor identifier or an attribution record rather than proof of an essential
 * cookie (`BITRIX_SM_GUEST_ID`, `LithiumVisitor`, `koken_referrer`), besides the classifier's tracking vocabulary.
 * Words of five letters or more count anywhere in the name (`3dvisit`), shorter ones only as a word of it.
 */
export const IDENTIFIER_WORDS = [
  'guest',
  'visit',
  'fingerprint',
  'referrer',
  'referer',
  'source',
  'track',
  'uid',
  'uuid',
  'vid',
  'cid',
  'gid',
  'ga',
  'gat',
  'utm',
];
/** Whether a name contains identifier or attribution vocabulary (IDENTIFIER_WORDS). */
export const hasIdentifierWord = (name) => {
  const lower = name.toLowerCase();
  const words = nameWords(name);
  return IDENTIFIER_WORDS.some((word) => (word.length >= 5 ? lower.includes(word) : words.includes(word)));
};

/** Set-Cookie attribute names: a "cookie" by one of these names is a misread attribute, not a cookie. */
const ATTRIBUTE_NAMES = new Set(['domain', 'path', 'expires', 'max-age', 'secure', 'httponly', 'samesite', 'partitioned']);
/** A cookie name as Wappalyzer writes it: an RFC 6265 token, optionally ending in `*` (a prefix, as in `_ga_*`). */
const NAME_RE = /^[A-Za-z0-9!#$%&'+.^_`|~-]+\*?$/;

/** Script hosts shared by unrelated vendors (public CDNs, cloud storage, shop platforms' app CDNs). */
const SHARED_HOSTS =
  /(^|\.)(jsdelivr\.net|cdnjs\.cloudflare\.com|unpkg\.com|googleapis\.com|gstatic\.com|cloudfront\.net|amazonaws\.com|azureedge\.net|windows\.net|msecnd\.net|akamaihd\.net|akamaized\.net|fastly\.net|b-cdn\.net|github\.io|githubusercontent\.com|wp\.com|wordpress\.com|shopify\.com|shopifycdn\.com|shopifyapps\.com|herokuapp\.com|netlify\.app|vercel\.app|firebaseapp\.com|appspot\.com)$/;
/** Endings of file names that a `scriptSrc` pattern may start with (`chartbeat\.js`): no top-level domain is named so. */
const FILE_EXTENSIONS = new Set(['js', 'mjs', 'css', 'php', 'html', 'htm', 'json', 'asp', 'aspx', 'ashx', 'jsp', 'cgi', 'swf', 'map', 'gif', 'png', 'svg']);
/** The literal host a `scriptSrc` pattern starts with (after an optional `^`, scheme and `//`); `\.` before it = any subdomain. */
const SCRIPT_HOST_RE = /^\^?(?:https?:|https\?:)?(?:\\?\/\\?\/)?(?:\\\.)?((?:[a-z0-9-]+\\\.)+[a-z]{2,})(?=$|\\?\/|:)/i;

/** The host a Wappalyzer `scriptSrc` pattern names literally, lowercase, or `undefined` (a pattern, not a host). */
export function hostFromScriptSrc(pattern) {
  if (typeof pattern !== 'string') return undefined;
  const match = SCRIPT_HOST_RE.exec(pattern.split('\\;')[0]);
  const host = match?.[1].replace(/\\\./g, '.').toLowerCase();
  // `chartbeat\.js` is a file name, not a host.
  return host && !FILE_EXTENSIONS.has(host.slice(host.lastIndexOf('.') + 1)) ? host : undefined;
}

/** Confidence Wappalyzer gives a cookie (`\;confidence:50` in its value pattern); 100 when none is given. */
const confidenceOf = (valuePattern) => {
  const match = /\\;confidence:(\d+)/.exec(String(valuePattern ?? ''));
  return match ? Number(match[1]) : 100;
};

const RISK = { functional: 1, analytics: 2, targeting: 3 };

/**
 * What a technology's categories say: the most invasive tracking/feature category among them, else `necessary` when
 * every one is a platform category, else `undefined` (no rule).
 */
export function categoryOfTechnology(cats, categoryNames) {
  const mapped = (Array.isArray(cats) ? cats : []).map((id) => WAPPALYZER_CATEGORIES[categoryNames[id]]);
  let best;
  for (const category of mapped) if (category in RISK && (!best || RISK[category] > RISK[best])) best = category;
  // A platform that is also a visitor-facing feature (Zendesk: help centre and live chat) may set either kind of
  // cookie: no rule. A tracking category decides whatever else the technology is.
  if (best === 'functional' && mapped.includes('platform')) return undefined;
  if (best) return best;
  return mapped.length > 0 && mapped.every((category) => category === 'platform') ? 'necessary' : undefined;
}

/**
 * Rules from Wappalyzer's catalogue: `technologies` (name → `{ cats, cookies, scriptSrc }`) and `categories` (id →
 * `{ name }`). `isTrackingName(name)` says whether a name carries tracking vocabulary (the classifier's heuristics);
 * `isClassified(name)` whether another tier's rule classifies it as anything but necessary. Both only matter for
 * `necessary` candidates. Returns `{ rules, hosts, stats }` in the curated tables' `[vendor, category, patterns]` shape.
 */
export function rulesFromWappalyzer({ technologies, categories }, { isTrackingName = () => false, isClassified = () => false } = {}) {
  const categoryNames = Object.fromEntries(Object.entries(categories ?? {}).map(([id, c]) => [id, c?.name]));
  const groups = new Map();
  const hostOwners = new Map(); // host → Set(technology)
  const hostCandidates = []; // [technology, category, host]
  const stats = {
    technologies: 0,
    withCookies: 0,
    cookies: 0,
    kept: 0,
    necessary: 0,
    noCategory: 0,
    lowConfidence: 0,
    badName: 0,
    trackingName: 0,
    classified: 0,
  };
  const add = (vendor, category, pattern) => {
    const key = `${vendor}\t${category}`;
    if (!groups.has(key)) groups.set(key, new Set());
    groups.get(key).add(pattern);
  };
  for (const [vendor, technology] of Object.entries(technologies ?? {})) {
    if (!technology || typeof technology !== 'object') continue;
    stats.technologies++;
    const category = categoryOfTechnology(technology.cats, categoryNames);
    const sources = [technology.scriptSrc].flat().filter((s) => typeof s === 'string');
    for (const host of new Set(sources.map(hostFromScriptSrc).filter(Boolean))) {
      if (!hostOwners.has(host)) hostOwners.set(host, new Set());
      hostOwners.get(host).add(vendor);
      if (category && category !== 'necessary') hostCandidates.push([vendor, category, host]);
    }
    const cookies = technology.cookies && typeof technology.cookies === 'object' ? Object.entries(technology.cookies) : [];
    if (cookies.length) stats.withCookies++;
    for (const [rawName, valuePattern] of cookies) {
      stats.cookies++;
      if (!category) {
        stats.noCategory++;
        continue;
      }
      if (confidenceOf(valuePattern) < 100) {
        stats.lowConfidence++;
        continue;
      }
      const name = rawName.trim();
      const pattern = NAME_RE.test(name) && !ATTRIBUTE_NAMES.has(name.toLowerCase()) ? cookiePatternFrom(name) : undefined;
      if (!pattern) {
        stats.badName++;
        continue;
      }
      if (category === 'necessary') {
        const bare = pattern.replace(/[*#]/g, '_');
        if (isTrackingName(bare) || hasIdentifierWord(bare)) {
          stats.trackingName++;
          continue;
        }
        if (isClassified(pattern)) {
          stats.classified++;
          continue;
        }
        stats.necessary++;
      }
      stats.kept++;
      add(vendor, category, pattern);
    }
  }
  const hostGroups = new Map();
  for (const [vendor, category, host] of hostCandidates) {
    if (hostOwners.get(host).size > 1 || SHARED_HOSTS.test(host)) continue;
    const key = `${vendor}\t${category}`;
    if (!hostGroups.has(key)) hostGroups.set(key, new Set());
    hostGroups.get(key).add(host);
  }
  const toRules = (map) => [...map.entries()].map(([key, set]) => [...key.split('\t'), [...set].sort()]).sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
  return { rules: toRules(groups), hosts: toRules(hostGroups), stats };
}

/**
 * The two checks for `necessary` candidates, built from the package's own sources: the name heuristics alone (does the
 * scorer find a vendor prefix, tracking word or vendor word in the name?) and the other tiers (curated, the other
 * imports, Open Cookie Database: does a name rule give it a category other than necessary?).
 */
async function databaseChecks() {
  const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'cookie-db', 'src');
  const curated = readdirSync(srcDir).filter((f) => /^curated-.*\.ts$/.test(f) && !f.endsWith('.test.ts') && f !== 'curated-rule.ts');
  const contents = [
    "import { buildRuleSet } from './build-rule-set';",
    "import { createClassifier } from './create-classifier';",
    "import { HEURISTIC_PREFIXES, HEURISTIC_WORDS } from './heuristic-rules';",
    "import { LEARNED_WORDS } from './generated/learned-words';",
    "import { AUTOCONSENT_RULES } from './generated/autoconsent-rules';",
    "import { PREBID_RULES } from './generated/prebid-rules';",
    "import { TARTEAUCITRON_RULES } from './generated/tarteaucitron-rules';",
    "import { OCD_RULES, OCD_VENDORS } from './generated/ocd-rules';",
    ...curated.map((f, i) => `import * as t${i} from './${f.slice(0, -3)}';`),
    `const curated = [${curated.map((_, i) => `...Object.values(t${i}).flat()`).join(', ')}];`,
    'const none = { vendors: [], rules: {} };',
    'const heuristics = createClassifier(buildRuleSet({ curated: [], imported: [], ocd: none, hosts: [], heuristics: { prefixes: HEURISTIC_PREFIXES, words: HEURISTIC_WORDS, learned: LEARNED_WORDS } }));',
    "const TRACKING = ['vendor-prefix', 'tracking-word', 'vendor-word'];",
    'export const isTrackingName = (name) => heuristics.explain(name).evidence.some((e) => TRACKING.includes(e.signal));',
    'const others = createClassifier(buildRuleSet({ curated, imported: [...AUTOCONSENT_RULES, ...PREBID_RULES, ...TARTEAUCITRON_RULES], ocd: { vendors: OCD_VENDORS, rules: OCD_RULES }, hosts: [] }));',
    'export const isClassified = (pattern) => { const { result, evidence } = others.explain(pattern.replace(/[*]$/, "")); return evidence.some((e) => e.signal === "name-rule") && result !== undefined && result.category !== "necessary"; };',
  ].join('\n');
  return importFromSources(contents, srcDir);
}

async function main() {
  const { dir, version, license } = pinnedPackage('wappalyzer');
  if (license !== 'MIT')
    throw new Error(`import-wappalyzer: wappalyzer@${version} is licensed ${license}; only the MIT-licensed versions (≤ 6.10.47) may be used`);
  const techDir = join(dir, 'technologies');
  const files = [
    'categories.json',
    ...readdirSync(techDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => `technologies/${f}`),
  ];
  const { texts, sha256 } = readHashed(dir, files);
  const [categories, ...parts] = texts.map((text) => JSON.parse(text));
  const technologies = Object.assign({}, ...parts);
  const { rules, hosts: allHosts, stats } = rulesFromWappalyzer({ technologies, categories }, await databaseChecks());
  // A host under a domain the curated host rules document is left to them (scripts/generate-cookie-db.mjs).
  const hosts = withoutCuratedDomains(allHosts, await curatedHostDomains());
  writeGeneratedRules({
    file: 'wappalyzer-rules.ts',
    constant: 'WAPPALYZER',
    script: 'scripts/import-wappalyzer.mjs',
    source: { name: 'Wappalyzer technology catalogue', package: `wappalyzer@${version}`, licence: license, sha256 },
    rules,
    hosts,
  });
  console.log(
    `import-wappalyzer: ${stats.technologies} technologies (${stats.withCookies} list cookies), ${stats.cookies} cookies → ${stats.kept} kept, ${stats.necessary} of them necessary (${stats.noCategory} in technologies of no mapped category, ${stats.lowConfidence} of low confidence, ${stats.badName} not cookie names, ${stats.trackingName} platform names with tracking vocabulary, ${stats.classified} classified otherwise by another tier); ${hosts.reduce((n, [, , h]) => n + h.length, 0)} host rules`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
