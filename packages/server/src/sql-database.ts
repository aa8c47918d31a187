/** Runs one SQL statement with `$1…` parameters and returns its rows. */
export type SqlQuery = <Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]) => Promise<Row[]>;

/**
 * The small interface both storage engines implement (PGlite embedded, PostgreSQL via `pg`).
 * Both speak PostgreSQL's SQL, so the record store sends the very same statements to either.
 */
export interface SqlDatabase {
  /** `embedded` (PGlite in a data directory or in memory) or `postgres`. */
  readonly engine: 'embedded' | 'postgres';
  query: SqlQuery;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * With `lockKey`, the transaction first takes that advisory lock (`pg_advisory_xact_lock`),
   * in the same round trip as `BEGIN` where the engine allows it.
   */
  transaction<T>(fn: (query: SqlQuery) => Promise<T>, lockKey?: number): Promise<T>;
  close(): Promise<void>;
}

/** Thrown when the database cannot be reached; the HTTP API answers 503 and nothing is stored. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}
