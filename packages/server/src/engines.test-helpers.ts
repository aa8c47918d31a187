// Test helpers: the same tests run on both engines. PGlite in memory always; PostgreSQL from
// CONSENTKIT_TEST_DATABASE_URL (exported by .ci/run), or else a throwaway cluster started here
// when Debian's PostgreSQL binaries exist. Without either, the PostgreSQL tests FAIL with a
// message saying what to install — they never skip silently.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openEmbeddedDatabase } from './pglite-database';
import { openPostgresDatabase } from './postgres-database';
import { migrate } from './migrations';
import type { SqlDatabase } from './sql-database';

export const DATABASE_URL_ENV = 'CONSENTKIT_TEST_DATABASE_URL';
export type EngineName = 'embedded' | 'postgres';
export const ENGINES: readonly EngineName[] = ['embedded', 'postgres'];

function postgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const version = readdirSync(base)
    .sort((a, b) => Number(b) - Number(a))
    .find((v) => existsSync(join(base, v, 'bin', 'initdb')));
  return version ? join(base, version, 'bin') : undefined;
}

/** Starts a throwaway cluster (as the postgres user when running as root) and returns its URL and a stop function. */
function startThrowawayCluster(): { url: string; stop: () => void } {
  const bin = postgresBin();
  if (!bin) {
    throw new Error(`PostgreSQL tests need ${DATABASE_URL_ENV}=postgres://… or Debian's postgresql package (apt-get install postgresql); neither was found.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'ck-pg-'));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, cmd), args, { stdio: 'pipe' });
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  run('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
  const port = 55000 + Math.floor(Math.random() * 4000);
  run('pg_ctl', ['-D', join(dir, 'data'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      if (asRoot) spawnSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
      else spawnSync(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A PostgreSQL server for tests: CONSENTKIT_TEST_DATABASE_URL, or a throwaway cluster (then call
 * `stop` when done). `withSchema(name)` is the same URL with `search_path` set to that schema.
 */
export function testPostgres(): { url: string; stop?: () => void; withSchema: (schema: string) => string } {
  const fromEnv = process.env[DATABASE_URL_ENV];
  const cluster = fromEnv ? undefined : startThrowawayCluster();
  const url = fromEnv ?? cluster!.url;
  const withSchema = (schema: string) => {
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema}`);
    return u.toString();
  };
  return { url, stop: cluster?.stop, withSchema };
}

/**
 * Gives each test a migrated, empty database of the engine. PostgreSQL tests get a schema of
 * their own (so test files running in parallel do not see each other's rows).
 */
export function useDatabase(engine: EngineName): () => SqlDatabase {
  let db: SqlDatabase | undefined;
  let stop: (() => void) | undefined;
  let admin: SqlDatabase | undefined;
  const schema = `ck_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  beforeAll(async () => {
    if (engine === 'embedded') {
      db = await openEmbeddedDatabase();
    } else {
      const pg = testPostgres();
      stop = pg.stop;
      admin = openPostgresDatabase(pg.url, { poolSize: 1 });
      await admin.query(`CREATE SCHEMA ${schema}`);
      db = openPostgresDatabase(pg.withSchema(schema));
    }
    await migrate(db);
  }, 60_000);
  beforeEach(async () => {
    await db!.query('TRUNCATE consent_log, consent_log_head');
  });
  afterAll(async () => {
    await db?.close();
    if (admin) {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await admin.close();
    }
    stop?.();
  });
  return () => db!;
}
