import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import type * as Core from '@consentkit/core';
import { runScanner } from '../fixtures/scan-trackers/run-scanner';
import type { ScanJson, ScanRun } from '../fixtures/scan-trackers/run-scanner';
import { startTrackerServer } from '../fixtures/scan-trackers/tracker-server';
import type { TrackerServer } from '../fixtures/scan-trackers/tracker-server';
import { startSiteServer } from '../fixtures/scan-contract/site-server';
import type { SiteServer } from '../fixtures/scan-contract/site-server';

// `consentkit-scan` as its documentation describes it, checked from the outside: every flag and its
// bad values, scan.json field by field, exit codes, leaks, crawling, the consent tool and the
// suggested config — against sites on real-looking host names mapped with --host-resolver-rules.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let trackers: TrackerServer;
let site: SiteServer;
test.beforeAll(async () => {
  [trackers, site] = await Promise.all([startTrackerServer(), startSiteServer()]);
});
test.afterAll(async () => {
  await Promise.all([trackers.close(), site.close()]);
});

const SHOP = 'http://www.shop-fixture.example/';
const rules = () => `${site.rules}, ${trackers.rules}`;
const noStackTrace = (run: ScanRun) => expect(`${run.stderr}\n${run.stdout}`).not.toMatch(/\n\s+at |\w+Error: /);
const leakKeys = (report: ScanJson) => [...new Set(report.leaks.map((l) => `${l.pass} ${l.kind} ${l.name} ${l.category}`))].sort();
const passes = (items: { pass: string }[]) => [...new Set(items.map((i) => i.pass))].sort();

test('bad command lines exit 2 with a message naming the cause, and scan nothing', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'ck-out-')), 'a-file');
  writeFileSync(file, 'not a folder');
  const cases: [string[], string][] = [
    [[], 'a URL to scan is required'],
    [['ftp://www.shop-fixture.example/'], 'is not an http(s) URL'],
    [['javascript:alert(1)'], 'is not an http(s) URL'],
    [['www.shop-fixture.example'], 'is not a URL'],
    [[SHOP, SHOP], 'one URL expected, got 2'],
    [[SHOP, '--pages', '0'], '--pages must be a whole number above 0, got "0"'],
    [[SHOP, '--pages', '-3'], '--pages must be a whole number above 0, got "-3"'],
    [[SHOP, '--pages', '2.5'], '--pages must be a whole number above 0, got "2.5"'],
    [[SHOP, '--pages', 'ten'], '--pages must be a whole number above 0, got "ten"'],
    [[SHOP, '--pages', '0x10'], '--pages must be a whole number above 0, got "0x10"'],
    [[SHOP, '--pages'], '--pages needs a value'],
    [[SHOP, '--pages', '--fail-on-leak'], '--pages needs a value'],
    [[SHOP, '--max-time', '0'], '--max-time must be a number above 0'],
    [[SHOP, '--max-time', 'soon'], '--max-time must be a number above 0'],
    [[SHOP, '--format', 'pdf'], '--format: unknown format "pdf"'],
    [[SHOP, '--format', 'json,xml'], '--format: unknown format "xml"'],
    [[SHOP, '--region', 'France'], '--region must be an ISO 3166 code'],
    [[SHOP, '--unknown-flag'], "Unknown option '--unknown-flag'"],
    [[SHOP, '--fail-on-leak=yes'], "'--fail-on-leak' does not take an argument"],
    [[SHOP, '--chromium', '/nonexistent/chromium'], '--chromium /nonexistent/chromium: no executable file there'],
    [[SHOP, '--chromium', tmpdir()], `--chromium ${tmpdir()}: no executable file there`],
    [[SHOP, '--out', file], `--out ${file}: cannot create the report folder`],
  ];
  for (const [args, message] of cases) {
    const run = await runScanner(args);
    noStackTrace(run);
    expect(run.code, `${args.join(' ')}\n${run.stderr}`).toBe(2);
    expect(run.stderr, args.join(' ')).toMatch(/^consentkit-scan: /);
    expect(run.stderr.split('\n')[0], args.join(' ')).toContain(message);
    expect(run.stderr, args.join(' ')).not.toContain('scan: page');
    expect(run.report, args.join(' ')).toBeUndefined();
  }
});

test('scan.json has exactly the documented fields and types, party by registrable domain, and --format json writes only JSON', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'ck-scan-')), 'nested', 'reports');
  const chromium = ['/usr/bin/chromium', process.env.CHROMIUM_PATH].find((p) => p && existsSync(p));
  const run = await runScanner([
    SHOP,
    '--host-resolver-rules',
    rules(),
    '--pages',
    '10',
    '--max-time',
    '100',
    '--format',
    'json',
    '--region',
    'FR',
    '--out',
    out,
    ...(chromium ? ['--chromium', chromium] : []),
  ]);
  noStackTrace(run);
  // Leaks, but no --fail-on-leak: exit 0.
  expect(run.code, run.stderr).toBe(0);
  expect(existsSync(join(out, 'scan.json'))).toBe(true);
  expect(existsSync(join(out, 'scan.md'))).toBe(false);
  expect(existsSync(join(out, 'scan.html'))).toBe(false);
  const report = run.report as ScanJson;

  expect(Object.keys(report).sort()).toEqual(['consentTool', 'cookies', 'leaks', 'pages', 'requests', 'scannedAt', 'storage', 'suggestedConfig', 'url']);
  expect(report.url).toBe(SHOP);
  expect(new Date(report.scannedAt).toISOString()).toBe(report.scannedAt);
  expect(report.consentTool).toBeNull();

  // Same-site links only (www and blog of shop-fixture.example), breadth first; a 404 page with its status; no PDF.
  expect(report.pages).toEqual([
    { url: SHOP, status: 200 },
    { url: 'http://www.shop-fixture.example/about', status: 200 },
    { url: 'http://blog.shop-fixture.example/post', status: 200 },
    { url: 'http://www.shop-fixture.example/gone', status: 404 },
  ]);

  const PASSES = ['before', 'accept', 'reject'];
  for (const c of report.cookies) {
    expect(Object.keys(c).sort()).toEqual([
      'category',
      'domain',
      'expires',
      'httpOnly',
      'name',
      'pageUrl',
      'pass',
      'path',
      'sameSite',
      'secure',
      'thirdParty',
      'vendor',
    ]);
    for (const key of ['name', 'domain', 'path', 'sameSite', 'pageUrl'] as const) expect(typeof c[key]).toBe('string');
    for (const key of ['httpOnly', 'secure', 'thirdParty'] as const) expect(typeof c[key]).toBe('boolean');
    expect(c.expires === null || Number.isFinite(c.expires)).toBe(true);
    expect(c.category === null || typeof c.category === 'string').toBe(true);
    expect(c.vendor === null || typeof c.vendor === 'string').toBe(true);
    expect(PASSES).toContain(c.pass);
  }
  const cookie = (name: string) => report.cookies.find((c) => c.name === name);
  expect(cookie('PHPSESSID')).toEqual({
    name: 'PHPSESSID',
    domain: 'www.shop-fixture.example',
    path: '/',
    expires: null,
    httpOnly: true,
    secure: false,
    sameSite: expect.any(String),
    thirdParty: false,
    pass: 'before',
    pageUrl: SHOP,
    category: 'necessary',
    vendor: expect.anything(),
  });
  const pref = cookie('shop_pref');
  expect(pref).toMatchObject({ domain: '.shop-fixture.example', sameSite: 'Strict', thirdParty: false, category: null, vendor: null });
  const now = Date.now() / 1000;
  expect(pref?.expires).toBeGreaterThan(now + 3000);
  expect(pref?.expires).toBeLessThan(now + 3700);
  // Set on the blog's host: the same site.
  expect(cookie('blog_layout')).toMatchObject({ domain: 'blog.shop-fixture.example', thirdParty: false, pageUrl: 'http://blog.shop-fixture.example/post' });
  expect(cookie('_ga')).toMatchObject({ thirdParty: false, category: 'analytics' });
  // Listed once per (name, domain, path) and pass, with the first page that showed it.
  const keys = report.cookies.map((c) => `${c.name} ${c.domain} ${c.path} ${c.pass}`);
  expect(new Set(keys).size).toBe(keys.length);

  for (const r of report.requests) {
    expect(Object.keys(r).sort()).toEqual(['category', 'host', 'pass', 'thirdParty', 'type', 'url']);
    expect(PASSES).toContain(r.pass);
    expect(new URL(r.url).hostname).toBe(r.host);
  }
  const request = (host: string) => report.requests.find((r) => r.host === host);
  expect(request('cdn.other-fixture.example')).toMatchObject({ type: 'image', thirdParty: true, category: null });
  expect(request('api.other-fixture.example')).toMatchObject({ type: 'fetch', thirdParty: true, category: null });
  expect(request('www.google-analytics.com')).toMatchObject({ type: 'script', thirdParty: true, category: 'analytics' });
  // The shop's own static host is first party and no tracker: not listed.
  expect(request('static.shop-fixture.example')).toBeUndefined();

  for (const s of report.storage) {
    expect(Object.keys(s).sort()).toEqual(['area', 'category', 'key', 'pass']);
    expect(['local', 'session']).toContain(s.area);
  }
  expect(report.storage).toContainEqual({ key: '_hjSessionUser_7', area: 'local', pass: 'before', category: 'analytics' });
  expect(report.storage).toContainEqual({ key: 'cart_draft', area: 'session', pass: 'before', category: null });

  for (const l of report.leaks) {
    expect(Object.keys(l).sort()).toEqual(['category', 'kind', 'name', 'pageUrl', 'pass']);
    expect(['cookie', 'request', 'storage']).toContain(l.kind);
    expect(['before', 'reject']).toContain(l.pass);
    expect(typeof l.category).toBe('string');
    expect(l.category).not.toBe('necessary');
  }
  // No consent tool: only the "before" pass, and what it did before any choice leaks — unknown and necessary items never.
  expect(passes([...report.cookies, ...report.requests, ...report.storage])).toEqual(['before']);
  expect(leakKeys(report)).toEqual([
    'before cookie _ga analytics',
    'before cookie _gid analytics',
    'before request www.google-analytics.com analytics',
    'before storage _hjSessionUser_7 analytics',
  ]);

  // The suggested config is in the config's value shapes and passes ConsentKit's own validation.
  expect(Object.keys(report.suggestedConfig).sort()).toEqual(['blockRules', 'cookies']);
  for (const record of [report.suggestedConfig.cookies, report.suggestedConfig.blockRules]) {
    for (const value of Object.values(record)) expect(typeof value).toBe('string');
  }
  expect(report.suggestedConfig.cookies).toMatchObject({ _ga: 'analytics', PHPSESSID: 'necessary' });
  expect(report.suggestedConfig.cookies).not.toHaveProperty('shop_pref');
  expect(report.suggestedConfig.blockRules).toEqual({ 'www.google-analytics.com': 'analytics' });
  // The built package, as a site would import it (types from the sources: dist/ exists only after the build).
  const coreDist = pathToFileURL(fileURLToPath(new URL('../../packages/core/dist/index.js', import.meta.url))).href;
  const { createConsentManager } = (await import(coreDist)) as typeof Core;
  const manager = createConsentManager({ policyVersion: '2026-12-01', region: 'FR', ...report.suggestedConfig });
  expect(manager.config.cookies).toMatchObject(report.suggestedConfig.cookies);
  expect(manager.config.blockRules).toMatchObject(report.suggestedConfig.blockRules);
});

test('a cookieconsent site: leaks before consent and after "reject all", none after "accept all"; --pages limit; --fail-on-leak exits 1', async ({
  baseURL,
}) => {
  const base = `${baseURL}/fixtures/scan-contract`;
  const run = await runScanner([`${base}/index.html`, '--host-resolver-rules', trackers.rules, '--pages', '3', '--fail-on-leak', '--format', 'md,json']);
  noStackTrace(run);
  expect(run.code, run.stderr).toBe(1);
  expect(existsSync(join(run.out, 'scan.md'))).toBe(true);
  expect(existsSync(join(run.out, 'scan.html'))).toBe(false);
  const report = run.report as ScanJson;
  expect(report.consentTool).toBe('cookieconsent');
  // Three pages at most, in link order; the gone page is listed with its status.
  expect(report.pages).toEqual([
    { url: `${base}/index.html`, status: 200 },
    { url: `${base}/page2.html`, status: 200 },
    { url: `${base}/missing.html`, status: 404 },
  ]);
  expect(passes(report.cookies)).toEqual(['accept', 'reject']);
  // The site's bug: Google Analytics loads on any decision, "reject all" included.
  expect(leakKeys(report)).toEqual([
    'before storage _hjSessionUser_42 analytics',
    'reject cookie _ga analytics',
    'reject cookie _gid analytics',
    'reject request www.google-analytics.com analytics',
    'reject storage _hjSessionUser_42 analytics',
  ]);
  expect(report.requests.filter((r) => r.host === 'www.google-analytics.com').map((r) => r.pass)).toEqual(expect.arrayContaining(['accept', 'reject']));
  expect(report.leaks.find((l) => l.pass === 'reject' && l.kind === 'request')?.pageUrl).toBe(`${base}/index.html`);
});

test("ConsentKit with the site's own consent UI (no ConsentKit banner): no choice is made, and those passes are left out rather than reported", async ({
  baseURL,
}) => {
  const run = await runScanner([`${baseURL}/fixtures/scan-contract/own-ui/index.html?banner=0&region=FR`, '--pages', '1']);
  noStackTrace(run);
  expect(run.code, run.stderr).toBe(0);
  const report = run.report as ScanJson;
  expect(report.consentTool).toBe('consentkit');
  expect(run.stderr).toContain('could not make the "accept all" choice');
  expect(run.stderr).toContain('could not make the "reject all" choice');
  // The server sets _ga on every page view: a leak before any choice, never one "after reject all" that never happened.
  expect(passes([...report.cookies, ...report.requests, ...report.storage])).toEqual(['before']);
  expect(leakKeys(report)).toEqual(['before cookie _ga analytics']);
});

test('ConsentKit bundled from npm is "consentkit": the choice is made in its banner (opt-out regime, German texts)', async ({ baseURL }) => {
  const url = `${baseURL}/fixtures/scan-contract/npm.html?lang=de`;
  const run = await runScanner([url, '--host-resolver-rules', trackers.rules, '--pages', '1']);
  noStackTrace(run);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).not.toContain('could not make');
  const report = run.report as ScanJson;
  expect(report.consentTool).toBe('consentkit');
  // Both choices recorded: the consent cookie is there after each.
  const consentCookie = report.cookies.filter((c) => c.name === 'consentkit').map((c) => c.pass);
  expect(consentCookie.sort()).toEqual(['accept', 'reject']);
  // Accept all runs the analytics tag; reject all leaves no tracker request and no leak.
  expect(report.requests.some((r) => r.pass === 'accept' && r.host === 'www.google-analytics.com')).toBe(true);
  expect(report.requests.filter((r) => r.pass === 'reject' && r.category !== null)).toEqual([]);
  expect(report.leaks.filter((l) => l.pass === 'reject')).toEqual([]);
});

test("the repo's npm SPA example (opt-in) is scanned as a ConsentKit site without leaks", async ({ baseURL }) => {
  const run = await runScanner([`${baseURL}/examples/spa/index.html`, '--pages', '1', '--fail-on-leak']);
  expect(run.code, run.stderr).toBe(0);
  const report = run.report as ScanJson;
  expect(report.consentTool).toBe('consentkit');
  expect(report.leaks).toEqual([]);
  expect(
    report.cookies
      .filter((c) => c.name === 'consentkit')
      .map((c) => c.pass)
      .sort(),
  ).toEqual(['accept', 'reject']);
});

test('a site with Klaro is "klaro": the scanner clicks its notice into the accept and decline states', async ({ baseURL }) => {
  const run = await runScanner([`${baseURL}/fixtures/scan-contract/klaro.html`, '--host-resolver-rules', trackers.rules, '--pages', '1', '--fail-on-leak']);
  noStackTrace(run);
  expect(run.code, run.stderr).toBe(0);
  const report = run.report as ScanJson;
  expect(report.consentTool).toBe('klaro');
  expect(report.leaks).toEqual([]);
  // Klaro's own cookie records each choice; only "accept all" runs the gated analytics tag.
  expect(
    report.cookies
      .filter((c) => c.name === 'klaro')
      .map((c) => c.pass)
      .sort(),
  ).toEqual(['accept', 'reject']);
  expect(report.requests.some((r) => r.pass === 'accept' && r.host === 'www.google-analytics.com')).toBe(true);
  expect(report.requests.filter((r) => r.pass !== 'accept')).toEqual([]);
});

test('ConsentKit that an app starts after the page loaded is still found and decided', async ({ baseURL }) => {
  const run = await runScanner([`${baseURL}/fixtures/scan-contract/npm.html?region=FR&delay=1500`, '--host-resolver-rules', trackers.rules, '--pages', '1']);
  noStackTrace(run);
  expect(run.code, run.stderr).toBe(0);
  const report = run.report as ScanJson;
  expect(report.consentTool).toBe('consentkit');
  expect(
    report.cookies
      .filter((c) => c.name === 'consentkit')
      .map((c) => c.pass)
      .sort(),
  ).toEqual(['accept', 'reject']);
  expect(report.leaks).toEqual([]);
});

test('a start URL that redirects: the page it lands on is not crawled a second time', async () => {
  const run = await runScanner(['http://www.shop-fixture.example/start', '--host-resolver-rules', rules(), '--pages', '10', '--format', 'json']);
  noStackTrace(run);
  expect(run.code, run.stderr).toBe(0);
  const report = run.report as ScanJson;
  // /about links back to "/", where /start landed.
  expect(report.pages.map((p) => p.url)).toEqual([
    'http://www.shop-fixture.example/start',
    'http://www.shop-fixture.example/about',
    'http://blog.shop-fixture.example/post',
    'http://www.shop-fixture.example/gone',
  ]);
  expect(report.pages[0]?.status).toBe(200);
});

test('a --max-time too short for the start page: exit 2 naming it, not an empty report with exit 0', async () => {
  const run = await runScanner([SHOP, '--host-resolver-rules', rules(), '--max-time', '0.01', '--format', 'json']);
  noStackTrace(run);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toContain('consentkit-scan: --max-time 0.01 s ran out before the start page was scanned');
  expect(run.report?.pages).toEqual([]);
});
