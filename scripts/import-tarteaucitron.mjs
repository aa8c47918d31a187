#!/usr/bin/env node
// `node scripts/import-tarteaucitron.mjs`: cookie and setter-host rules from the service catalogue of the
// tarteaucitron.js consent manager (npm `tarteaucitronjs`, MIT, file `tarteaucitron.services.js`). Each service there
// declares its `type` (ads, analytic, social, video, support, …), the `cookies` it sets (so the consent manager can
// delete them on refusal) and, in its `js` loader, the URLs of the vendor scripts it inserts. This script evaluates
// the catalogue in an isolated `node:vm` context with a stub `tarteaucitron` object (the loaders are never called),
// then writes packages/cookie-db/src/generated/tarteaucitron-rules.ts. Reproducible from the exact devDependency
// version in packages/cookie-db/package.json; run `pnpm generate:cookie-db` afterwards.
//
// Mapping (docs/cookie-classification.md): ads, social, video, comment → targeting (embeds and share buttons of
// these services profile visitors across sites); analytic → analytics; support (chat widgets) → functional; api,
// other and google (mixed purposes: fonts, maps, captchas, tag managers) → no rule. A service declared with
// `needConsent: false` gives no rule either: an import never says `necessary`.
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { cookiePatternFrom, writeGeneratedRules, curatedHostDomains, withoutCuratedDomains } from './generate-cookie-db.mjs';
import { pinnedPackage, readHashed } from './read-pinned-source.mjs';

/** tarteaucitron service type → ConsentKit category; a type not listed gives no rule. */
export const TARTEAUCITRON_TYPE_CATEGORY = {
  ads: 'targeting',
  social: 'targeting',
  video: 'targeting',
  comment: 'targeting',
  analytic: 'analytics',
  support: 'functional',
};

/** Script hosts shared by many unrelated services (public CDNs): a script from them says nothing about a vendor. */
const SHARED_HOSTS =
  /(^|\.)(jsdelivr\.net|cdnjs\.cloudflare\.com|unpkg\.com|ajax\.googleapis\.com|code\.jquery\.com|gstatic\.com|cloudfront\.net|amazonaws\.com|azureedge\.net|googleapis\.com|github\.io|githubusercontent\.com)$/;
const SCRIPT_URL_RE = /(?:https?:)?\/\/([a-z0-9][a-z0-9.-]*\.[a-z]{2,})(?=[/'":?])/gi;

/** Evaluates the catalogue's source with a stub `tarteaucitron` global; returns its `services` object. */
export function loadTarteaucitronServices(source) {
  const tarteaucitron = { services: {}, user: {}, lang: {}, parameters: {} };
  const sandbox = { tarteaucitron, window: {}, document: {}, navigator: {} };
  vm.runInNewContext(source, sandbox, { timeout: 2000 });
  return tarteaucitron.services;
}

/** Vendor name without tarteaucitron's variant suffix: `Facebook (like box)` → `Facebook`. */
const vendorOf = (service) =>
  String(service.name ?? service.key)
    .replace(/\s*\(.*\)\s*$/, '')
    .trim();

/**
 * Rules from tarteaucitron services (`{ key: { name, type, needConsent, cookies: [...], js } }`).
 * Returns `{ rules, hosts, stats }` in the curated tables' `[vendor, category, patterns]` shape. Hosts come from the
 * URLs written in each service's loader; a host used by services of different vendors is dropped.
 */
export function rulesFromTarteaucitronServices(services) {
  const groups = new Map();
  const hostVendors = new Map(); // host → Map(vendor → category)
  const stats = { services: 0, withCookies: 0, cookies: 0, kept: 0, noCategory: 0 };
  const add = (map, vendor, category, value) => {
    const key = `${vendor}\t${category}`;
    if (!map.has(key)) map.set(key, new Set());
    map.get(key).add(value);
  };
  for (const service of Object.values(services ?? {})) {
    if (!service || typeof service !== 'object') continue;
    stats.services++;
    const cookies = Array.isArray(service.cookies) ? service.cookies.filter((c) => typeof c === 'string') : [];
    if (cookies.length) stats.withCookies++;
    stats.cookies += cookies.length;
    const category = TARTEAUCITRON_TYPE_CATEGORY[service.type];
    if (!category || service.needConsent === false) {
      stats.noCategory += cookies.length;
      continue;
    }
    const vendor = vendorOf(service);
    for (const cookie of cookies) {
      const pattern = cookiePatternFrom(cookie);
      if (!pattern) continue;
      add(groups, vendor, category, pattern);
      stats.kept++;
    }
    const code = typeof service.js === 'function' ? String(service.js) : '';
    for (const [, rawHost] of code.matchAll(SCRIPT_URL_RE)) {
      const host = rawHost.toLowerCase();
      if (SHARED_HOSTS.test(host)) continue;
      if (!hostVendors.has(host)) hostVendors.set(host, new Map());
      hostVendors.get(host).set(vendor, category);
    }
  }
  const hostGroups = new Map();
  for (const [host, vendors] of hostVendors) {
    if (vendors.size !== 1) continue;
    const [[vendor, category]] = vendors;
    add(hostGroups, vendor, category, host);
  }
  const toRules = (map) => [...map.entries()].map(([key, set]) => [...key.split('\t'), [...set].sort()]).sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
  return { rules: toRules(groups), hosts: toRules(hostGroups), stats };
}

async function main() {
  const { dir, version, license } = pinnedPackage('tarteaucitronjs');
  const {
    texts: [source],
    sha256,
  } = readHashed(dir, ['tarteaucitron.services.js']);
  const { rules, hosts: allHosts, stats } = rulesFromTarteaucitronServices(loadTarteaucitronServices(source));
  // A host under a domain the curated host rules document is left to them (scripts/generate-cookie-db.mjs).
  const hosts = withoutCuratedDomains(allHosts, await curatedHostDomains());
  writeGeneratedRules({
    file: 'tarteaucitron-rules.ts',
    constant: 'TARTEAUCITRON',
    script: 'scripts/import-tarteaucitron.mjs',
    source: {
      name: 'tarteaucitron.js service catalogue',
      package: `tarteaucitronjs@${version}`,
      licence: license,
      sha256,
    },
    rules,
    hosts,
  });
  console.log(
    `import-tarteaucitron: ${stats.services} services (${stats.withCookies} declare cookies), ${stats.cookies} cookies → ${stats.kept} kept (${stats.noCategory} in services without a purpose category)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
