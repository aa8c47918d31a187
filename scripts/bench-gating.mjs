#!/usr/bin/env node
// Benchmark of gating in real Chromium (playwright-core, the Debian build at /usr/bin/chromium
// or CHROMIUM_PATH). Prints, as a ratio to the same work without gating:
//   - a document.cookie write through the cookie guard (a declared cookie that is allowed,
//     and a tracker cookie that is dropped);
//   - inserting 1,000 non-tracker elements (divs and data: images) with the insertion
//     patches, src interception and the MutationObserver installed (observer callbacks
//     included in the time);
//   - 500 image URLs set by property, 500 innerHTML writes, and enableGating() start-up.
// Pages run side by side — without gating, with only an empty MutationObserver on the document
// (the floor of watching the page), and with `enableGating` — alternating rounds; medians are
// reported. It measures and prints; it never fails on a timing.
// Needs the built core: `node scripts/build.mjs core`. Run alone: `node scripts/bench-gating.mjs`
// (or `pnpm bench gating`).
//   BENCH_GATING_HARNESS=<file>  the gating harness to load instead of tests/fixtures/.build/gating.js
//                                (a bundle of tests/fixtures/gating/gating.entry.ts; not rebuilt then)
//   BENCH_GATING_BEFORE=<file>   a third page with gating from another harness build (e.g. one built
//                                before a change), measured in the same rounds: a "before" column
//   BENCH_PORT=<port>            the server's port (default 4299)
//   BENCH_GATING_ROUNDS=<n>      rounds per case (default 31; more steadies the medians on a busy machine)
// The page is served cross-origin isolated (COOP + COEP headers added by the test's router), so
// `performance.now()` counts in 5 µs steps instead of 100 µs: the insertion case takes about
// 3 ms, and 100 µs steps rounded its medians to a few percent.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildHarnesses } from '../tests/build-harness.mjs';
import { chromiumLaunchOptions } from './chromium-launch.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.BENCH_PORT ?? 4299);
const ROUNDS = Number(process.env.BENCH_GATING_ROUNDS ?? 31);
const WARMUP = 5;
const COOKIE_WRITES = 2000;
const ELEMENTS = 1000;

if (!existsSync(join(root, 'packages', 'core', 'dist', 'index.js'))) {
  console.error('bench-gating: packages/core/dist is missing; run `node scripts/build.mjs core` first.');
  process.exit(1);
}
if (!process.env.BENCH_GATING_HARNESS) await buildHarnesses();

const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), '--port', String(PORT), '--quiet'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/__health`)).ok) break;
  } catch {
    if (i > 100) throw new Error(`bench-gating: the server on port ${PORT} did not start`);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const browser = await chromium.launch(chromiumLaunchOptions({ headless: true }));

try {
  const open = async (gated, harness = process.env.BENCH_GATING_HARNESS, observer = false) => {
    const context = await browser.newContext();
    if (harness) await context.route('**/fixtures/.build/gating.js', (route) => route.fulfill({ path: harness, contentType: 'text/javascript' }));
    await context.route('**/fixtures/gating/manual.html', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers(), 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
      await route.fulfill({ response, headers });
    });
    const page = await context.newPage();
    await page.goto(`${base}/fixtures/gating/manual.html`);
    if (!(await page.evaluate(() => crossOriginIsolated))) console.warn('bench-gating: the page is not cross-origin isolated; timings count in 100 µs steps');
    // The floor of any design that watches the document: an empty MutationObserver, no patches.
    if (observer) await page.evaluate(() => new MutationObserver(() => {}).observe(document, { childList: true, subtree: true }));
    await page.evaluate((on) => {
      if (!on) return;
      const { createConsentManager, enableGating } = window.ConsentKitTest;
      // A site that declared its own cookie; analytics denied (an undecided EU visitor).
      const consent = createConsentManager({ policyVersion: 'bench', region: 'FR', cookies: { 'site_*': 'necessary' } });
      enableGating(consent);
    }, gated);
    return page;
  };
  const pages = { native: await open(false), observer: await open(false, undefined, true) };
  if (process.env.BENCH_GATING_BEFORE) pages.before = await open(true, process.env.BENCH_GATING_BEFORE);
  pages.gated = await open(true);
  const kinds = Object.keys(pages);

  const cookieRound = (page, names) =>
    page.evaluate(
      ([n, count]) => {
        const start = performance.now();
        for (let i = 0; i < count; i++) document.cookie = `${n[i % n.length]}=v${i}; path=/; max-age=60`;
        return (performance.now() - start) / count;
      },
      [names, COOKIE_WRITES],
    );
  const insertRound = (page) =>
    page.evaluate(async (count) => {
      const host = document.createElement('section');
      document.body.append(host);
      const start = performance.now();
      for (let i = 0; i < count; i++) {
        if (i % 10 === 0) {
          const img = document.createElement('img');
          img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
          img.alt = '';
          host.appendChild(img);
        } else {
          const div = document.createElement('div');
          div.className = 'row';
          div.textContent = 'row ' + i;
          host.appendChild(div);
        }
      }
      // Mutation-observer callbacks run at this microtask checkpoint: include them.
      await Promise.resolve();
      const elapsed = performance.now() - start;
      host.remove();
      return elapsed;
    }, ELEMENTS);

  // 500 image URLs set by property (the src setter), and 500 innerHTML writes (rewrite and
  // check of what was parsed), into a connected element; observer callbacks included.
  const imgRound = (page) =>
    page.evaluate(async () => {
      const start = performance.now();
      for (let i = 0; i < 500; i++) new Image().src = `data:image/gif;base64,R0lGODlhAQABAAAAACw=#${i}`;
      await Promise.resolve();
      return performance.now() - start;
    });
  const htmlRound = (page) =>
    page.evaluate(async () => {
      const host = document.createElement('section');
      document.body.append(host);
      const start = performance.now();
      for (let i = 0; i < 500; i++) host.innerHTML = `<p class="row">row ${i}</p><img alt="" src="/logo.png?${i}"><a href="/p/${i}">link</a>`;
      await Promise.resolve();
      const elapsed = performance.now() - start;
      host.remove();
      return elapsed;
    });
  // Start-up: enableGating() on a fresh manager (installing every patch), then stop().
  const startRound = (page) =>
    page.evaluate(
      (gated) => {
        const { createConsentManager, enableGating } = window.ConsentKitTest;
        const consent = createConsentManager({ policyVersion: 'bench-' + Math.random(), region: 'FR' });
        const start = performance.now();
        if (gated) enableGating(consent).stop();
        return performance.now() - start;
      },
      page === pages.gated || page === pages.before,
    );

  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const measure = async (round) => {
    const times = Object.fromEntries(kinds.map((kind) => [kind, []]));
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      for (const kind of i % 2 ? [...kinds].reverse() : kinds) {
        const t = await round(pages[kind]);
        if (i >= WARMUP) times[kind].push(t);
      }
    }
    // The fastest round too: on a shared machine it is the one least disturbed by other work.
    return Object.fromEntries(
      kinds.flatMap((kind) => [
        [kind, median(times[kind])],
        [`${kind}Min`, Math.min(...times[kind])],
      ]),
    );
  };

  const rows = [
    ['document.cookie write, declared cookie (allowed)', await measure((p) => cookieRound(p, ['site_a', 'site_b', 'site_c', 'site_d'])), 'µs/write', 1000],
    ['document.cookie write, tracker cookies _ga/_fbp (dropped)', await measure((p) => cookieRound(p, ['_ga', '_gid', '_fbp', '_gcl_au'])), 'µs/write', 1000],
    [`insert ${ELEMENTS} non-tracker elements (+ observer)`, await measure(insertRound), 'ms', 1],
    ['500 × new Image().src = non-tracker URL', await measure(imgRound), 'ms', 1],
    ['500 × innerHTML = <p><img><a> (connected)', await measure(htmlRound), 'ms', 1],
    ['start-up: enableGating() + stop() (native: nothing)', await measure(startRound), 'ms', 1],
  ];
  const version = browser.version();
  console.log(`gating benchmark — Chromium ${version}, median of ${ROUNDS} rounds (after ${WARMUP} warm-up), goal ≤ 1.5× native`);
  console.log(`${'case'.padEnd(54)} ${kinds.map((kind) => kind.padStart(12) + (kind === 'native' ? '' : '  ratio ')).join(' ')}`);
  for (const [name, times, unit, scale] of rows) {
    const f = (kind) =>
      `${(times[kind] * scale).toFixed(2)} ${unit}`.padStart(12) + (kind === 'native' ? '' : `  ${(times[kind] / times.native).toFixed(2)}×`.padEnd(8));
    console.log(`${name.padEnd(54)} ${kinds.map(f).join(' ')}`);
  }
  console.log(`fastest round of ${ROUNDS}, as a ratio to native: ${kinds.filter((kind) => kind !== 'native').join(' / ')}`);
  for (const [name, times] of rows)
    console.log(
      `${name.padEnd(54)} ${kinds
        .slice(1)
        .map((kind) => `${(times[`${kind}Min`] / times.nativeMin).toFixed(2)}×`)
        .join(' / ')}`,
    );
  console.log('observer: no gating, only an empty MutationObserver on the document (what watching the page costs by itself).');
  console.log('Note: the dropped write skips the browser cookie store, so it can be cheaper than native.');
} finally {
  await browser.close();
  server.kill();
}
