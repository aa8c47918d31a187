#!/usr/bin/env node
// Consent-record server throughput: autocannon posts unique records to a real `consentkit-server`
// on 127.0.0.1 (rate limit off) and prints records/s accepted and latency percentiles, on the
// embedded engine (PGlite) and on PostgreSQL (CONSENTKIT_TEST_DATABASE_URL, else a throwaway
// cluster when Debian's postgresql is installed). Prints figures; asserts nothing.
//   node scripts/bench-records.mjs [--duration 10] [--connections 50]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = join(root, 'packages/server');
const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } } });
const duration = Number(values.duration);
const connections = Number(values.connections);
const TOKEN = 'bench-admin-token-0123456789abcdef';

const outdir = join(serverDir, 'node_modules', '.bench-build');
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [join(serverDir, 'src/cli-entry.ts')],
  outfile: join(outdir, 'cli.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

async function startServer(args) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ck-bench-'));
  const proc = spawn(process.execPath, [join(outdir, 'cli.mjs'), '--port', '0', '--data-dir', dataDir, '--rate-limit', '0', ...args], {
    env: { ...process.env, CONSENTKIT_ADMIN_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let out = '';
  const port = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      out += chunk;
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: proc.pid,
    stop: async () => {
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const body = () =>
  JSON.stringify({
    recordId: randomUUID(),
    previousRecordId: null,
    subjectId: randomUUID(),
    timestamp: new Date().toISOString(),
    policyVersion: '2026-11-01',
    regime: 'opt-in',
    region: 'FR',
    method: 'accept-all',
    choices: { necessary: true, analytics: true, targeting: true },
    gpc: false,
    gpcOverride: false,
  });

/** CPU time (user + system, ms) a process has used, from /proc (Linux); undefined elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks, USER_HZ = 100
  } catch {
    return undefined;
  }
}

async function measure(label, args) {
  const server = await startServer(args);
  try {
    // Warm-up (JIT, connection pool, first pages of the table).
    await autocannon({
      url: `${server.url}/v1/records`,
      connections: 10,
      amount: 500,
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
    });
    const cpuBefore = cpuMs(server.pid);
    const result = await autocannon({
      url: `${server.url}/v1/records`,
      connections,
      duration,
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
    });
    const verify = await (await fetch(`${server.url}/v1/verify`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    const ok = result['2xx'];
    const cpu = cpuMs(server.pid);
    // CPU the server process spent per record: what the figures would be on a machine of its own.
    const perRecord = cpu !== undefined && cpuBefore !== undefined && ok > 0 ? `, server CPU ${(((cpu - cpuBefore) * 1000) / ok).toFixed(0)} µs/record` : '';
    console.log(
      `${label.padEnd(11)} ${(ok / result.duration).toFixed(0).padStart(6)} records/s accepted   latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms` +
        `   (${ok} stored, ${result.non2xx} non-2xx, ${result.errors} errors; chain ${verify.ok ? `verified, ${verify.count} entries` : `BROKEN at ${verify.firstBadIndex}`}${perRecord})`,
    );
  } finally {
    await server.stop();
  }
}

function throwawayPostgres() {
  const base = '/usr/lib/postgresql';
  const version = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  if (!version) return undefined;
  const bin = join(base, version, 'bin');
  const dir = mkdtempSync(join(tmpdir(), 'ck-bench-pg-'));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd, args) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, cmd), args, { stdio: 'pipe' });
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  run('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
  const port = 55000 + Math.floor(Math.random() * 4000);
  run('pg_ctl', ['-D', join(dir, 'data'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      spawnSync(
        asRoot ? 'runuser' : join(bin, 'pg_ctl'),
        asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', join(dir, 'data'), '-m', 'fast', 'stop'] : ['-D', join(dir, 'data'), '-m', 'fast', 'stop'],
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const load = existsSync('/proc/loadavg') ? `; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}` : '';
console.log(`POST /v1/records, ${connections} connections, ${duration} s, unique records (text/plain JSON as the SDK sends)${load}`);
await measure('embedded', []);
let cluster;
let url = process.env.CONSENTKIT_TEST_DATABASE_URL;
if (!url) {
  cluster = throwawayPostgres();
  url = cluster?.url;
}
if (url) {
  // A database of its own, so the figures do not depend on rows left by tests.
  const name = `ck_bench_${process.pid}`;
  const pg = (await import(join(serverDir, 'node_modules', 'pg', 'lib', 'index.js'))).default;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const benchUrl = new URL(url);
  benchUrl.pathname = `/${name}`;
  try {
    await measure('postgresql', ['--database-url', benchUrl.toString()]);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    cluster?.stop();
  }
} else {
  console.log("postgresql  skipped: set CONSENTKIT_TEST_DATABASE_URL or install Debian's postgresql");
}
