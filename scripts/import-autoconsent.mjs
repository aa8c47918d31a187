#!/usr/bin/env node
// `node scripts/import-autoconsent.mjs`: consent tools' own storage cookies, from the rule files of DuckDuckGo's
// autoconsent (npm `@duckduckgo/autoconsent`, MPL-2.0, `rules/autoconsent/*.json`). Each rule clicks a site's or a
// consent tool's banner and then VERIFIES the visitor's choice was stored with `test` steps such as
// `{ "cookieContains": "cmplz_banner-status=dismissed" }`: the cookie named there is where that consent tool keeps the
// choice. Such a cookie is strictly necessary (GDPR Art. 7(1): the site must be able to demonstrate consent), and
// this is the one import that may say `necessary`: it is the evidence docs/cookie-classification.md names.
// Only the cookie names are taken (facts, no code); writes packages/cookie-db/src/generated/autoconsent-rules.ts.
//
// Filters (so that a site-specific check cannot smuggle in a tracker as necessary):
// - only strings inside `test` steps; the name is what precedes `=` (or the whole string, which must then be a name;
//   one ending in `-` or `_` is a prefix);
// - the name is a plain token (letters, digits, `_ . -`) of at least 4 characters and contains consent vocabulary
//   (consent, cookie, gdpr, privacy, cmp, …);
// - a name that also contains tracking vocabulary (analytics, advertising, marketing, targeting, tracking) without an
//   explicit consent word (a per-category flag such as `cookie-allow-tracking`) is dropped.
// The generator then drops any of these names that a higher-precedence source or the Open Cookie Database rates as
// analytics or targeting, so a conflict never resolves to `necessary`.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeGeneratedRules } from './generate-cookie-db.mjs';
import { pinnedPackage, readJsonFiles } from './read-pinned-source.mjs';

const CONSENT_WORDS = /consent|cookie|gdpr|dsgvo|privacy|cmp|optanon|accept|agree|notice|banner|choice|permission|pref/i;
const EXPLICIT_CONSENT_WORDS = /consent|gdpr|dsgvo|privacy|cmp|agree|choice|permission|pref/i;
const TRACKING_WORDS = /analytic|advert|marketing|targeting|tracking/i;
const NAME_RE = /^[A-Za-z0-9_.-]{4,}$/;

/** All `cookieContains` strings inside a rule's `test` steps (they may be nested in `any`/`if`/`then`). */
function cookieChecks(node, out = []) {
  if (Array.isArray(node)) for (const item of node) cookieChecks(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'cookieContains' && typeof value === 'string') out.push(value);
      else cookieChecks(value, out);
    }
  }
  return out;
}

/** The consent-storage cookie pattern a `cookieContains` check names, or `undefined` when it names none. */
export function consentCookieFromCheck(check) {
  const text = String(check).trim();
  const eq = text.indexOf('=');
  let name = eq >= 0 ? text.slice(0, eq) : text;
  if (!NAME_RE.test(name) || !CONSENT_WORDS.test(name)) return undefined;
  if (TRACKING_WORDS.test(name) && !EXPLICIT_CONSENT_WORDS.test(name)) return undefined;
  if (eq < 0 && /[-_]$/.test(name)) name += '*';
  return name;
}

/** Rules from autoconsent rule objects (`{ name, test: [...] }`): `[rule name, 'necessary', patterns]` groups. */
export function rulesFromAutoconsentRules(rules) {
  const groups = new Map();
  const stats = { rules: 0, checks: 0, kept: 0 };
  for (const rule of rules) {
    if (!rule || typeof rule !== 'object' || typeof rule.name !== 'string') continue;
    stats.rules++;
    for (const check of cookieChecks(rule.test)) {
      stats.checks++;
      const pattern = consentCookieFromCheck(check);
      if (!pattern) continue;
      if (!groups.has(rule.name)) groups.set(rule.name, new Set());
      if (!groups.get(rule.name).has(pattern)) stats.kept++;
      groups.get(rule.name).add(pattern);
    }
  }
  const out = [...groups.entries()].map(([vendor, set]) => [vendor, 'necessary', [...set].sort()]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { rules: out, hosts: [], stats };
}

async function main() {
  const { dir, version, license } = pinnedPackage('@duckduckgo/autoconsent');
  const { items: rules, sha256 } = readJsonFiles(join(dir, 'rules', 'autoconsent'));
  const { rules: groups, stats } = rulesFromAutoconsentRules(rules);
  writeGeneratedRules({
    file: 'autoconsent-rules.ts',
    constant: 'AUTOCONSENT',
    script: 'scripts/import-autoconsent.mjs',
    source: {
      name: 'autoconsent consent-tool rules (storage cookies)',
      package: `@duckduckgo/autoconsent@${version}`,
      licence: license,
      sha256,
    },
    rules: groups,
    hosts: [],
  });
  console.log(`import-autoconsent: ${stats.rules} rules, ${stats.checks} cookie checks → ${stats.kept} consent-storage cookie names`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
