import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';

// The server-rendered examples (examples/nextjs, examples/sveltekit): built with their own
// production build (only when their sources or the packages' dist/ changed since the last build,
// so one test run makes at most one build of each) and run on 127.0.0.1 on a free port.
const root = fileURLToPath(new URL('../..', import.meta.url));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** How to build and start one example. */
interface ExampleSpec {
  /** The folder under examples/. */
  name: string;
  /** What the build reads (relative to the example) besides the packages' dist/. */
  inputs: string[];
  /** The packages it imports. */
  packages: string[];
  /** A file the build writes last, to compare times with. */
  stamp: string;
  build: [string, string[]];
  start: (port: number) => [string, string[], Record<string, string>];
  /** A path that answers 200 once the server is ready. */
  ready: string;
}

const bin = (name: string, tool: string) => join(root, 'examples', name, 'node_modules', '.bin', tool);

export const NEXT: ExampleSpec = {
  name: 'nextjs',
  inputs: ['app', 'lib', 'public', 'proxy.ts', 'next.config.mjs', 'package.json'],
  packages: ['core', 'banner', 'react', 'adapters'],
  stamp: '.next/BUILD_ID',
  build: [bin('nextjs', 'next'), ['build']],
  start: (port) => [bin('nextjs', 'next'), ['start', '--hostname', '127.0.0.1', '--port', String(port)], {}],
  ready: '/icon.svg',
};

export const SVELTEKIT: ExampleSpec = {
  name: 'sveltekit',
  inputs: ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'],
  packages: ['core', 'banner'],
  stamp: 'build/index.js',
  build: [bin('sveltekit', 'vite'), ['build', '--logLevel', 'warn']],
  start: (port) => [process.execPath, ['build'], { HOST: '127.0.0.1', PORT: String(port) }],
  ready: '/favicon.svg',
};

/** The newest modification time of a file under `path` (0 when it does not exist). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds the example if it is missing or older than its inputs; throws with the output when the build fails. Returns how long it took (ms, 0 if fresh). */
export function buildExample(spec: ExampleSpec): number {
  const dir = join(root, 'examples', spec.name);
  if (!existsSync(spec.build[0])) throw new Error(`examples/${spec.name}: its dependencies are not installed (run pnpm install)`);
  for (const pkg of spec.packages) {
    if (!existsSync(join(root, 'packages', pkg, 'dist'))) throw new Error(`examples/${spec.name} needs packages/${pkg}/dist: run pnpm build first`);
  }
  const built = newest(join(dir, spec.stamp));
  const changed = Math.max(...spec.inputs.map((p) => newest(join(dir, p))), ...spec.packages.map((p) => newest(join(root, 'packages', p, 'dist'))));
  if (built > 0 && changed <= built) return 0;
  const started = Date.now();
  const result = spawnSync(spec.build[0], spec.build[1], { cwd: dir, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`examples/${spec.name}: the build failed:\n${result.stdout}\n${result.stderr}`);
  return Date.now() - started;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A running example server. */
export interface ExampleServer {
  origin: string;
  stop(): Promise<void>;
}

/** Starts the built example on 127.0.0.1 and waits until it answers. */
export async function startExample(spec: ExampleSpec): Promise<ExampleServer> {
  const port = await freePort();
  const [command, args, extra] = spec.start(port);
  const child: ChildProcess = spawn(command, args, { cwd: join(root, 'examples', spec.name), env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`examples/${spec.name}: the server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(origin + spec.ready)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`examples/${spec.name}: the server did not answer within 30 s:\n${output}`);
}

/** Per frame (rAF) from the start of the document: whether the banner's first layer is laid out. */
export async function watchPage(page: Page) {
  await page.addInitScript(() => {
    const w = window as any;
    w.__frames = [];
    w.__violations = [];
    w.__shifts = 0;
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    new PerformanceObserver((list) => list.getEntries().forEach((e: any) => (w.__shifts += e.value))).observe({ type: 'layout-shift', buffered: true });
    const shown = () => {
      const section = document.querySelector('consentkit-banner')?.shadowRoot?.querySelector('section');
      const box = section?.getBoundingClientRect();
      return !!box && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
    };
    const frame = (time: number) => {
      w.__frames.push({ time, shown: shown() });
      if (!w.__stopFrames) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** The path of every request for the analytics stand-in. */
export function analyticsRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/vendor/analytics.js') seen.push(r.url());
  });
  return seen;
}

/**
 * Serves `spec` for the calling spec file: its tests run in order on one worker; the example is
 * built (when stale) and started before them and stopped after. The returned server's `origin`
 * is readable from the first test on.
 */
export function serveExample(spec: ExampleSpec): ExampleServer {
  let server: ExampleServer | undefined;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const ms = buildExample(spec);
    if (ms > 0) console.log(`examples/${spec.name}: the build took ${(ms / 1000).toFixed(1)} s`);
    server = await startExample(spec);
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  return {
    get origin() {
      if (!server) throw new Error(`examples/${spec.name} is not running (serveExample's beforeAll did not finish)`);
      return server.origin;
    },
    stop: () => server?.stop() ?? Promise.resolve(),
  };
}

/** Stops {@link watchPage}'s frame log and returns it with the page's first contentful paint (ms). */
export function paintedFrames(page: Page): Promise<{ fcp: number | undefined; frames: { time: number; shown: boolean }[] }> {
  return page.evaluate(() => {
    (window as any).__stopFrames = true;
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      frames: (window as any).__frames as { time: number; shown: boolean }[],
    };
  });
}
