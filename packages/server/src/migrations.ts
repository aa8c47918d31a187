import type { SqlDatabase } from './sql-database';

// Any constant works; all writers of one database take this lock, so the chain has one tail.
export const CHAIN_LOCK_KEY = 275_602_023;

/**
 * Schema changes in order; entry `n` brings a database from version `n` to `n + 1`.
 * Plain PostgreSQL that PGlite runs unchanged. Never edit a shipped step: append a new one.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE consent_log (
     idx BIGINT PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('record', 'erasure', 'purge')),
     record_id TEXT UNIQUE,
     subject_id TEXT,
     received_at TIMESTAMPTZ NOT NULL,
     method TEXT,
     region TEXT,
     regime TEXT,
     gpc BOOLEAN,
     choices JSONB,
     content TEXT,
     content_hash TEXT NOT NULL,
     prev_hash TEXT NOT NULL,
     hash TEXT NOT NULL
   );
   CREATE INDEX consent_log_subject ON consent_log (subject_id, idx);
   CREATE INDEX consent_log_received ON consent_log (received_at, idx);
   CREATE TABLE consent_log_head (id INT PRIMARY KEY CHECK (id = 1), idx BIGINT NOT NULL, hash TEXT NOT NULL);`,
];

/** Brings the database schema up to date (idempotent; safe when several servers start at once). */
export async function migrate(db: SqlDatabase): Promise<void> {
  await db.transaction(async (query) => {
    await query('CREATE TABLE IF NOT EXISTS consentkit_schema (version INT NOT NULL)');
    const [row] = await query<{ version: number }>('SELECT version FROM consentkit_schema');
    let version = row ? Number(row.version) : 0;
    if (!row) await query('INSERT INTO consentkit_schema (version) VALUES (0)');
    for (; version < MIGRATIONS.length; version++) {
      for (const statement of MIGRATIONS[version]!.split(/;\s*(?:\n|$)/).filter((s) => s.trim())) await query(statement);
      await query('UPDATE consentkit_schema SET version = $1', [version + 1]);
    }
  }, CHAIN_LOCK_KEY);
}
