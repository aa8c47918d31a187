#!/usr/bin/env node
// What the first synchronous reads of a page cost in real Chromium, and where consentkit.min.js's
// parser-blocking start-up spends its time. Two parts, each in fresh browser contexts:
//
// 1. `reads`: a page whose first script (first in <head>, before anything else) times with
//    performance.now() the first `document.cookie` read, the first `localStorage` access (the
//    `window.localStorage` getter, then `.length` and the key enumeration) and the first
//    `sessionStorage` access — each alone, and all three in each of the six orders — then the
//    same reads again (warm), then `navigator` and `navigator.globalPrivacyControl`. Once for a
//    first visit (empty jar) and once for a returning visitor (a cookie and a localStorage key
//    from an earlier visit).
// 2. `profile`: the `consentkit` page of `pnpm bench peers` (scripts/bench-peers/pages.mjs), loaded
//    with the CDP Profiler on (50 µs sampling) from before the navigation to the load event; every
//    sample whose stack is in consentkit.min.js is attributed, through the file's source map, to
//    each original function on its stack (inclusive time), median over the runs.
//
// 3. `fcp` (with --compare): the page's first contentful paint and main-thread task time without a
//    tool and with each named build of consentkit.min.js, loads interleaved round by round, at 1×
//    and 4× CPU throttling, for a first visit and for a returning visitor who rejected everything
//    and still has a tracker cookie (`_ga`) and localStorage key (`_hjid`) from an earlier visit.
//    `--compare before=/tmp/dist-before,after=packages/consentkit/dist` compares two builds in one run.
//
// 4. `trace` (with --compare): a Chromium trace of each load; the renderer main thread's self time
//    per trace event between the navigation's start and the first contentful paint, and the idle
//    part of that window, without a tool and with each build (1×, first visit).
//
// Options: --runs N (default 7), --parts reads,profile[,fcp,trace], --floor (fcp part: also the same
// page with an empty external script and with 10/20/30 ms busy inline scripts in <head>), --returning (profile a returning
// visitor who rejected everything, with a leftover tracker cookie and localStorage key, instead of
// a first visit), --dist DIR (the consentkit dist/ to profile; default packages/consentkit/dist).
// Needs `pnpm build` (packages/consentkit/dist). Figures only; nothing is asserted.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { TOOLS, withScriptBase } from './bench-peers/pages.mjs';
import { chromiumLaunchOptions } from './chromium-launch.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const dist = resolve(option('dist', join(root, 'packages/consentkit/dist')));
/** `--compare a=DIR,b=DIR`: builds of consentkit's dist/ served as /ck-a/, /ck-b/ for the `fcp` part. */
const COMPARE = option('compare', '')
  .split(',')
  .filter(Boolean)
  .map((pair) => [pair.slice(0, pair.indexOf('=')), resolve(pair.slice(pair.indexOf('=') + 1))]);
const RUNS = Number(option('runs', '7'));
const PARTS = option('parts', 'reads,profile').split(',');
const RETURNING = process.argv.includes('--returning');
if (!existsSync(join(dist, 'consentkit.min.js'))) {
  console.error('measure-startup-reads: packages/consentkit/dist/consentkit.min.js is missing; run `pnpm build` first.');
  process.exit(2);
}

/** The first script of the `reads` page: runs the named reads in order, then again, then the navigator reads. */
function readsScript(order) {
  return `<script>(() => {
  const now = () => performance.now();
  const r = (window.__reads = {});
  const ops = {
    cookie: () => document.cookie.length,
    localStorage: () => { const t0 = now(); const s = window.localStorage; r.localStorageGetter = now() - t0; let n = s.length; for (let i = n; i--;) s.key(i); return n; },
    sessionStorage: () => { const t0 = now(); const s = window.sessionStorage; r.sessionStorageGetter = now() - t0; let n = s.length; for (let i = n; i--;) s.key(i); return n; },
  };
  for (const name of ${JSON.stringify(order)}) { const t0 = now(); ops[name](); r[name] = now() - t0; }
  for (const name of ${JSON.stringify(order)}) { const t0 = now(); ops[name](); r[name + 'Again'] = now() - t0; }
  let t0 = now(); const nav = navigator; r.navigator = now() - t0;
  t0 = now(); nav.globalPrivacyControl; r.gpc = now() - t0;
  t0 = now(); nav.globalPrivacyControl; r.gpcAgain = now() - t0;
})();</script>`;
}
const readsPage = (order) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${readsScript(order)}<title>reads</title></head><body><p>reads</p></body></html>`;

const ORDERS = {
  'cookie only': ['cookie'],
  'localStorage only': ['localStorage'],
  'sessionStorage only': ['sessionStorage'],
  'cookie, local, session': ['cookie', 'localStorage', 'sessionStorage'],
  'cookie, session, local': ['cookie', 'sessionStorage', 'localStorage'],
  'local, cookie, session': ['localStorage', 'cookie', 'sessionStorage'],
  'local, session, cookie': ['localStorage', 'sessionStorage', 'cookie'],
  'session, cookie, local': ['sessionStorage', 'cookie', 'localStorage'],
  'session, local, cookie': ['sessionStorage', 'localStorage', 'cookie'],
};
const orderKeys = Object.keys(ORDERS);

/**
 * `--floor` (fcp part): what any parser-blocking script in `<head>` costs the page's first paint,
 * whatever it does — the same page as `none` with an empty external script, and with inline
 * scripts that keep the main thread busy for 10, 20 and 30 ms. Read ConsentKit's FCP against these.
 */
const FLOOR_PAGES = process.argv.includes('--floor')
  ? {
      'floor-empty-file': '<script src="/floor/empty.js"></script>',
      ...Object.fromEntries(
        [10, 20, 30].map((busy) => [`floor-busy-${busy}ms`, `<script>for (const t = performance.now(); performance.now() - t < ${busy}; );</script>`]),
      ),
    }
  : {};
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const send = (status, type, body, headers = {}) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  };
  // Cross-origin isolated, so that performance.now() counts in 5 µs steps instead of 100 µs.
  const isolated = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  if (url.pathname === '/reads') return send(200, 'text/html; charset=utf-8', readsPage(ORDERS[orderKeys[Number(url.searchParams.get('o'))]]), isolated);
  if (url.pathname === '/tags/analytics.js' || url.pathname === '/tags/ads.js') return send(200, 'text/javascript', '');
  if (url.pathname === '/page/none') return send(200, 'text/html; charset=utf-8', TOOLS.none.html(req));
  if (url.pathname === '/floor/empty.js') return send(200, 'text/javascript', '');
  if (FLOOR_PAGES[url.pathname.slice('/page/'.length)])
    return send(200, 'text/html; charset=utf-8', TOOLS.none.html(req).replace('</head>', `${FLOOR_PAGES[url.pathname.slice('/page/'.length)]}\n</head>`));
  if (url.pathname === '/blank') return send(200, 'text/html; charset=utf-8', '<!doctype html><title>blank</title>');
  for (const [name, dir] of [['ck', dist], ...COMPARE.map(([n, d]) => [`ck-${n}`, d])]) {
    if (url.pathname === `/page/${name}`)
      return send(200, 'text/html; charset=utf-8', withScriptBase(TOOLS.consentkit, `/${name}/`).html(req), url.search ? isolated : {});
    if (!url.pathname.startsWith(`/${name}/`)) continue;
    const file = join(dir, url.pathname.slice(name.length + 2));
    if (file.startsWith(dir) && existsSync(file)) return send(200, file.endsWith('.json') ? 'application/json' : 'text/javascript', readFileSync(file));
  }
  send(404, 'text/plain', 'not found');
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(chromiumLaunchOptions());

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : null;
};
const ms = (x) => (x === null ? '—' : x.toFixed(3)).padStart(7);

/** A returning visitor's jar: a decision that denies analytics, a leftover `_ga` cookie and `_hjid` localStorage key. */
async function returningState(context) {
  // Version 1 of the consent cookie (docs/storage-and-records.md) is written by the manager; a
  // rejection made on a first page view in this same context is the faithful way to get one.
  const page = await context.newPage();
  await page.goto(`${origin}/page/ck`, { waitUntil: 'load' });
  await page.evaluate(() => window.ConsentKit.rejectAll());
  await context.addCookies([{ name: '_ga', value: 'GA1.1.1.1', url: origin }]);
  await page.evaluate(() => localStorage.setItem('_hjid', 'x'));
  await page.close();
}

/** Init script: times the first `document.cookie` read and the first `length` / `key()` of each Web Storage area, in the accessors themselves. */
function timeFirstReads() {
  const first = (window.__first = {});
  const now = () => performance.now();
  // The page's first animation frame (the one ConsentKit's deferred cleanup waits for) and the end of the parse.
  requestAnimationFrame(() => (first.frame = now()));
  addEventListener('DOMContentLoaded', () => (first.dcl = now()));
  const record = (what, t0) => {
    const t = now() - t0;
    if (!first[what]) first[what] = { ms: t, at: t0, byConsentKit: /consentkit\.min\.js/.test(String(new Error().stack)) };
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    ...cookie,
    get() {
      const t0 = now();
      const value = cookie.get.call(this);
      record('cookie', t0);
      return value;
    },
  });
  const areas = new Map();
  const area = (store) => {
    if (!areas.size) {
      areas.set(Object.getOwnPropertyDescriptor(window, 'localStorage').get.call(window), 'localStorage');
      areas.set(Object.getOwnPropertyDescriptor(window, 'sessionStorage').get.call(window), 'sessionStorage');
    }
    return areas.get(store);
  };
  const length = Object.getOwnPropertyDescriptor(Storage.prototype, 'length');
  Object.defineProperty(Storage.prototype, 'length', {
    ...length,
    get() {
      const t0 = now();
      const value = length.get.call(this);
      record(area(this), t0);
      return value;
    },
  });
  for (const method of ['key', 'getItem', 'setItem', 'removeItem']) {
    const native = Storage.prototype[method];
    Storage.prototype[method] = function (...args) {
      const t0 = now();
      const value = native.apply(this, args);
      record(area(this), t0);
      return value;
    };
  }
}

if (PARTS.includes('reads')) {
  for (const visit of ['first visit', 'returning']) {
    const samples = Object.fromEntries(orderKeys.map((k) => [k, []]));
    for (let run = 0; run < RUNS; run++) {
      for (let i = 0; i < orderKeys.length; i++) {
        const o = (i + run) % orderKeys.length;
        const context = await browser.newContext();
        if (visit === 'returning') {
          await context.addCookies([
            { name: 'session', value: 'abc', url: origin },
            { name: '_ga', value: 'GA1.1.1.1', url: origin },
          ]);
          const warm = await context.newPage();
          await warm.goto(`${origin}/tags/ads.js`);
          await warm.evaluate(() => localStorage.setItem('_hjid', 'x'));
          await warm.close();
        }
        const page = await context.newPage();
        await page.goto(`${origin}/reads?o=${o}`, { waitUntil: 'load' });
        samples[orderKeys[o]].push(await page.evaluate(() => ({ ...window.__reads, isolated: crossOriginIsolated })));
        await context.close();
      }
    }
    const isolated = Object.values(samples)
      .flat()
      .every((s) => s.isolated);
    console.log(
      `\nreads, ${visit}: ms, median of ${RUNS} fresh contexts, timer ${isolated ? '5 µs (cross-origin isolated)' : '100 µs'} (load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')})`,
    );
    console.log('order                      cookie  localStorage (getter)  sessionStorage (getter)   again: c / l / s        navigator  gpc  gpc again');
    for (const k of orderKeys) {
      const m = (field) => median(samples[k].map((s) => s[field]));
      console.log(
        `${k.padEnd(24)}${ms(m('cookie'))}${ms(m('localStorage'))} (${ms(m('localStorageGetter'))})${ms(m('sessionStorage'))}   (${ms(m('sessionStorageGetter'))})  ${ms(m('cookieAgain'))}${ms(m('localStorageAgain'))}${ms(m('sessionStorageAgain'))}  ${ms(m('navigator'))}${ms(m('gpc'))}${ms(m('gpcAgain'))}`,
      );
    }
  }
}

if (PARTS.includes('profile')) {
  const mapJson = JSON.parse(readFileSync(join(dist, 'consentkit.min.js.map'), 'utf8'));
  const map = new SourceMap(mapJson);
  const sourceLines = new Map();
  const label = (frame) => {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
    if (!entry?.originalSource) return `consentkit.min.js ${frame.functionName || '(anonymous)'}`;
    const index = mapJson.sources.findIndex((s) => entry.originalSource.endsWith(s.replace(/^(\.\.\/)+/, '')));
    const file = relative(root, resolve(root, 'packages/consentkit/dist', mapJson.sources[index] ?? entry.originalSource));
    if (!sourceLines.has(file)) sourceLines.set(file, (mapJson.sourcesContent?.[index] ?? '').split('\n'));
    const text = sourceLines.get(file)[entry.originalLine] ?? '';
    const name = /(?:function\*?\s+|(?:const|let)\s+|^\s*|\.)([A-Za-z_$][\w$]*)\s*(?:[=:(<]|\?\.\()/.exec(text)?.[1] ?? '(anonymous)';
    return `${file.replace(/^packages\//, '')}:${entry.originalLine + 1} ${name}`;
  };
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    if (RETURNING) await returningState(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(`${origin}/page/ck`, { waitUntil: 'load' });
    const { profile } = await cdp.send('Profiler.stop');
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 }).catch(() => {});
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    await context.close();
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const inclusive = new Map();
    const labels = new Map();
    for (let i = 0; i < profile.samples.length; i++) {
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const seen = new Set();
      for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
        const frame = nodes.get(id).callFrame;
        if (!frame.url.endsWith('/consentkit.min.js')) continue;
        const key = `${frame.lineNumber}:${frame.columnNumber}`;
        if (!labels.has(key)) labels.set(key, label(frame));
        seen.add(labels.get(key));
      }
      for (const l of seen) inclusive.set(l, (inclusive.get(l) ?? 0) + dt);
    }
    runs.push({ inclusive, fcp });
  }
  // The same page again, without the profiler, with the first document.cookie read and the first
  // Storage length read timed inside the browser's accessors (wrapped by an init script, before
  // any page script), cross-origin isolated for a 5 µs timer: what ConsentKit's own first reads cost.
  const firsts = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    if (RETURNING) await returningState(context);
    const page = await context.newPage();
    await page.addInitScript(timeFirstReads);
    await page.goto(`${origin}/page/ck?isolated`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 }).catch(() => {});
    firsts.push(
      await page.evaluate(() => ({
        ...window.__first,
        isolated: crossOriginIsolated,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        fp: performance.getEntriesByName('first-paint')[0]?.startTime,
      })),
    );
    await context.close();
  }
  const all = new Set(runs.flatMap((r) => [...r.inclusive.keys()]));
  const rows = [...all].map((l) => [l, median(runs.map((r) => r.inclusive.get(l) ?? 0))]).sort((a, b) => b[1] - a[1]);
  console.log(
    `\nprofile of consentkit.min.js (${RETURNING ? 'returning visitor who rejected, leftover _ga cookie and _hjid key' : 'first visit'}), ` +
      `inclusive ms, median of ${RUNS} loads, 50 µs sampling (load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}); page FCP median ${median(runs.map((r) => r.fcp))?.toFixed(0)} ms`,
  );
  for (const [l, t] of rows.slice(0, 30)) console.log(`${t.toFixed(2).padStart(8)}  ${l}`);
  console.log(
    `\nfirst reads inside the accessors on the same page, ms, median of ${RUNS} loads without the profiler, timer ${firsts.every((f) => f.isolated) ? '5 µs' : '100 µs'}` +
      ' (who read first, and when, relative to the first contentful paint)',
  );
  const since = (field) => median(firsts.filter((f) => f[field] !== undefined && f.fcp !== undefined).map((f) => f[field] - f.fcp))?.toFixed(1);
  console.log(
    `relative to the first contentful paint (ms, medians): first paint ${since('fp')}, first animation frame ${since('frame')}, DOMContentLoaded ${since('dcl')}`,
  );
  for (const what of ['cookie', 'localStorage', 'sessionStorage']) {
    const seen = firsts.filter((f) => f[what]);
    const by = seen.filter((f) => f[what].byConsentKit).length;
    const afterPaint = seen.filter((f) => f.fcp !== undefined && f[what].at > f.fcp).length;
    console.log(
      `${what.padEnd(16)}${ms(median(seen.map((f) => f[what].ms)))}   read in ${seen.length}/${RUNS} loads by the first contentful paint or soon after, ` +
        `by consentkit.min.js in ${by}; after that paint in ${afterPaint} (median ${median(seen.map((f) => f[what].at - f.fcp))?.toFixed(1)} ms from it)`,
    );
  }
}
if (PARTS.includes('fcp')) {
  if (!COMPARE.length) throw new Error('measure-startup-reads: the fcp part needs --compare name=DIR[,name=DIR]');
  const pages = ['none', ...Object.keys(FLOOR_PAGES), ...COMPARE.map(([name]) => `ck-${name}`)];
  // A returning visitor who clicked "Reject all" yesterday (consent cookie format 1,
  // docs/storage-and-records.md), with leftovers of an earlier visit.
  const decided = ['1', Math.floor(Date.now() / 1000 - 86_400).toString(36), '2026-11-01', 'a0.t0', 1, 1, randomUUID(), randomUUID()].join('|');
  for (const [conditionName, cpu] of [
    ['1x', 1],
    ['4x', 4],
  ]) {
    for (const visit of ['first visit', 'returning']) {
      const samples = Object.fromEntries(pages.map((p) => [p, []]));
      for (let run = 0; run < RUNS; run++) {
        for (let i = 0; i < pages.length; i++) {
          const name = pages[(i + run) % pages.length];
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
          if (visit === 'returning') {
            await context.addCookies([
              { name: 'consentkit', value: decided, url: origin },
              { name: '_ga', value: 'GA1.1.1.1', url: origin },
            ]);
            const seed = await context.newPage();
            await seed.goto(`${origin}/blank`);
            await seed.evaluate(() => localStorage.setItem('_hjid', 'x'));
            await seed.close();
          }
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Performance.enable');
          if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
          await page.goto(`${origin}/page/${name}`, { waitUntil: 'load' });
          await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 }).catch(() => {});
          const { metrics } = await cdp.send('Performance.getMetrics');
          const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
          samples[name].push({ fcp, taskMs: (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000 });
          await context.close();
        }
      }
      const none = median(samples.none.map((x) => x.fcp));
      console.log(
        `\nfcp, ${conditionName}, ${visit}: ms, median of ${RUNS} loads, interleaved (load average ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')})`,
      );
      console.log('page                  FCP   FCP − none   main-thread tasks');
      for (const name of pages) {
        const fcp = median(samples[name].map((x) => x.fcp));
        console.log(
          `${name.padEnd(18)}${(fcp?.toFixed(0) ?? '—').padStart(7)}${(name === 'none' || fcp === null ? '' : (fcp - none >= 0 ? '+' : '') + (fcp - none).toFixed(0)).padStart(13)}${median(
            samples[name].map((x) => x.taskMs),
          )
            .toFixed(0)
            .padStart(20)}`,
        );
      }
    }
  }
}
if (PARTS.includes('trace')) {
  // Where the main thread's time goes between the navigation's start and the first contentful
  // paint: a Chromium trace of each load (renderer main thread), self time per trace event,
  // median over the loads; "idle" is the part of that window in which no task ran.
  if (!COMPARE.length) throw new Error('measure-startup-reads: the trace part needs --compare name=DIR[,name=DIR]');
  const pages = ['none', ...COMPARE.map(([name]) => `ck-${name}`)];
  const categories = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'blink'];
  const samples = Object.fromEntries(pages.map((p) => [p, []]));
  for (let run = 0; run < RUNS; run++) {
    for (let i = 0; i < pages.length; i++) {
      const name = pages[(i + run) % pages.length];
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await browser.startTracing(page, { categories });
      await page.goto(`${origin}/page/${name}`, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 }).catch(() => {});
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
      await context.close();
      const fcp = traceEvents.find((e) => e.name === 'firstContentfulPaint');
      if (!fcp) continue;
      const thread = traceEvents.filter((e) => e.pid === fcp.pid && e.tid === fcp.tid);
      const start = Math.max(...thread.filter((e) => e.name === 'navigationStart' && e.ts <= fcp.ts).map((e) => e.ts));
      // Complete events, and begin/end pairs made complete, inside the window.
      const spans = [];
      const open = [];
      for (const e of thread.sort((a, b) => a.ts - b.ts)) {
        if (e.ph === 'X') spans.push({ name: e.name, ts: e.ts, end: e.ts + (e.dur ?? 0) });
        else if (e.ph === 'B') open.push(e);
        else if (e.ph === 'E') {
          const b = open.pop();
          if (b) spans.push({ name: b.name, ts: b.ts, end: e.ts });
        }
      }
      const inWindow = spans.filter((x) => x.ts >= start && x.ts < fcp.ts).sort((a, b) => a.ts - b.ts || b.end - a.end);
      const self = new Map();
      const stack = [];
      let busy = 0;
      for (const x of inWindow) {
        while (stack.length && stack[stack.length - 1].end <= x.ts) stack.pop();
        const end = Math.min(x.end, fcp.ts);
        const parent = stack[stack.length - 1];
        if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - (end - x.ts));
        else busy += end - x.ts;
        self.set(x.name, (self.get(x.name) ?? 0) + (end - x.ts));
        stack.push({ ...x, end });
      }
      samples[name].push({ window: (fcp.ts - start) / 1000, busy: busy / 1000, self: new Map([...self].map(([k, v]) => [k, v / 1000])) });
    }
  }
  console.log(
    `\ntrace, 1x, first visit: main thread from navigationStart to first contentful paint, ms, median of ${RUNS} loads (load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')})`,
  );
  const names = [...new Set(pages.flatMap((p) => samples[p].flatMap((x) => [...x.self.keys()])))];
  const rows = names
    .map((n) => [n, ...pages.map((p) => median(samples[p].map((x) => x.self.get(n) ?? 0)))])
    .filter((r) => r.slice(1).some((v) => v >= 0.5))
    .sort((a, b) => b[b.length - 1] - a[a.length - 1]);
  console.log(`${'event (self time)'.padEnd(40)}${pages.map((p) => p.padStart(12)).join('')}`);
  const line = (label, values) => console.log(`${label.padEnd(40)}${values.map((v) => (v ?? 0).toFixed(1).padStart(12)).join('')}`);
  line(
    'window (navigationStart → FCP)',
    pages.map((p) => median(samples[p].map((x) => x.window))),
  );
  line(
    'busy (top-level tasks)',
    pages.map((p) => median(samples[p].map((x) => x.busy))),
  );
  line(
    'idle',
    pages.map((p) => median(samples[p].map((x) => x.window - x.busy))),
  );
  for (const [n, ...values] of rows) line(`  ${n}`.slice(0, 40), values);
}
await browser.close();
server.close();
