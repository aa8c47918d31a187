#!/usr/bin/env node
// The consumer test: ConsentKit as a new user gets it from npm, so a broken export map, a
// missing file or a .d.ts that does not resolve can never land again.
//
// 1. `pnpm pack` the browser packages (core, cookie-db, adapters, banner, consentkit, react,
//    vue) — the tarballs `changeset publish` would upload — into a temporary folder outside the
//    workspace. (server and scanner are Node tools with heavy dependencies; publint and
//    are-the-types-wrong check their tarballs in scripts/check-packages.mjs.)
// 2. A fresh project there installs the tarballs with npm (their dependencies — preact,
//    nanostores, and React and Vue for the bindings — come from the registry;
//    `--prefer-offline` reuses the npm cache).
// 3. A small app type-checks, with the workspace's TypeScript but the project's node_modules,
//    under "moduleResolution" `bundler`, `node16` and `nodenext` (skipLibCheck off, so our .d.ts
//    are checked too, and `@ts-expect-error` lines prove the imports are typed, not `any`); so do
//    the React and Vue bindings, and CommonJS files that import the ESM types.
// 4. esbuild bundles the app; Chromium loads it, and the script-tag build straight from
//    node_modules/consentkit/dist: the banner appears, the gated tag is neither requested nor run
//    until "Accept all", then it is.
//
// Run after `pnpm build`. Prints one line per check and `consumer: N passed, N failed`; exits
// non-zero on any failure. CK_KEEP=1 keeps the temporary project for a look.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium-launch.mjs';
import { pack } from './check-packages.mjs';
import { root } from './published-packages.mjs';
import { scriptTag } from './print-script-tag.mjs';

const PACKAGES = ['core', 'cookie-db', 'adapters', 'banner', 'consentkit', 'react', 'vue'];
// What an app using the framework bindings installs beside them (from the registry).
const FRAMEWORKS = ['react@^19', 'react-dom@^19', '@types/react@^19', 'vue@^3.5'];
const started = Date.now();
const results = [];

async function check(name, fn) {
  const t = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n${String(error?.stack ?? error).replace(/^/gm, '      ')}`);
  }
}

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`\`${[cmd, ...args].join(' ')}\` failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Like `run`, without blocking: resolves with stdout, rejects with the command's output. */
function runAsync(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`\`${[cmd, ...args].join(' ')}\` failed:\n${output}`))));
  });
}

const write = (file, text) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
};

// --- the consumer project ------------------------------------------------------------------

const APP = `import { createConsentManager, enableGating } from '@consentkit/core';
import type { ConsentChoices, ConsentManager } from '@consentkit/core';
import { mountBanner, mountPlaceholders } from '@consentkit/banner';
import { de } from '@consentkit/banner/i18n/de';
import { googleConsentMode } from '@consentkit/adapters/google';
import { classifyCookie } from '@consentkit/cookie-db';

const consent: ConsentManager = createConsentManager({ policyVersion: '2026-11-01', region: 'FR', cookieDb: classifyCookie });
enableGating(consent);
consent.use(googleConsentMode());
mountBanner(consent, { texts: { de } });
mountPlaceholders(consent);
consent.on('change', (choices: ConsentChoices) => {
  const analytics: boolean | undefined = choices.analytics;
  document.documentElement.dataset.analytics = String(analytics);
});

// The imports are typed, not \`any\`: each wrong use below must be a type error (never called).
export function wrongUses(): void {
  // @ts-expect-error policyVersion is a string
  createConsentManager({ policyVersion: 2026 });
  // @ts-expect-error mountBanner needs a manager
  mountBanner();
  // @ts-expect-error classifyCookie takes a cookie name
  classifyCookie(42);
  // @ts-expect-error an adapter's options are checked
  googleConsentMode({ waitForUpdate: 'soon' });
}
`;

// The React and Vue bindings, type-checked with the same settings (not run: the browser checks
// below cover the manager and the banner they wrap).
const FRAMEWORKS_APP = `import { createConsentManager } from '@consentkit/core';
import { ConsentGate, ConsentProvider, useGranted } from '@consentkit/react';
import { consentKit, useGranted as useGrantedRef, ConsentGate as VueConsentGate } from '@consentkit/vue';
import { createApp, h } from 'vue';

const manager = createConsentManager({ policyVersion: '2026-11-01', region: 'FR' });

function Analytics() {
  const granted: boolean = useGranted('analytics');
  return <p>{granted ? 'on' : 'off'}</p>;
}
export const reactApp = (
  <ConsentProvider manager={manager}>
    <Analytics />
    <ConsentGate category="targeting" fallback={<p>held</p>}>
      <iframe title="Video" />
    </ConsentGate>
  </ConsentProvider>
);
export const vueApp = createApp({ setup: () => () => h(VueConsentGate, { category: 'analytics' }) }).use(consentKit(manager));
export function useVue(): boolean {
  return useGrantedRef('analytics').value;
}
export function wrongFrameworkUses(): void {
  // @ts-expect-error useGranted takes a category
  useGranted(1);
  // @ts-expect-error consentKit needs a manager
  consentKit();
}
`;

// CommonJS files (.cts) that use the packages, which are ES modules. Under node16 a type-only
// import of an ES module from CommonJS needs the \`resolution-mode\` attribute (TypeScript's rule
// for any ESM-only package); under nodenext (TypeScript ≥ 5.8, Node ≥ 20.19 can require() ES
// modules) a plain \`import type\` and even \`import x = require()\` work.
const cjsTypes = (attribute) => `import type { ConsentConfig, ConsentManager, Regime } from '@consentkit/core'${attribute};
import type { BannerOptions } from '@consentkit/banner'${attribute};
import type { CookieClassification } from '@consentkit/cookie-db'${attribute};

export const config: ConsentConfig = { policyVersion: '2026-11-01', region: 'US-CA' };
export const options: BannerOptions = { position: 'box' };
export const regime: Regime = 'opt-out';
export function describe(manager: ConsentManager, found: CookieClassification | undefined): string {
  return \`\${manager.regime}: \${found?.category ?? 'unknown'}\`;
}
// @ts-expect-error not a regime
export const wrong: Regime = 'opt-maybe';
`;
const CJS_REQUIRE = `import core = require('@consentkit/core');
export const trackerHosts: Readonly<Record<string, string>> = core.TRACKER_HOSTS;
export function wrongUse(): void {
  // @ts-expect-error policyVersion is a string
  core.createConsentManager({ policyVersion: 2026 });
}
`;

function tsconfig(moduleKind, resolution, include) {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      module: moduleKind,
      moduleResolution: resolution,
      strict: true,
      noEmit: true,
      skipLibCheck: false, // our .d.ts files are checked too
      skipDefaultLibCheck: true, // TypeScript's own lib.*.d.ts are not ours to check
      jsx: 'react-jsx',
      types: [],
    },
    include,
  });
}

// --- the browser check ---------------------------------------------------------------------

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/** Serves `dir` on 127.0.0.1; `requests` lists every path asked for. */
async function serve(dir) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    // CORS like an npm CDN: a cross-origin script is integrity-checked only in CORS mode.
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' };
    res.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Opens `url`; checks the banner shows, the gated tag waits for "Accept all", then runs. */
async function bannerGatesTag(browser, server, url) {
  const context = await browser.newContext({ timezoneId: 'Europe/Paris', locale: 'en-GB' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    const accept = page.getByRole('button', { name: 'Accept all' });
    await accept.waitFor({ state: 'visible', timeout: 10_000 }).catch((error) => {
      throw new Error(`no banner${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}: ${error.message}`);
    });
    // The banner is up, so gating has run: the analytics tag must not have been fetched or run.
    if (await page.evaluate(() => 'tagRuns' in window)) throw new Error('the gated tag ran before consent');
    if (server.requests.includes('/tag.js')) throw new Error('the gated tag was requested before consent');
    if ((await context.cookies()).some((c) => c.name === 'consentkit')) throw new Error('a consent cookie exists before any decision');
    await accept.click();
    await page.waitForFunction(() => window.tagRuns === 1, null, { timeout: 10_000 });
    if (!server.requests.includes('/tag.js')) throw new Error('the tag ran without being requested');
    if (!(await context.cookies()).some((c) => c.name === 'consentkit')) throw new Error('no consent cookie after "Accept all"');
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  } finally {
    await context.close();
  }
}

const GATED_TAG = '<script type="text/plain" data-category="analytics" src="/tag.js"></script>';

// --- main ----------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'consentkit-consumer-'));
const project = join(work, 'app');
let browser;
let server;
let cdnServer;
try {
  console.log(`consumer: packing ${PACKAGES.join(', ')} into ${work}`);
  const tarballs = [];
  await check('pnpm pack the browser packages', () => {
    for (const dir of PACKAGES) tarballs.push(pack(dir, work));
  });

  await check('npm install the tarballs into a fresh project outside the workspace', () => {
    write(join(project, 'package.json'), JSON.stringify({ name: 'consentkit-consumer', private: true, type: 'module' }));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, ...FRAMEWORKS], project);
    for (const dir of ['@consentkit/core', '@consentkit/banner', 'consentkit']) {
      if (!existsSync(join(project, 'node_modules', dir, 'package.json'))) throw new Error(`${dir} is not installed`);
    }
  });

  write(join(project, 'src', 'app.ts'), APP);
  write(join(project, 'src', 'frameworks.tsx'), FRAMEWORKS_APP);
  write(join(project, 'src', 'cjs-node16.cts'), cjsTypes(" with { 'resolution-mode': 'import' }"));
  write(join(project, 'src', 'cjs-nodenext.cts'), `${cjsTypes('')}\n${CJS_REQUIRE}`);
  const tsc = join(root, 'node_modules', '.bin', 'tsc');
  /** Type-checks `include` with one module setting: resolves on success, rejects with tsc's output. */
  const typeCheck = (name, moduleKind, resolution, include) => {
    write(join(project, `tsconfig.${name}.json`), tsconfig(moduleKind, resolution, include));
    return runAsync(tsc, ['-p', `tsconfig.${name}.json`], project);
  };
  // Independent tsc runs, two at a time (the machines have two cores).
  const typeChecks = [
    ['type-check the app under moduleResolution bundler', () => typeCheck('bundler', 'ESNext', 'bundler', ['src/app.ts'])],
    ['type-check the app under moduleResolution node16', () => typeCheck('node16', 'Node16', 'Node16', ['src/app.ts'])],
    ['type-check the app under moduleResolution nodenext', () => typeCheck('nodenext', 'NodeNext', 'NodeNext', ['src/app.ts'])],
    ['type-check the React and Vue bindings (nodenext)', () => typeCheck('frameworks', 'NodeNext', 'NodeNext', ['src/frameworks.tsx'])],
    ['type-check a CommonJS file importing the ESM types (node16, with resolution-mode)', () => typeCheck('cjs16', 'Node16', 'Node16', ['src/cjs-node16.cts'])],
    [
      'type-check a CommonJS file importing the ESM types and require()-ing core (nodenext)',
      () => typeCheck('cjsnext', 'NodeNext', 'NodeNext', ['src/cjs-nodenext.cts']),
    ],
  ];
  for (let i = 0; i < typeChecks.length; i += 2) await Promise.all(typeChecks.slice(i, i + 2).map(([name, fn]) => check(name, fn)));
  await check('require() the packages from CommonJS in Node (server rendering, tests)', () => {
    const script =
      "for (const p of ['@consentkit/core', '@consentkit/cookie-db', '@consentkit/adapters/google']) { const m = require(p); if (Object.keys(m).length === 0) throw new Error(p + ' has no exports'); }";
    run(process.execPath, ['-e', script], project);
  });

  const site = join(project, 'site');
  await check('bundle the app with esbuild', async () => {
    await build({
      entryPoints: [join(project, 'src', 'app.ts')],
      absWorkingDir: project,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      outfile: join(site, 'app.js'),
      tsconfigRaw: '{}',
      logLevel: 'error',
    });
    write(join(site, 'tag.js'), 'window.tagRuns = (window.tagRuns || 0) + 1;\n');
    write(
      join(site, 'npm', 'index.html'),
      `<!doctype html><html lang="en"><head><title>npm</title><script defer src="/app.js"></script></head><body><h1>npm</h1>${GATED_TAG}</body></html>`,
    );
  });

  await check('the script-tag files load from node_modules/consentkit/dist', () => {
    const dist = join(project, 'node_modules', 'consentkit', 'dist');
    for (const file of ['consentkit.min.js', 'consentkit-ui.js', 'consentkit-cookie-db.js', 'i18n/de.json']) {
      if (!existsSync(join(dist, file))) throw new Error(`consentkit/dist/${file} is not in the package`);
    }
    const config = '{ "policyVersion": "2026-11-01", "region": "FR" }';
    write(
      join(site, 'script-tag', 'index.html'),
      `<!doctype html><html lang="en"><head><title>script tag</title><script type="application/json" id="consentkit-config">${config}</script>` +
        `<script src="/cdn/consentkit.min.js" data-config="#consentkit-config"></script></head><body><h1>script tag</h1>${GATED_TAG}</body></html>`,
    );
  });

  browser = await chromium.launch(chromiumLaunchOptions());
  server = await serve(site);
  // The script-tag files as a CDN would serve them: straight from the installed package.
  const cdn = join(site, 'cdn');
  const installedDist = join(project, 'node_modules', 'consentkit', 'dist');
  if (existsSync(installedDist)) symlinkSync(installedDist, cdn); // else the checks below fail, each with its reason
  await check('Chromium, bundled app: banner shows; the gated tag waits for "Accept all", then runs', () =>
    bannerGatesTag(browser, server, `${server.url}/npm/`),
  );
  server.requests.length = 0;
  await check('Chromium, script tag from the package: banner shows; the gated tag waits for "Accept all", then runs', () =>
    bannerGatesTag(browser, server, `${server.url}/script-tag/`),
  );

  // The release prints a <script> tag with an SRI hash (scripts/print-script-tag.mjs): loaded
  // from another origin, as from a CDN, the packed file must pass the browser's integrity check,
  // and a file that differs by one byte must be refused.
  cdnServer = await serve(site);
  const minJsPath = join(installedDist, 'consentkit.min.js');
  const minJs = existsSync(minJsPath) ? readFileSync(minJsPath) : Buffer.alloc(0);
  const sriPage = (tag) =>
    `<!doctype html><html lang="en"><head><title>CDN</title><script type="application/json" id="consentkit-config">{ "policyVersion": "2026-11-01", "region": "FR" }</script>` +
    `${tag}</head><body><h1>CDN</h1>${GATED_TAG}</body></html>`;
  write(join(site, 'sri', 'index.html'), sriPage(scriptTag(`${cdnServer.url}/cdn/consentkit.min.js`, minJs)));
  write(join(site, 'sri-mismatch', 'index.html'), sriPage(scriptTag(`${cdnServer.url}/cdn/consentkit.min.js`, Buffer.concat([minJs, Buffer.from('\n')]))));
  server.requests.length = 0;
  await check('Chromium, the printed CDN <script> tag with its SRI hash: the browser accepts the packed file; banner and gating work', () =>
    bannerGatesTag(browser, server, `${server.url}/sri/`),
  );
  await check('Chromium, an SRI hash of other bytes: the browser refuses to run the file', async () => {
    const page = await browser.newPage();
    try {
      const refused = page.waitForEvent('console', { predicate: (m) => /integrity/i.test(m.text()), timeout: 10_000 });
      await page.goto(`${server.url}/sri-mismatch/`);
      await refused;
      if (await page.evaluate(() => 'ConsentKit' in window)) throw new Error('the script ran despite a wrong integrity hash');
    } finally {
      await page.close();
    }
  });
} finally {
  await browser?.close();
  await server?.close();
  await cdnServer?.close();
  if (process.env.CK_KEEP) console.log(`consumer: kept ${work}`);
  else rmSync(work, { recursive: true, force: true, maxRetries: 3 });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`consumer: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`consumer: ${passed} passed, ${failed} failed`);
if (process.env.CK_REPORT) writeFileSync(process.env.CK_REPORT, JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
