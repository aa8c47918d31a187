#!/usr/bin/env node
// `node scripts/import-prebid.mjs`: cookie and storage-key rules from the device-storage disclosures that Prebid.js ships in its npm
// package (`prebid.js/metadata/modules/*.json`, Apache-2.0). Prebid's build fetches each ad-tech vendor's IAB TCF
// "deviceStorageDisclosure" file (the JSON every TCF vendor publishes: each cookie, its lifetime and the TCF
// purposes it serves) and vendors it in-tree; this script maps those purposes onto ConsentKit's categories and
// writes packages/cookie-db/src/generated/prebid-rules.ts. Reproducible: the input is the exact devDependency
// version in packages/cookie-db/package.json; run `pnpm generate:cookie-db` afterwards to rebuild the JSON copy.
//
// Both kinds of identifier a disclosure lists are read: `type: 'cookie'` (cookie names) and `type: 'web'`
// (localStorage / sessionStorage keys; ID modules keep their ids there, `_li_duid`, `amxId`, `vmuuid`). They go into
// the same name table, as the curated storage keys do (Braze's `ab.storage.deviceId.*` in curated-analytics.ts): core
// classifies a storage key with the same rules as a cookie name (createStorageCategorizer, docs/gating.md "Storage
// keys"), so one rule serves the cookie guard, the storage guard and the cleanup. A storage key may contain `:`
// (`prebid:topics`, `taboola:shopify:page_view`), which a cookie name may not; every other check is the cookie one.
// `maxAgeSeconds` is not used (the lifetime is a signal of the write, not of the name). Setter-host rules come from
// vendors' cookies only: a host rule classifies the cookies a vendor's script sets.
//
// Mapping (docs/cookie-classification.md, "From each source's purposes to our categories"), IAB TCF v2.2 purposes:
// - any of 2, 3, 4, 5, 6, 7 (ads selection, ad/content profiles, ad measurement) → targeting;
// - else any of 8, 9, 10 (content measurement, audience statistics, product development) → analytics;
// - else (purpose 1 "store and/or access information" alone, 11 alone, special purposes only, or none — e.g. an
//   opt-out cookie) → no rule: these say nothing about whether the cookie needs consent, and an import never says
//   `necessary`.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cookiePatternFrom, registrableDomain, writeGeneratedRules, curatedHostDomains, withoutCuratedDomains } from './generate-cookie-db.mjs';
import { pinnedPackage, readJsonFiles } from './read-pinned-source.mjs';

/** TCF purposes that make a cookie `targeting` (ads and profiling) or `analytics` (measurement). */
export const TCF_TARGETING_PURPOSES = [2, 3, 4, 5, 6, 7];
export const TCF_ANALYTICS_PURPOSES = [8, 9, 10];

/** Category a TCF disclosure's purposes say, or `undefined` when they give no purpose signal (1 alone, none). */
export function categoryFromTcfPurposes(purposes) {
  if (!Array.isArray(purposes)) return undefined;
  if (purposes.some((p) => TCF_TARGETING_PURPOSES.includes(p))) return 'targeting';
  if (purposes.some((p) => TCF_ANALYTICS_PURPOSES.includes(p))) return 'analytics';
  return undefined;
}

/** Identifiers that name a storage area or a disclosure type rather than a key (nodalsAi discloses `localStorage`). */
const NOT_KEY_NAMES = new Set(['localstorage', 'sessionstorage', 'indexeddb', 'cookie', 'cookies', 'web']);
const COLON = '\uE000';

/**
 * The rule pattern of a `web` (Web Storage) identifier, or `undefined` when it is not a usable key name: as
 * `cookiePatternFrom` (placeholders → `#`, a trailing `*` kept, leading-`*` "contains"/suffix patterns, spaces,
 * `/` and the other separators refused), except that `:` is allowed, and a storage area's name is not a key.
 */
export function storageKeyPatternFrom(identifier) {
  if (typeof identifier !== 'string' || NOT_KEY_NAMES.has(identifier.trim().toLowerCase())) return undefined;
  return cookiePatternFrom(identifier.replaceAll(':', COLON))?.replaceAll(COLON, ':');
}

/** Hosts whose disclosure URL says nothing about the vendor (shared CDNs, code hosting). */
const SHARED_HOSTS = [
  'jsdelivr.net',
  'github.com',
  'githubusercontent.com',
  'github.io',
  'amazonaws.com',
  'cloudfront.net',
  'googleapis.com',
  'azureedge.net',
  'windows.net',
  'prebid.org',
  'iabeurope.eu',
  'wp.com',
];

/**
 * Rules from Prebid.js module metadata files (each `{ disclosures: { <url>: { disclosures: [...] } }, components: [...] }`).
 * Returns `{ rules, hosts, storageOnly, stats }`: `rules` are `[vendor, category, patterns]` groups (vendor = the Prebid component
 * name that declares the disclosure URL), from its cookies and its Web Storage keys (`type: 'web'`) alike; `hosts` map
 * the registrable domain of the vendor's own disclosure URL to the vendor (a script from that domain is the vendor's),
 * only for vendors with at least one targeting/analytics cookie. `stats` counts per kind of identifier
 * (`cookie`, `web`): read, kept, no purpose signal, unusable name; and `storageOnly`, the web patterns no cookie of the
 * same vendor and category already gives. `storageOnly` lists the patterns no cookie of any vendor gives (the
 * learned-word training leaves them out: it learns cookie-name words).
 */
export function rulesFromPrebidMetadata(modules) {
  const byUrl = new Map(); // disclosure URL → { vendor, items }
  for (const module of modules) {
    const components = Array.isArray(module?.components) ? module.components : [];
    for (const [url, entry] of Object.entries(module?.disclosures ?? {})) {
      if (byUrl.has(url) || !Array.isArray(entry?.disclosures)) continue;
      const component = components.find((c) => c?.disclosureURL === url) ?? components[0];
      const vendor = typeof component?.componentName === 'string' && component.componentName ? component.componentName : undefined;
      if (vendor) byUrl.set(url, { vendor, items: entry.disclosures });
    }
  }
  const groups = new Map(); // `${vendor}\t${category}` → Set(patterns)
  const hostGroups = new Map();
  const count = () => ({ read: 0, kept: 0, noPurposeSignal: 0, badName: 0 });
  const stats = { disclosures: 0, cookie: count(), web: count(), storageOnly: 0 };
  const PATTERN = { cookie: cookiePatternFrom, web: storageKeyPatternFrom };
  const RISK = { analytics: 1, targeting: 2 };
  const fromCookies = new Set(); // `${vendor}\t${category}\t${pattern}` given by a cookie
  const fromStorage = new Set();
  for (const [url, { vendor, items }] of byUrl) {
    stats.disclosures++;
    let vendorCategory;
    for (const item of items) {
      const type = item?.type;
      if (!Object.hasOwn(PATTERN, type) || typeof item.identifier !== 'string') continue;
      stats[type].read++;
      const category = categoryFromTcfPurposes(item.purposes);
      if (!category) {
        stats[type].noPurposeSignal++;
        continue;
      }
      const pattern = PATTERN[type](item.identifier);
      if (!pattern) {
        stats[type].badName++;
        continue;
      }
      stats[type].kept++;
      const key = `${vendor}\t${category}`;
      if (!groups.has(key)) groups.set(key, new Set());
      groups.get(key).add(pattern);
      (type === 'cookie' ? fromCookies : fromStorage).add(`${key}\t${pattern}`);
      if (type === 'cookie' && (!vendorCategory || RISK[category] > RISK[vendorCategory])) vendorCategory = category;
    }
    let host;
    try {
      host = registrableDomain(new URL(url).hostname);
    } catch {
      host = undefined;
    }
    if (vendorCategory && host && !SHARED_HOSTS.includes(host)) {
      const key = `${vendor}\t${vendorCategory}`;
      if (!hostGroups.has(key)) hostGroups.set(key, new Set());
      hostGroups.get(key).add(host);
    }
  }
  const toRules = (map) => [...map.entries()].map(([key, set]) => [...key.split('\t'), [...set].sort()]).sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
  // A host claimed by two vendors is no evidence for either.
  const owners = new Map();
  for (const [key, set] of hostGroups) for (const host of set) owners.set(host, new Set([...(owners.get(host) ?? []), key.split('\t')[0]]));
  for (const set of hostGroups.values()) for (const host of [...set]) if (owners.get(host).size > 1) set.delete(host);
  const storageOnlyKeys = [...fromStorage].filter((k) => !fromCookies.has(k));
  stats.storageOnly = storageOnlyKeys.length;
  const cookiePatterns = new Set([...fromCookies].map((k) => k.split('\t')[2]));
  const storageOnly = [...new Set(storageOnlyKeys.map((k) => k.split('\t')[2]))].filter((p) => !cookiePatterns.has(p)).sort();
  return { rules: toRules(groups), hosts: toRules(hostGroups).filter(([, , h]) => h.length > 0), storageOnly, stats };
}

async function main() {
  const { dir, version, license } = pinnedPackage('prebid.js');
  const { items: modules, sha256 } = readJsonFiles(join(dir, 'metadata', 'modules'));
  const { rules, hosts: allHosts, storageOnly, stats } = rulesFromPrebidMetadata(modules);
  // A host under a domain the curated host rules document is left to them (scripts/generate-cookie-db.mjs).
  const hosts = withoutCuratedDomains(allHosts, await curatedHostDomains());
  writeGeneratedRules({
    file: 'prebid-rules.ts',
    constant: 'PREBID',
    script: 'scripts/import-prebid.mjs',
    source: { name: 'Prebid.js device-storage disclosures', package: `prebid.js@${version}`, licence: license, sha256 },
    rules,
    hosts,
    storageOnly,
  });
  const line = (label, c) => `${c.read} ${label} → ${c.kept} kept (${c.noPurposeSignal} without a purpose signal, ${c.badName} unusable names)`;
  console.log(
    `import-prebid: ${stats.disclosures} vendor disclosures; ${line('cookies', stats.cookie)}; ${line('storage keys', stats.web)}, ${stats.storageOnly} patterns only as storage keys; ${hosts.reduce((n, [, , h]) => n + h.length, 0)} host rules`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
