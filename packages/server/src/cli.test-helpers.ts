// Test helpers: the real `consentkit-server` command, built from these sources and run as a
// child process, so tests see exactly what someone starting it by hand sees (its flags, its
// output, its exit status, and the HTTP server of @hono/node-server in front of the handler).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

let built: Promise<string> | undefined;
let builtDir: string | undefined;
/** Builds src/cli-entry.ts once per test file into a folder of its own under node_modules (so imports resolve). */
export function buildCli(): Promise<string> {
  built ??= (async () => {
    const outdir = join(packageDir, 'node_modules', '.test-build', `${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
    mkdirSync(outdir, { recursive: true });
    builtDir = outdir;
    const outfile = join(outdir, 'cli.mjs');
    await build({
      entryPoints: [join(packageDir, 'src', 'cli-entry.ts')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    return outfile;
  })();
  return built;
}

/** Removes the build of {@link buildCli} (call in `afterAll`). */
export function removeCliBuild(): void {
  if (builtDir) rmSync(builtDir, { recursive: true, force: true });
  built = builtDir = undefined;
}

/** The environment for the command: this process's, without CONSENTKIT_ADMIN_TOKEN unless given. */
function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('CONSENTKIT_ADMIN_TOKEN' in env)) delete merged.CONSENTKIT_ADMIN_TOKEN;
  return merged;
}

/** Runs the command to its end (for arguments it refuses); at most 20 s. */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  const cli = await buildCli();
  const result = spawnSync(process.execPath, [cli, ...args], { env: cliEnv(env), encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A running server. */
export interface RunningCli {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts the command and waits until it prints the address it listens on. */
export async function startCli(args: string[], env: Record<string, string> = {}): Promise<RunningCli> {
  const cli = await buildCli();
  // With an IPC channel the server stops by itself if this test process dies first.
  const proc: ChildProcess = spawn(process.execPath, [cli, ...args], { env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let out = '';
  const exited = new Promise<void>((done) => proc.once('exit', () => done()));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match && /dashboard: /.test(out)) resolve(match[1]!);
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`consentkit-server exited (${code}) before listening:\n${out}`)));
  });
  return {
    url,
    output: () => out,
    stop: async () => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      await exited;
    },
  };
}
