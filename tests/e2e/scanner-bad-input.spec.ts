import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { runScanner } from '../fixtures/scan-trackers/run-scanner';
import type { ScanRun } from '../fixtures/scan-trackers/run-scanner';

// Bad input never ends in a stack trace: one clear line on stderr, exit 2 when the start URL
// could not be scanned at all, and the (partial) report is still written.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

let server: Server;
let base: string;
let closedPort: number;
test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/loop') res.writeHead(302, { Location: '/loop' }).end();
    else if (req.url === '/data.json') res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    else if (req.url === '/hang') {
      // Headers and the start of a page, then nothing: `load` never fires.
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<!doctype html><html lang="en"><title>Slow</title><body><p>Loading');
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const noStackTrace = (run: ScanRun) => {
  expect(run.stderr).not.toMatch(/\n\s+at |Error: /);
  expect(run.stdout).not.toMatch(/\n\s+at /);
};

test('an unreachable URL: a clear message, exit 2, and a partial report', async () => {
  const url = `http://127.0.0.1:${closedPort}/`;
  const run = await runScanner([url]);
  noStackTrace(run);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`consentkit-scan: ${url} could not be reached: connection refused`);
  expect(run.report).toMatchObject({ url, pages: [{ url, status: 0 }], cookies: [], leaks: [], consentTool: null });
  expect(run.read('scan.html')).toContain('could not be reached');
});

test('a URL that is not an HTML page', async () => {
  const run = await runScanner([`${base}/data.json`]);
  noStackTrace(run);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('is not an HTML page (Content-Type: application/json)');
  expect(run.report?.pages).toEqual([{ url: `${base}/data.json`, status: 200 }]);
});

test('a redirect loop', async () => {
  const run = await runScanner([`${base}/loop`]);
  noStackTrace(run);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`${base}/loop redirects in a loop`);
  expect(run.report?.leaks).toEqual([]);
});

test('a page that never finishes loading: a warning and the report of what happened until --max-time', async () => {
  const run = await runScanner([`${base}/hang`, '--max-time', '4']);
  noStackTrace(run);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain(`${base}/hang did not finish loading`);
  expect(run.report?.pages).toEqual([{ url: `${base}/hang`, status: 200 }]);
  expect(run.read('scan.md')).toContain('did not finish loading');
});

test('bad usage and a missing browser exit 2 with the reason', async () => {
  const usage = await runScanner(['--pages', 'many', `${base}/`]);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain('--pages must be a whole number above 0, got "many"');
  expect(usage.stderr).toContain('Usage: consentkit-scan <url>');
  expect(usage.report).toBeUndefined();
  const browser = await runScanner([`${base}/`, '--chromium', '/nonexistent/chromium']);
  expect(browser.code).toBe(2);
  expect(browser.stderr).toContain('--chromium /nonexistent/chromium: no executable file there');
});
