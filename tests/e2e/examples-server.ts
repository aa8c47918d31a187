import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Builds examples/nextjs with `next build` (only when its sources or the packages' dist/ changed
// since the last build, so one test run makes at most one production build) and runs
// `next start` on 127.0.0.1 on a free port.
const root = fileURLToPath(new URL('../..', import.meta.url));
const app = join(root, 'examples', 'nextjs');
const next = join(app, 'node_modules', '.bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** The newest modification time of a file under `path` (0 when it does not exist). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether .next/ is missing or older than anything the build reads. */
function stale(): boolean {
  const built = newest(join(app, '.next', 'BUILD_ID'));
  const inputs = ['app', 'lib', 'public', 'proxy.ts', 'next.config.mjs', 'package.json'].map((p) => join(app, p));
  const packages = ['core', 'banner', 'react', 'adapters'].map((p) => join(root, 'packages', p, 'dist'));
  return built === 0 || Math.max(...inputs.map(newest), ...packages.map(newest)) > built;
}

/** Runs `next build` if needed; throws with its output when it fails. Returns how long it took (ms, 0 if fresh). */
export function buildNextExample(): number {
  if (!existsSync(next)) throw new Error('examples/nextjs: Next.js is not installed (run pnpm install)');
  for (const pkg of ['core', 'banner', 'react', 'adapters']) {
    if (!existsSync(join(root, 'packages', pkg, 'dist'))) throw new Error(`examples/nextjs needs packages/${pkg}/dist: run pnpm build first`);
  }
  if (!stale()) return 0;
  const started = Date.now();
  const result = spawnSync(next, ['build'], { cwd: app, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
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

/** A running `next start`. */
export interface NextServer {
  origin: string;
  stop(): Promise<void>;
}

/** Starts `next start` on 127.0.0.1 and waits until it answers. */
export async function startNextExample(): Promise<NextServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(next, ['start', '--hostname', '127.0.0.1', '--port', String(port)], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${origin}/icon.svg`);
      if (response.ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`next start did not answer within 30 s:\n${output}`);
}
