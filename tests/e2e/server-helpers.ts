import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page, Request } from '@playwright/test';

/** Helpers of the consent-record server browser tests (not a spec: no tests here). */

const serverDir = fileURLToPath(new URL('../../packages/server', import.meta.url));

/**
 * Builds the real `consentkit-server` CLI from source once per worker, into a folder of its own
 * under the package's node_modules (so its dependencies resolve, and parallel workers never
 * write the same file).
 */
let built: Promise<string> | undefined;
export function buildServer(): Promise<string> {
  built ??= (async () => {
    const outdir = join(serverDir, 'node_modules', '.e2e-build', `${process.pid}`);
    mkdirSync(outdir, { recursive: true });
    await build({
      entryPoints: [join(serverDir, 'src', 'cli-entry.ts')],
      outfile: join(outdir, 'cli.mjs'),
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    return join(outdir, 'cli.mjs');
  })();
  return built;
}

/** A running `consentkit-server` process. */
export interface RunningServer {
  url: string;
  port: number;
  token: string;
  dataDir: string;
  proc: ChildProcess;
  output: () => string;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL (no chance to clean up) and wait for the exit. */
  kill(): Promise<void>;
}

/** A fresh data directory for one test. */
export const freshDataDir = () => mkdtempSync(join(tmpdir(), 'ck-records-'));

/** Starts the server and waits until it listens; `port` 0 lets the system choose. */
export async function startServer(options: { dataDir: string; port?: number; args?: string[]; env?: Record<string, string> }): Promise<RunningServer> {
  const cli = await buildServer();
  const args = [cli, '--data-dir', options.dataDir, '--port', String(options.port ?? 0), '--host', '127.0.0.1', ...(options.args ?? [])];
  const env = { ...process.env, ...options.env };
  if (!options.env?.CONSENTKIT_ADMIN_TOKEN) delete env.CONSENTKIT_ADMIN_TOKEN;
  // With an IPC channel the server stops by itself if this worker dies before stopping it.
  const proc = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let out = '';
  const exited = new Promise<void>((done) => proc.once('exit', () => done()));
  const port = await new Promise<number>((resolvePort, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) resolvePort(Number(match[1]));
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`consentkit-server exited (${code}) before listening:\n${out}`)));
  });
  const tokenFile = join(options.dataDir, 'admin-token');
  const token = options.env?.CONSENTKIT_ADMIN_TOKEN ?? (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : '');
  const signal = (sig: NodeJS.Signals) => async () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(sig);
    await exited;
  };
  return { url: `http://127.0.0.1:${port}`, port, token, dataDir: options.dataDir, proc, output: () => out, stop: signal('SIGTERM'), kill: signal('SIGKILL') };
}

/** GET an admin endpoint of the server as JSON. */
export async function adminGet<T>(server: RunningServer, path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.token}` } });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A stored record as the admin API returns it. */
export interface ServedRecord {
  recordId: string;
  previousRecordId: string | null;
  subjectId: string;
  method: string;
  receivedAt: string;
  hash: string;
  index: number;
}

/** Serves the script-tag example with `recordEndpoint` pointing at the server. */
export async function exampleWithEndpoint(page: Page, endpoint: string): Promise<void> {
  await page.route('**/examples/script-tag/index.html*', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const changed = html.replace('"policyVersion": "2026-11-01",', `"policyVersion": "2026-11-01", "recordEndpoint": ${JSON.stringify(endpoint)},`);
    if (changed === html) throw new Error('exampleWithEndpoint: the config block was not found');
    await route.fulfill({ response, body: changed });
  });
}

/** Every record body the page posted to `/v1/records`, with the status the server answered (or 0 when none). */
export function recordPosts(page: Page): { recordId: string; subjectId: string; method: string; status: Promise<number> }[] {
  const posts: { recordId: string; subjectId: string; method: string; status: Promise<number> }[] = [];
  page.on('request', (request: Request) => {
    if (!request.url().endsWith('/v1/records') || request.method() !== 'POST') return;
    const body = JSON.parse(request.postData() ?? '{}');
    const status = request.response().then(
      (r) => r?.status() ?? 0,
      () => 0,
    );
    posts.push({ recordId: body.recordId, subjectId: body.subjectId, method: body.method, status });
  });
  return posts;
}

/** The page's outbox of unacknowledged records (record ids). */
export const outboxIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('consentkit:outbox') ?? '[]') as { recordId: string }[]).map((r) => r.recordId));
