#!/usr/bin/env node
// `pnpm bench peers`: ConsentKit's script tag side by side with the open-source peers
// (vanilla-cookieconsent, Klaro, Osano cookieconsent, tarteaucitron, c15t), installed from npm
// as dev dependencies. One equivalent page per tool (scripts/bench-peers/pages.mjs) is served on
// 127.0.0.1 and loaded in fresh Chromium contexts, the tools interleaved run by run, under three
// conditions: no throttling, 4× CPU throttling, and 100 ms of added network latency.
//
// Printed per tool: bytes of its JS+CSS (raw, gzip, brotli) for a first visit (in all, and what had arrived when the banner became visible) and a returning visit,
// the page's first contentful paint, when the banner became visible (median, p90), main-thread
// CPU, long tasks, layout shift, whether a click at the moment the banner became visible works,
// and correctness (tags held before a choice, run after "accept all", still held after "reject
// all" and after a reload). Then ConsentKit's ratio to each peer. Figures only: a benchmark never
// passes or fails on a timing. JSON goes to .reports/bench-peers.json.
//
// Options: --runs N (default 15), --tools a,b (default all), --conditions 1x,4x,latency,
// --json PATH, --serve (only serve the pages and print their URLs). Needs `pnpm build` first (it loads packages/consentkit/dist).
// BENCH_PEERS_DIST=<dir> serves another build of the script-tag files instead of packages/consentkit/dist;
// BENCH_PEERS_BEFORE=<dir> adds a tool `consentkit-before`: the same page loading that (older) build, so a
// change is measured before/after within one run.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { C15T_ENTRY, TOOLS, tagScript, withScriptBase } from './bench-peers/pages.mjs';
import { chromiumLaunchOptions } from './chromium-launch.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const RUNS = Number(option('runs', process.env.BENCH_RUNS ?? '15'));
const BEFORE_DIST = process.env.BENCH_PEERS_BEFORE;
if (BEFORE_DIST) TOOLS['consentkit-before'] = withScriptBase(TOOLS.consentkit, '/ck-before/');
const TOOL_NAMES = option('tools', Object.keys(TOOLS).join(',')).split(',');
const CONDITIONS = {
  '1x': { cpu: 1, latency: 0 },
  '4x': { cpu: 4, latency: 0 },
  latency: { cpu: 1, latency: 100 },
};
const CONDITION_NAMES = option('conditions', Object.keys(CONDITIONS).join(',')).split(',');
const JSON_OUT = option('json', join(root, '.reports', 'bench-peers.json'));

for (const name of TOOL_NAMES) if (!TOOLS[name]) throw new Error(`bench-peers: unknown tool "${name}" (known: ${Object.keys(TOOLS).join(', ')})`);
for (const name of CONDITION_NAMES)
  if (!CONDITIONS[name]) throw new Error(`bench-peers: unknown condition "${name}" (known: ${Object.keys(CONDITIONS).join(', ')})`);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('bench-peers: --runs must be a whole number ≥ 1');
const ckDist = process.env.BENCH_PEERS_DIST ?? join(root, 'packages/consentkit/dist');
for (const dir of [ckDist, BEFORE_DIST].filter(Boolean)) {
  if (existsSync(join(dir, 'consentkit.min.js'))) continue;
  console.error(`bench-peers: ${join(dir, 'consentkit.min.js')} is missing; run \`pnpm build\` first.`);
  process.exit(2);
}

// c15t is an ES module package; its page loads one bundle made here, as a site would ship it.
const c15tDir = mkdtempSync(join(tmpdir(), 'ck-bench-c15t-'));
await build({
  stdin: { contents: C15T_ENTRY, resolveDir: root, loader: 'js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: join(c15tDir, 'c15t-page.js'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});

const MOUNTS = [
  ['/ck/', ckDist],
  ...(BEFORE_DIST ? [['/ck-before/', BEFORE_DIST]] : []),
  ['/c15t/', c15tDir],
  ['/peers/vanilla-cookieconsent/', join(root, 'node_modules/vanilla-cookieconsent')],
  ['/peers/klaro/', join(root, 'node_modules/klaro')],
  ['/peers/cookieconsent/', join(root, 'node_modules/cookieconsent')],
  ['/peers/tarteaucitronjs/', join(root, 'node_modules/tarteaucitronjs')],
];
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html' };

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // Every response is uncacheable: each page view below pays what a first page view pays.
  const send = (status, type, body) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  const page = /^\/page\/([\w-]+)$/.exec(path);
  if (page && TOOLS[page[1]]) return send(200, 'text/html; charset=utf-8', TOOLS[page[1]].html(req));
  const tag = /^\/tags\/(analytics|ads)\.js$/.exec(path);
  if (tag) return send(200, 'text/javascript', tagScript(tag[1]));
  for (const [prefix, dir] of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir) || !existsSync(file)) break;
    const ext = file.slice(file.lastIndexOf('.'));
    return send(200, TYPES[ext] ?? 'application/octet-stream', readFileSync(file));
  }
  send(404, 'text/plain', 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
if (process.argv.includes('--serve')) {
  // For looking at the pages by hand: `node scripts/bench-peers.mjs --serve`, Ctrl-C to stop.
  for (const name of TOOL_NAMES) console.log(`${name.padEnd(24)}${origin}/page/${name}`);
  await new Promise(() => {});
}

const browser = await chromium.launch(chromiumLaunchOptions());

/** In the page, from its first byte: paint, long-task and layout-shift observers, and a per-frame check of the banner. */
function probe({ banner, accept, autoClick }) {
  const m = (window.__m = { visible: null, longTasks: 0, longTaskMs: 0, cls: 0, clicked: null });
  const find = (spec) => {
    if (!spec) return null;
    let scope = document;
    if (spec.host) {
      const host = document.querySelector(spec.host);
      scope = host && host.shadowRoot;
      if (!scope) return null;
    }
    if (spec.selector) return scope.querySelector(spec.selector);
    return [...scope.querySelectorAll('button')].find((b) => b.textContent.trim() === spec.text) ?? null;
  };
  const shown = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.top >= innerHeight) return false;
    for (let e = el; e;) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.opacity) < 0.99) return false;
      const next = e.parentElement;
      e = next ?? (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
    }
    return true;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        m.longTasks += 1;
        m.longTaskMs += e.duration;
      }
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) m.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // An entry type this Chromium does not know: those figures stay 0.
  }
  if (!banner) return;
  const frame = () => {
    if (m.visible === null && shown(find(banner))) {
      m.visible = performance.now();
      // What the page had downloaded by then: the bytes a visitor waited for before seeing the banner.
      m.filesAtVisible = performance
        .getEntriesByType('resource')
        .filter((e) => e.responseEnd <= m.visible)
        .map((e) => new URL(e.name).pathname);
    }
    if (m.visible !== null && autoClick && m.clicked === null) {
      const button = find(accept);
      if (button) {
        m.clicked = performance.now();
        button.click();
      }
    }
    if (m.visible === null || (autoClick && m.clicked === null)) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function openPage(name, condition, { autoClick = false } = {}) {
  const tool = TOOLS[name];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (condition.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
  if (condition.latency > 0) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: condition.latency, downloadThroughput: -1, uploadThroughput: -1 });
  }
  await page.addInitScript(probe, { banner: tool.banner ?? null, accept: tool.accept ?? null, autoClick });
  const files = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (tool.files.some((prefix) => path.startsWith(prefix))) files.push(path);
  });
  return { tool, context, page, cdp, files };
}

async function waitFor(page, fn, timeout) {
  try {
    await page.waitForFunction(fn, undefined, { timeout, polling: 20 });
    return true;
  } catch {
    return false;
  }
}

async function measure(name, condition) {
  const { tool, context, page, cdp, files } = await openPage(name, condition);
  await page.goto(`${origin}/page/${name}`, { waitUntil: 'load' });
  const timeout = 10_000 * condition.cpu;
  if (tool.banner) await waitFor(page, () => window.__m.visible !== null, timeout);
  await pause(500 * condition.cpu); // let late long tasks and shifts arrive
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (id) => (metrics.find((x) => x.name === id)?.value ?? 0) * 1000;
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    ...window.__m,
  }));
  await context.close();
  return { ...result, taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration'), files };
}

/** A Playwright locator for a button spec of scripts/bench-peers/pages.mjs. */
const locate = (page, spec) => (spec.host ? page.locator(spec.host).getByRole('button', { name: spec.text, exact: true }) : page.locator(spec.selector));

const ran = (page) =>
  page.evaluate(
    () =>
      Object.keys(window.__bench ?? {})
        .sort()
        .join(',') || 'none',
  );

async function correctness(name) {
  const tool = TOOLS[name];
  const plain = CONDITIONS['1x'];
  // Accept at the first frame the banner is visible, as an impatient visitor would.
  const a = await openPage(name, plain, { autoClick: true });
  await a.page.goto(`${origin}/page/${name}`, { waitUntil: 'load' });
  await waitFor(a.page, () => window.__m.clicked !== null, 10_000);
  const bothRan = () => window.__bench && window.__bench.analytics && window.__bench.ads;
  const firstClickWorks = await waitFor(a.page, bothRan, 5_000);
  if (!firstClickWorks) {
    // The early click was lost (the button was shown before it worked): click again, as a visitor would.
    await locate(a.page, tool.accept)
      .click({ timeout: 5_000 })
      .catch(() => {});
    await waitFor(a.page, bothRan, 5_000);
  }
  const afterAccept = await ran(a.page);
  a.files.length = 0;
  await a.page.reload({ waitUntil: 'load' });
  await waitFor(a.page, () => window.__bench && window.__bench.analytics && window.__bench.ads, 5_000);
  const afterAcceptReload = await ran(a.page);
  const returningFiles = [...a.files];
  await a.context.close();

  const r = await openPage(name, plain);
  await r.page.goto(`${origin}/page/${name}`, { waitUntil: 'load' });
  await waitFor(r.page, () => window.__m.visible !== null, 10_000);
  await pause(1_000);
  const beforeChoice = await ran(r.page);
  let afterReject;
  let afterRejectReload = 'not reached';
  try {
    await locate(r.page, tool.reject).click({ timeout: 5_000 });
    await pause(1_000);
    afterReject = await ran(r.page);
    await r.page.reload({ waitUntil: 'load' });
    await pause(1_000);
    afterRejectReload = await ran(r.page);
  } catch (error) {
    afterReject = `click failed: ${error.message.split('\n')[0]}`;
  }
  await r.context.close();
  return { firstClickWorks, beforeChoice, afterAccept, afterAcceptReload, afterReject, afterRejectReload, returningFiles };
}

const sizeCache = new Map();
function bytesOf(paths) {
  const total = { raw: 0, gzip: 0, brotli: 0, files: [...new Set(paths)].sort() };
  for (const path of total.files) {
    if (!/\.(m?js|css|json)$/.test(path)) continue;
    if (!sizeCache.has(path)) {
      const mount = MOUNTS.find(([prefix]) => path.startsWith(prefix));
      const body = readFileSync(join(mount[1], path.slice(mount[0].length)));
      sizeCache.set(path, {
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      });
    }
    const s = sizeCache.get(path);
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return total;
}

const quantile = (values, q) => {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.min(v.length - 1, Math.floor(q * v.length))];
};
const median = (values) => quantile(values, 0.5);
const fmt = (x, digits = 0) => (x === null || x === undefined ? '—' : x.toFixed(digits));
const kb = (b) => (b / 1024).toFixed(1);

const report = {
  machine: { cores: (await import('node:os')).cpus().length, chromium: browser.version() },
  runs: RUNS,
  conditions: {},
  correctness: {},
  bytes: {},
};

console.log(`bench-peers: ${RUNS} fresh contexts per tool and condition, tools interleaved; Chromium ${browser.version()}`);
for (const conditionName of CONDITION_NAMES) {
  const condition = CONDITIONS[conditionName];
  const samples = Object.fromEntries(TOOL_NAMES.map((n) => [n, []]));
  for (let run = 0; run < RUNS; run++) {
    // Rotate the order each run so no tool always goes first (or after the same neighbour).
    const order = TOOL_NAMES.map((_, i) => TOOL_NAMES[(i + run) % TOOL_NAMES.length]);
    for (const name of order) samples[name].push(await measure(name, condition));
    process.stdout.write(run + 1 === RUNS ? `  ${conditionName}: ${RUNS}/${RUNS}\n` : '');
  }
  const baselineTask = median(samples.none?.map((s) => s.taskMs) ?? []) ?? 0;
  const rows = {};
  for (const name of TOOL_NAMES) {
    const s = samples[name];
    rows[name] = {
      fcp: median(s.map((x) => x.fcp)),
      visibleMedian: median(s.map((x) => x.visible)),
      visibleP90: quantile(
        s.map((x) => x.visible),
        0.9,
      ),
      visibleMissed: TOOLS[name].banner ? s.filter((x) => x.visible === null).length : 0,
      taskMs: median(s.map((x) => x.taskMs)),
      toolTaskMs: median(s.map((x) => x.taskMs - baselineTask)),
      longTasks: median(s.map((x) => x.longTasks)),
      cls: median(s.map((x) => x.cls)),
    };
    if (!report.bytes[name]) {
      report.bytes[name] = {
        firstVisit: bytesOf(s.flatMap((x) => x.files)),
        // The tool's files every run had downloaded when its banner became visible (a part fetched later is not counted).
        untilVisible: bytesOf(
          s[0]?.filesAtVisible?.filter((f) => s.every((x) => x.filesAtVisible?.includes(f)) && TOOLS[name].files.some((p) => f.startsWith(p))) ?? [],
        ),
      };
    }
  }
  report.conditions[conditionName] = rows;
}

for (const name of TOOL_NAMES) {
  if (!TOOLS[name].banner) continue;
  const c = await correctness(name);
  report.correctness[name] = { ...c, returningFiles: undefined };
  report.bytes[name].returning = bytesOf(c.returningFiles);
}
await browser.close();
server.close();

console.log("\nBytes of each tool's JS+CSS (KB; brotli q11 / gzip 9 / raw)");
console.log('tool                    first visit br   gzip    raw   returning br   until visible br');
for (const name of TOOL_NAMES) {
  if (name === 'none') continue;
  const b = report.bytes[name];
  console.log(
    `${name.padEnd(24)}${kb(b.firstVisit.brotli).padStart(14)}${kb(b.firstVisit.gzip).padStart(7)}${kb(b.firstVisit.raw).padStart(7)}${(b.returning ? kb(b.returning.brotli) : '—').padStart(15)}${(TOOLS[name].banner ? kb(b.untilVisible.brotli) : '—').padStart(19)}`,
  );
}
for (const conditionName of CONDITION_NAMES) {
  const rows = report.conditions[conditionName];
  console.log(`\n${conditionName} (ms, medians; CPU = main-thread task time, "tool" = minus the page without a tool)`);
  console.log('tool                       FCP  visible  p90   missed   CPU  tool CPU  long tasks   CLS');
  for (const name of TOOL_NAMES) {
    const r = rows[name];
    console.log(
      `${name.padEnd(24)}${fmt(r.fcp).padStart(6)}${fmt(r.visibleMedian).padStart(9)}${fmt(r.visibleP90).padStart(6)}${String(r.visibleMissed).padStart(8)}${fmt(r.taskMs).padStart(7)}${fmt(r.toolTaskMs).padStart(9)}${fmt(r.longTasks).padStart(11)}${fmt(r.cls, 3).padStart(7)}`,
    );
  }
}
console.log('\nCorrectness (which stand-in tags had run)');
console.log('tool                    first click  before  accept  accept+reload  reject  reject+reload');
for (const [name, c] of Object.entries(report.correctness)) {
  console.log(
    `${name.padEnd(24)}${(c.firstClickWorks ? 'works' : 'FAILS').padStart(11)}  ${c.beforeChoice.padEnd(7)} ${c.afterAccept.padEnd(13)} ${c.afterAcceptReload.padEnd(14)} ${c.afterReject.padEnd(7)} ${c.afterRejectReload}`,
  );
}
if (TOOL_NAMES.includes('consentkit')) {
  console.log('\nConsentKit ÷ peer (below 1 = ConsentKit smaller or faster)');
  const ck = report.bytes.consentkit.firstVisit.brotli;
  for (const name of TOOL_NAMES) {
    if ((name.startsWith('consentkit') && name !== 'consentkit-before') || name === 'none') continue;
    const parts = [`bytes ${(ck / report.bytes[name].firstVisit.brotli).toFixed(2)}`];
    for (const conditionName of CONDITION_NAMES) {
      const rows = report.conditions[conditionName];
      const ratio = (key) => (rows.consentkit[key] && rows[name][key] ? (rows.consentkit[key] / rows[name][key]).toFixed(2) : '—');
      parts.push(`${conditionName}: visible ${ratio('visibleMedian')}, tool CPU ${ratio('toolTaskMs')}`);
    }
    console.log(`  vs ${name.padEnd(22)} ${parts.join(' · ')}`);
  }
}
mkdirSync(dirname(JSON_OUT), { recursive: true });
writeFileSync(JSON_OUT, JSON.stringify(report, null, 2));
console.log(`\nJSON: ${JSON_OUT.replace(root + '/', '')}`);
