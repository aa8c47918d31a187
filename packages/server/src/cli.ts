import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { migrate } from './migrations';
import { openEmbeddedDatabase } from './pglite-database';
import { openPostgresDatabase } from './postgres-database';
import { createRecordStore } from './record-store';
import { ADMIN_TOKEN, createRecordsApp, isOrigin, originHint } from './records-app';
import { startRetention } from './retention';
import type { SqlDatabase } from './sql-database';

const USAGE = `Usage: consentkit-server [--port 8787] [--host 127.0.0.1] [--data-dir ./consent-records]
                         [--database-url postgres://…] [--allow-origin https://site.example]…
                         [--rate-limit 600] [--retention-days 0] [--trust-proxy]

Receives ConsentKit consent records (POST /v1/records), keeps them in a tamper-evident log and
serves the admin API and the dashboard (/dashboard). Without --database-url the embedded
database in <data-dir>/db is used. The admin token comes from CONSENTKIT_ADMIN_TOKEN, else from
<data-dir>/admin-token (created with mode 0600 when missing).

  --rate-limit N       records per minute per client (0: no limit)
  --retention-days N   purge records received more than N days ago, hourly (0: keep forever)
  --trust-proxy        behind a reverse proxy: rate-limit by the last X-Forwarded-For address
                       (by the connection's address when a request has none)

A bad flag or value stops the server before it writes anything, with exit status 2.`;

/** Reads or creates the admin token; says where it came from. */
export function loadAdminToken(dataDir: string, env: NodeJS.ProcessEnv = process.env): { token: string; source: string } {
  const fromEnv = env.CONSENTKIT_ADMIN_TOKEN;
  if (fromEnv !== undefined) {
    if (fromEnv.trim() === '') throw new Error('CONSENTKIT_ADMIN_TOKEN is empty: set a long random token, or unset it to have one generated');
    if (!ADMIN_TOKEN.test(fromEnv)) {
      throw new Error(
        'CONSENTKIT_ADMIN_TOKEN may hold only printable ASCII characters without spaces or line breaks (it is sent as "Authorization: Bearer <token>")',
      );
    }
    if (fromEnv.length < 16) console.warn('consentkit-server: CONSENTKIT_ADMIN_TOKEN is shorter than 16 characters; a long random token is safer');
    return { token: fromEnv, source: 'the environment variable CONSENTKIT_ADMIN_TOKEN' };
  }
  const file = join(dataDir, 'admin-token');
  if (existsSync(file)) {
    // Only the owner may read the token: tighten a file someone loosened.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    const token = readFileSync(file, 'utf8').trim();
    if (token === '') throw new Error(`${file} is empty: delete it to have a new token generated`);
    if (!ADMIN_TOKEN.test(token))
      throw new Error(`${file} may hold only printable ASCII characters without spaces (the token is sent as "Authorization: Bearer <token>")`);
    return { token, source: file };
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const token = randomBytes(32).toString('base64url');
  writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600); // whatever the umask
  return { token, source: file };
}

/**
 * Claims the embedded database's directory for this process: PGlite has no lock of its own, and
 * two processes writing one data directory would corrupt it. A lock left by a process that no
 * longer runs (killed, crashed) is taken over. Returns the release function.
 */
export function lockDataDir(dir: string, pid = process.pid): () => void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'server.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(pid), { flag: 'wx', mode: 0o600 });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8'));
      let alive: boolean;
      try {
        alive = holder > 0 && holder !== pid && process.kill(holder, 0);
      } catch (e) {
        alive = (e as NodeJS.ErrnoException).code === 'EPERM';
      }
      if (alive) throw new Error(`another consentkit-server (pid ${holder}) is using ${dir}; stop it or use another --data-dir`, { cause: error });
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock ${dir}`);
}

// Behind a proxy every request comes from the proxy's address; the proxy appends the real
// client's address as the last X-Forwarded-For entry (earlier entries are client-supplied).
// Without the header (a request that did not pass the proxy) the socket's address counts.
const forwardedFor = (request: Request) => request.headers.get('x-forwarded-for')?.split(',').pop()?.trim() || undefined;

function fail(message: string): never {
  console.error(`consentkit-server: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function wholeNumber(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) fail(`--${name} must be a whole number, got "${text}"`);
  return Number(text);
}

/** Runs the standalone server from command-line arguments. */
export async function main(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'database-url': { type: 'string' },
        'allow-origin': { type: 'string', multiple: true },
        'rate-limit': { type: 'string' },
        'retention-days': { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = wholeNumber('port', values.port, 8787);
  if (port > 65535) fail(`--port must be from 0 to 65535, got "${values.port}"`);
  // An empty --host would bind every interface, an empty --data-dir the current directory: neither is meant.
  if (values.host?.trim() === '') fail('--host must be an address such as 127.0.0.1 or 0.0.0.0, got ""');
  if (values['data-dir']?.trim() === '') fail('--data-dir must be a directory, got ""');
  const host = values.host ?? '127.0.0.1';
  const dataDir = resolve(values['data-dir'] ?? './consent-records');
  const perMinute = wholeNumber('rate-limit', values['rate-limit'], 600);
  const retentionDays = wholeNumber('retention-days', values['retention-days'], 0);
  // Beyond this the cut-off date is outside what a Date can hold, and every purge would fail.
  if (retentionDays > 36_500) fail(`--retention-days must be at most 36500 (100 years), got "${values['retention-days']}"`);
  const origins = values['allow-origin'] ?? [];
  for (const origin of origins) {
    if (!isOrigin(origin)) fail(`--allow-origin must be an origin such as https://site.example, got "${origin}" (${originHint(origin)})`);
  }
  const url = values['database-url'];
  if (url !== undefined && !/^postgres(ql)?:\/\/./.test(url))
    fail('--database-url must be a PostgreSQL URL such as postgres://user:pass@host/db (the value given is not shown: it may hold a password)');

  let loaded: { token: string; source: string };
  try {
    loaded = loadAdminToken(dataDir);
  } catch (error) {
    fail((error as Error).message);
  }
  const { token, source } = loaded;
  let database: SqlDatabase;
  if (url !== undefined) {
    database = openPostgresDatabase(url);
  } else {
    let release: () => void;
    try {
      release = lockDataDir(join(dataDir, 'db'));
    } catch (error) {
      fail((error as Error).message);
    }
    process.on('exit', release);
    database = await openEmbeddedDatabase(join(dataDir, 'db'));
  }
  // Migrate now to report problems early; if PostgreSQL is not reachable yet the server still
  // starts, answers 503 and tries again on the next requests.
  await migrate(database).catch((error: Error) => console.error(`consentkit-server: database not ready yet: ${error.message}`));

  const trustProxy = values['trust-proxy'] === true;
  const handler = createRecordsApp({
    database,
    adminToken: token,
    allowOrigins: origins,
    rateLimit: perMinute === 0 ? false : { perMinute, burst: perMinute },
  });
  const stopRetention =
    retentionDays > 0
      ? startRetention(
          async () => {
            await migrate(database);
            return createRecordStore(database);
          },
          {
            days: retentionDays,
            onRun: (n, error) => {
              if (error) console.error(`consentkit-server: retention purge failed: ${(error as Error).message}`);
              else if (n > 0) console.log(`consentkit-server: purged ${n} records older than ${retentionDays} days`);
            },
          },
        )
      : () => undefined;

  const server = serve(
    {
      fetch: (request, env: { incoming?: { socket?: { remoteAddress?: string } } }) =>
        handler(request, {
          remoteAddress: (trustProxy ? forwardedFor(request) : undefined) ?? env?.incoming?.socket?.remoteAddress,
        }),
      port,
      hostname: host,
    },
    (info) => {
      const origin = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
      console.log(`consentkit-server: listening on ${origin}`);
      console.log(`consentkit-server: storage: ${url !== undefined ? 'PostgreSQL' : `embedded database in ${join(dataDir, 'db')}`}`);
      console.log(`consentkit-server: admin token: ${source}`);
      console.log(`consentkit-server: dashboard: ${origin}/dashboard`);
    },
  );
  server.on('error', (error: Error) => {
    console.error(`consentkit-server: ${error.message}`);
    process.exit(1);
  });
  const stop = () => {
    stopRetention();
    server.close(() => void database.close().finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
