import { expect, test } from '@playwright/test';
import { runScanner } from '../fixtures/scan-trackers/run-scanner';
import type { ScanJson } from '../fixtures/scan-trackers/run-scanner';
import { startTrackerServer } from '../fixtures/scan-trackers/tracker-server';
import type { TrackerServer } from '../fixtures/scan-trackers/tracker-server';

// The scanner is a separate process with its own Chromium: these tests run it as a CI job would,
// against fixture sites on the test server, with tracker hosts mapped onto a local HTTPS stand-in.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let trackers: TrackerServer;
test.beforeAll(async () => {
  trackers = await startTrackerServer();
});
test.afterAll(async () => {
  await trackers.close();
});

const names = (items: { name: string }[]) => [...new Set(items.map((i) => i.name))].sort();
const leakKeys = (report: ScanJson) => report.leaks.map((l) => `${l.pass} ${l.kind} ${l.name} ${l.category}`).sort();

test('a site without a consent tool: every leak is found and classified, and --fail-on-leak exits 1', async ({ baseURL }) => {
  const start = `${baseURL}/fixtures/scan-leaky/index.html`;
  const run = await runScanner([start, '--host-resolver-rules', trackers.rules, '--fail-on-leak', '--pages', '5']);
  expect(run.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  expect(run.code, run.stderr).toBe(1);
  const report = run.report as ScanJson;
  expect(report.consentTool).toBeNull();
  expect(report.pages.map((p) => [p.url.replace(baseURL as string, ''), p.status])).toEqual([
    ['/fixtures/scan-leaky/index.html', 200],
    ['/fixtures/scan-leaky/products.html', 200],
  ]);
  // What the tracker stand-in really received: the tags ran, before any choice.
  expect(trackers.hits).toEqual(expect.arrayContaining(['www.google-analytics.com /ga.js', 'www.facebook.com /tr', 'ad.doubleclick.net /pixel/logo.svg']));
  expect(leakKeys(report)).toEqual([
    'before cookie _fbp targeting',
    'before cookie _ga analytics',
    'before cookie _gid analytics',
    'before cookie _hjSession_1234 analytics',
    'before cookie ckfx_state targeting',
    'before request ad.doubleclick.net targeting',
    'before request connect.facebook.net targeting',
    'before request static.hotjar.com analytics',
    'before request www.facebook.com targeting',
    'before request www.google-analytics.com analytics',
    'before storage _hjSessionUser_1234 analytics',
  ]);
  // The ad pixel is only on the second page: the crawl followed the link to find it.
  expect(report.leaks.find((l) => l.name === 'ad.doubleclick.net')?.pageUrl).toBe(`${baseURL}/fixtures/scan-leaky/products.html`);
  // First- vs third-party by registrable domain (cookies written by a third-party script from the
  // page are first-party, as _ga is).
  expect(report.requests.find((r) => r.host === 'www.google-analytics.com')).toMatchObject({ thirdParty: true, type: 'script' });
  expect(report.cookies.find((c) => c.name === '_ga')).toMatchObject({ thirdParty: false, category: 'analytics', vendor: 'Google Analytics' });
  // A name no table knows, written by the Meta stand-in's script (from a timer: no current script, the call stack
  // names it): classified from its setter host.
  expect(report.cookies.find((c) => c.name === 'ckfx_state')).toMatchObject({ thirdParty: false, category: 'targeting', vendor: 'Meta' });
  // Unknown stays unknown: listed for the owner, not a leak.
  expect(report.cookies.find((c) => c.name === 'shop_pref')).toMatchObject({ category: null, vendor: null });
  expect(report.requests.find((r) => r.host === 'cdn.assets-fixture.example')).toMatchObject({ thirdParty: true, category: null, type: 'image' });
  expect(report.suggestedConfig.blockRules).toMatchObject({
    'www.google-analytics.com': 'analytics',
    'connect.facebook.net': 'targeting',
    'www.facebook.com/tr': 'targeting',
  });
  expect(report.suggestedConfig.cookies).toMatchObject({ _ga: 'analytics', _fbp: 'targeting', '_hjSession_*': 'analytics' });
  expect(run.read('scan.md')).toContain('## Leaks (11)');
  expect(run.stdout).toMatch(/Scanned 2 page\(s\)/);
});

test("the repo's script-tag example (ConsentKit): no leak, and the accept pass finds the analytics and ad cookies", async ({ baseURL }) => {
  const run = await runScanner([`${baseURL}/examples/script-tag/index.html`, '--pages', '2', '--fail-on-leak']);
  expect(run.code, run.stderr).toBe(0);
  const report = run.report as ScanJson;
  expect(report.consentTool).toBe('consentkit');
  expect(report.leaks).toEqual([]);
  expect(report.cookies.filter((c) => c.pass === 'before')).toEqual([]);
  const accepted = report.cookies.filter((c) => c.pass === 'accept');
  expect(accepted.filter((c) => c.category === 'analytics').map((c) => c.name)).toContain('_ga');
  expect(accepted.filter((c) => c.category === 'targeting').map((c) => c.name)).toContain('_fbp');
  // After "reject all" only the consent cookie itself.
  expect(names(report.cookies.filter((c) => c.pass === 'reject'))).toEqual(['consentkit']);
  const declaration = JSON.parse(run.read('cookie-declaration.json')) as { name: string; provider: string; category: string }[];
  expect(declaration.find((d) => d.name === '_ga')).toMatchObject({ provider: 'Google Analytics', category: 'analytics' });
});

test('a site with vanilla-cookieconsent: the scanner clicks its banner into the accept and reject states', async ({ baseURL }) => {
  const run = await runScanner([`${baseURL}/fixtures/scan-cookieconsent/index.html`, '--host-resolver-rules', trackers.rules, '--pages', '2']);
  expect(run.code, run.stderr).toBe(0);
  const report = run.report as ScanJson;
  expect(report.consentTool).toBe('cookieconsent');
  expect(report.leaks).toEqual([]);
  const pass = (p: string) => names(report.cookies.filter((c) => c.pass === p));
  expect(pass('before')).toEqual([]);
  // Accept all: the tool's own cookie and the gated tags' cookies.
  expect(pass('accept')).toEqual(['_fbp', '_ga', '_gid', 'cc_cookie', 'ckfx_state']);
  // Reject all: the tool's cookie says so, and nothing else was written.
  expect(pass('reject')).toEqual(['cc_cookie']);
  expect(report.requests.filter((r) => r.pass === 'accept').map((r) => r.host)).toContain('www.google-analytics.com');
  expect(report.requests.filter((r) => r.pass !== 'accept')).toEqual([]);
});
