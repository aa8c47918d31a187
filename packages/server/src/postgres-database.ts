import pg from 'pg';
import type { SqlDatabase, SqlQuery } from './sql-database';
import { StorageUnavailableError } from './sql-database';

/** Options for {@link openPostgresDatabase}. */
export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

// Network and server-side "cannot serve now" errors: the request gets a 503, never a 500.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08006',
]);

function translate(error: unknown): never {
  const code = (error as { code?: string }).code;
  if (code && UNAVAILABLE_CODES.has(code)) throw new StorageUnavailableError(`PostgreSQL is unavailable (${code})`);
  if (error instanceof Error && /Connection terminated|timeout exceeded when trying to connect/i.test(error.message)) {
    throw new StorageUnavailableError(`PostgreSQL is unavailable (${error.message})`);
  }
  throw error;
}

/**
 * Connects to PostgreSQL with a connection pool (`pg`). Nothing is checked until the first query.
 *
 * @example const db = openPostgresDatabase('postgres://consent@db.internal/consent')
 */
export function openPostgresDatabase(url: string, options: PostgresOptions = {}): SqlDatabase {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, connectionTimeoutMillis: 3000 });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const query: SqlQuery = async (sql, params = []) => {
    try {
      return (await pool.query(sql, params as unknown[])).rows as never;
    } catch (error) {
      return translate(error);
    }
  };
  return {
    engine: 'postgres',
    query,
    async transaction(fn, lockKey) {
      const client = await pool.connect().catch(translate);
      let broken: unknown;
      try {
        // One round trip for BEGIN and the lock (a simple query; the key is an integer we own).
        await client.query(lockKey === undefined ? 'BEGIN' : `BEGIN; SELECT pg_advisory_xact_lock(${Math.trunc(lockKey)})`);
        const result = await fn(async (sql, params = []) => (await client.query(sql, params as unknown[])).rows as never);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((e: unknown) => (broken = e));
        return translate(error);
      } finally {
        // A client whose connection broke is destroyed rather than handed to the next request.
        client.release(broken instanceof Error ? broken : undefined);
      }
    },
    close: () => pool.end(),
  };
}
