#!/usr/bin/env node
// Core start-up and cookie decoding costs. Prints figures; asserts nothing.
//  - createConsentManager() in real Chromium (what every page view pays), undecided and decided
//  - decodeConsent() in Node (the strict cookie parser), per call
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildHarnesses } from '../tests/build-harness.mjs';
import { chromiumLaunchOptions } from './chromium-launch.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'packages/core/dist/index.js'))) {
  console.error('bench-core: build first (pnpm build)');
  process.exit(1);
}
const { decodeConsent, encodeConsent } = await import(pathToFileURL(join(root, 'packages/core/dist/internal.js')).href);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// decodeConsent in Node
const value = encodeConsent({
  decided: true,
  timestamp: Date.now() - 1000,
  policyVersion: '2026-11-01',
  choices: { necessary: true, analytics: true, targeting: false, functional: true },
  method: 'custom',
  gpc: false,
  gpcOverride: false,
  subjectId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  recordId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
});
const N = 100_000;
const runs = [];
for (let r = 0; r < 7; r++) {
  const t = performance.now();
  for (let i = 0; i < N; i++) decodeConsent(value);
  runs.push(performance.now() - t);
}
console.log(`decodeConsent (Node):          ${((median(runs) / N) * 1e6).toFixed(0)} ns per call (median of 7 × ${N})`);

// createConsentManager in Chromium
await buildHarnesses();
const port = 4297;
const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '--port', String(port), '--quiet'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/fixtures/core/index.html`);
  const measure = (decided) =>
    page.evaluate(async (decided) => {
      const config = { policyVersion: '2026-11-01', region: 'FR' };
      if (decided) window.createConsentManager(config).acceptAll();
      else document.cookie = 'consentkit=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
      // Chromium coarsens performance.now() (to 100 µs without cross-origin isolation), so
      // time batches of 100 and report the per-call mean of each batch.
      const batches = [];
      for (let b = 0; b < 15; b++) {
        const made = [];
        const t = performance.now();
        for (let i = 0; i < 100; i++) made.push(window.createConsentManager(config));
        batches.push((performance.now() - t) / 100);
        for (const m of made) m.destroy();
      }
      batches.sort((a, b) => a - b);
      return { median: batches[7], p95: batches[14] };
    }, decided);
  for (const decided of [false, true]) {
    const { median: m, p95 } = await measure(decided);
    console.log(
      `createConsentManager (Chromium, ${decided ? 'returning visitor' : 'first visit'}): median ${(m * 1000).toFixed(0)} µs, worst batch ${(p95 * 1000).toFixed(0)} µs per call (15 batches × 100)`,
    );
  }
} finally {
  await browser.close();
  server.kill();
}
