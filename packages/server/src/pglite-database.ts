import { PGlite } from '@electric-sql/pglite';
import type { SqlDatabase, SqlQuery } from './sql-database';

/**
 * Opens the embedded engine: PGlite (PostgreSQL compiled to WebAssembly) in `dataDir`, or in
 * memory without one. Needs no server and no setup; the first open of a new directory takes a
 * few seconds (it runs initdb). One process at a time may open a directory.
 *
 * @example const db = await openEmbeddedDatabase('./consent-records/db')
 */
export async function openEmbeddedDatabase(dataDir?: string): Promise<SqlDatabase> {
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
  // PGlite runs one statement at a time; a queue keeps a transaction from interleaving with
  // statements issued outside it.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
  const query: SqlQuery = (sql, params = []) => serial(async () => (await pg.query(sql, params as unknown[])).rows as never);
  return {
    engine: 'embedded',
    query,
    transaction: (fn, lockKey) =>
      serial(() =>
        pg.transaction(async (tx) => {
          if (lockKey !== undefined) await tx.query('SELECT pg_advisory_xact_lock($1)', [lockKey]);
          return fn(async (sql, params = []) => (await tx.query(sql, params as unknown[])).rows as never);
        }),
      ),
    close: () => serial(() => pg.close()),
  };
}
