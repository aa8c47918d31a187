import { canonicalJson, sha256Hex, type JsonValue } from './canonical-json';
import { entryHash, GENESIS_HASH, toRanges } from './hash-chain';
import { CHAIN_LOCK_KEY } from './migrations';
import type { IncomingRecord } from './record-schema';
import type { SqlDatabase, SqlQuery } from './sql-database';

/** Tag of the server-side record format, stored in every record (ISO/IEC TS 27560 "schema version"). */
export const RECORD_SCHEMA_VERSION = 'consentkit-record/1';

/** A record as stored: what the SDK sent plus the server's `schemaVersion` and `receivedAt`. */
export type StoredRecord = IncomingRecord & { schemaVersion: string; receivedAt: string };

/** A stored record with its place in the log. */
export type LoggedRecord = StoredRecord & { index: number; hash: string };

/** What happened to one record handed to {@link RecordStore.append}. */
export type AppendOutcome = 'stored' | 'duplicate' | 'conflict';

/** One entry of the log as an auditor sees it; `content` is null once erased or purged. */
export interface LogEntry {
  index: number;
  kind: 'record' | 'erasure' | 'purge';
  content: string | null;
  contentHash: string;
  prevHash: string;
  hash: string;
}

/** Counts for one group of {@link RecordStore.stats}. */
export interface StatsGroup {
  key: string;
  total: number;
  gpc: number;
  methods: Record<string, number>;
  categories: Record<string, { granted: number; total: number }>;
}

/** One row of `consent_log` as the database returns it (BIGINT may come back as a string). */
export interface LogRow {
  idx: number | string;
  kind: LogEntry['kind'];
  record_id: string | null;
  subject_id: string | null;
  received_at: Date;
  method: string | null;
  region: string | null;
  regime: string | null;
  gpc: boolean | null;
  choices: Record<string, boolean> | null;
  content: string | null;
  content_hash: string;
  prev_hash: string;
  hash: string;
}

const PAGE = 500;
const COLUMNS = 'idx, kind, record_id, subject_id, received_at, method, region, regime, gpc, choices, content, content_hash, prev_hash, hash';

/** The record store: one append-only, hash-chained log on either engine. */
export interface RecordStore {
  /** Appends records in one transaction; one outcome per record, in order. */
  append(records: readonly IncomingRecord[], receivedAt?: Date): Promise<AppendOutcome[]>;
  /** A subject's records in log order. */
  subjectRecords(subjectId: string): Promise<LoggedRecord[]>;
  /** Erases a subject's records (content and indexed data), logging the erasure. Returns how many. */
  eraseSubject(subjectId: string, at?: Date): Promise<number>;
  /** Purges records received before `before`, logging the purge. Returns how many. */
  purgeBefore(before: Date, at?: Date): Promise<number>;
  /** Records received in `[from, to)`, page by page, in log order. */
  exportRecords(from: Date, to: Date): AsyncGenerator<LoggedRecord>;
  /** Log entries with `fromIndex <= index <= toIndex`, in order (what verification reads). */
  logEntries(fromIndex?: number, toIndex?: number): AsyncGenerator<LogRow>;
  /** The newest records, newest first. */
  latest(limit: number): Promise<LoggedRecord[]>;
  /** The index and hash of the last entry, or undefined for an empty log. */
  head(): Promise<{ index: number; hash: string } | undefined>;
  stats(from: Date, to: Date, groupBy: 'day' | 'region' | 'method'): Promise<StatsGroup[]>;
}

const toLogged = (row: Pick<LogRow, 'idx' | 'content' | 'hash'>): LoggedRecord => ({
  ...(JSON.parse(row.content!) as StoredRecord),
  index: Number(row.idx),
  hash: row.hash,
});

/** The record as the SDK sent it, for comparing a resend with what is stored. */
function sentPart(stored: StoredRecord): IncomingRecord {
  const { schemaVersion: _v, receivedAt: _r, ...sent } = stored;
  return sent;
}

type ChainHead = { idx: number | string; hash: string };

/**
 * Orders a subject's records along their `previousRecordId` links (each decision after the one it
 * replaced), which is not always the order they arrived in: a record kept in a browser's outbox
 * while the server was down arrives after the next decision. Records that start a chain (no
 * previous record, or one not stored) come first by time; links that loop are placed last, in
 * log order.
 */
export function chainOrder(records: readonly LoggedRecord[]): LoggedRecord[] {
  const byTime = (a: LoggedRecord, b: LoggedRecord) => a.timestamp.localeCompare(b.timestamp) || a.index - b.index;
  const ids = new Set(records.map((r) => r.recordId));
  const next = new Map<string, LoggedRecord[]>();
  for (const r of records) {
    if (r.previousRecordId !== null && ids.has(r.previousRecordId) && r.previousRecordId !== r.recordId) {
      next.set(r.previousRecordId, [...(next.get(r.previousRecordId) ?? []), r]);
    }
  }
  const ordered: LoggedRecord[] = [];
  const placed = new Set<string>();
  const visit = (r: LoggedRecord) => {
    if (placed.has(r.recordId)) return;
    placed.add(r.recordId);
    ordered.push(r);
    for (const child of (next.get(r.recordId) ?? []).sort(byTime)) visit(child);
  };
  for (const root of records.filter((r) => r.previousRecordId === null || !ids.has(r.previousRecordId)).sort(byTime)) visit(root);
  for (const r of records) visit(r); // loops (forged links) last, in log order
  return ordered;
}

interface NewEntry {
  kind: LogEntry['kind'];
  content: JsonValue;
  receivedAt: Date;
  record?: IncomingRecord;
}

/** Appends entries at the tail of the chain; the caller holds the chain lock. */
async function appendEntries(query: SqlQuery, entries: readonly NewEntry[], knownHead?: ChainHead | null): Promise<void> {
  if (entries.length === 0) return;
  const head = knownHead !== undefined ? knownHead : (await query<ChainHead>('SELECT idx, hash FROM consent_log_head WHERE id = 1'))[0];
  let index = head ? Number(head.idx) + 1 : 0;
  let prevHash = head ? head.hash : GENESIS_HASH;
  const values: unknown[] = [];
  const rows: string[] = [];
  for (const entry of entries) {
    const content = canonicalJson(entry.content);
    const contentHash = sha256Hex(content);
    const hash = entryHash(prevHash, contentHash);
    const r = entry.record;
    const row = [
      index,
      entry.kind,
      r?.recordId ?? null,
      r?.subjectId ?? null,
      entry.receivedAt.toISOString(),
      r?.method ?? null,
      r?.region ?? null,
      r?.regime ?? null,
      r ? r.gpc : null,
      r ? JSON.stringify(r.choices) : null,
      content,
      contentHash,
      prevHash,
      hash,
    ];
    rows.push(`(${row.map((_, i) => `$${values.length + i + 1}`).join(', ')})`);
    values.push(...row);
    prevHash = hash;
    index++;
  }
  // One statement (one round trip) writes the entries and moves the head.
  values.push(index - 1, prevHash);
  await query(
    `WITH appended AS (INSERT INTO consent_log (${COLUMNS}) VALUES ${rows.join(', ')} RETURNING idx)
     INSERT INTO consent_log_head (id, idx, hash) VALUES (1, $${values.length - 1}, $${values.length})
     ON CONFLICT (id) DO UPDATE SET idx = EXCLUDED.idx, hash = EXCLUDED.hash`,
    values,
  );
}

/** Redacts entries (content and indexed data gone, hashes kept) and logs why. */
async function redact(query: SqlQuery, kind: 'erasure' | 'purge', indexes: number[], at: Date, extra: Record<string, JsonValue>) {
  if (indexes.length === 0) return 0;
  await query(
    `UPDATE consent_log SET content = NULL, record_id = NULL, subject_id = NULL, method = NULL, region = NULL, regime = NULL,
       gpc = NULL, choices = NULL WHERE idx = ANY($1::bigint[])`,
    [indexes],
  );
  await appendEntries(query, [
    {
      kind,
      receivedAt: at,
      content: { kind, schemaVersion: RECORD_SCHEMA_VERSION, receivedAt: at.toISOString(), count: indexes.length, redacted: toRanges(indexes), ...extra },
    },
  ]);
  return indexes.length;
}

/**
 * Creates the record store over a migrated database. Every write takes one advisory lock, so
 * several server processes can share a PostgreSQL database and the chain stays one line.
 */
export function createRecordStore(db: SqlDatabase): RecordStore {
  const store: RecordStore = {
    append: (records, receivedAt = new Date()) =>
      db.transaction(async (query) => {
        const ids = [...new Set(records.map((r) => r.recordId))];
        const existing = new Map<string, string>();
        let head: ChainHead | null = null;
        // The chain's head and the records already stored under these ids, in one round trip.
        for (const row of await query<{ what: string; a: string; b: string }>(
          `SELECT 'head' AS what, idx::text AS a, hash AS b FROM consent_log_head WHERE id = 1
           UNION ALL SELECT 'stored', record_id, content FROM consent_log WHERE record_id = ANY($1::text[])`,
          [ids],
        )) {
          if (row.what === 'head') head = { idx: row.a, hash: row.b };
          else existing.set(row.a, canonicalJson(sentPart(JSON.parse(row.b) as StoredRecord) as unknown as JsonValue));
        }
        const outcomes: AppendOutcome[] = [];
        const entries: NewEntry[] = [];
        for (const record of records) {
          const sent = canonicalJson(record as unknown as JsonValue);
          const known = existing.get(record.recordId);
          if (known !== undefined) {
            outcomes.push(known === sent ? 'duplicate' : 'conflict');
            continue;
          }
          existing.set(record.recordId, sent);
          const stored: StoredRecord = { ...record, schemaVersion: RECORD_SCHEMA_VERSION, receivedAt: receivedAt.toISOString() };
          entries.push({ kind: 'record', content: stored as unknown as JsonValue, receivedAt, record });
          outcomes.push('stored');
        }
        await appendEntries(query, entries, head);
        return outcomes;
      }, CHAIN_LOCK_KEY),

    async subjectRecords(subjectId) {
      const rows = await db.query<LogRow>(
        "SELECT idx, content, hash FROM consent_log WHERE subject_id = $1 AND kind = 'record' AND content IS NOT NULL ORDER BY idx",
        [subjectId.toLowerCase()],
      );
      return chainOrder(rows.map(toLogged));
    },

    eraseSubject: (subjectId, at = new Date()) =>
      db.transaction(async (query) => {
        const rows = await query<{ idx: number }>("SELECT idx FROM consent_log WHERE subject_id = $1 AND kind = 'record'", [subjectId.toLowerCase()]);
        return redact(
          query,
          'erasure',
          rows.map((r) => Number(r.idx)),
          at,
          {},
        );
      }, CHAIN_LOCK_KEY),

    purgeBefore: (before, at = new Date()) =>
      db.transaction(async (query) => {
        const rows = await query<{ idx: number }>("SELECT idx FROM consent_log WHERE kind = 'record' AND content IS NOT NULL AND received_at < $1", [
          before.toISOString(),
        ]);
        return redact(
          query,
          'purge',
          rows.map((r) => Number(r.idx)),
          at,
          { before: before.toISOString() },
        );
      }, CHAIN_LOCK_KEY),

    async *exportRecords(from, to) {
      let after = -1;
      for (;;) {
        const rows = await db.query<LogRow>(
          `SELECT idx, content, hash FROM consent_log WHERE kind = 'record' AND content IS NOT NULL
             AND received_at >= $1 AND received_at < $2 AND idx > $3 ORDER BY idx LIMIT ${PAGE}`,
          [from.toISOString(), to.toISOString(), after],
        );
        for (const row of rows) yield toLogged(row);
        if (rows.length < PAGE) return;
        after = Number(rows[rows.length - 1]!.idx);
      }
    },

    async *logEntries(fromIndex = 0, toIndex = Number.MAX_SAFE_INTEGER) {
      let next = fromIndex;
      for (;;) {
        const rows = await db.query<LogRow>(`SELECT ${COLUMNS} FROM consent_log WHERE idx >= $1 AND idx <= $2 ORDER BY idx LIMIT ${PAGE}`, [next, toIndex]);
        yield* rows;
        if (rows.length < PAGE) return;
        next = Number(rows[rows.length - 1]!.idx) + 1;
      }
    },

    async latest(limit) {
      const rows = await db.query<LogRow>(
        "SELECT idx, content, hash FROM consent_log WHERE kind = 'record' AND content IS NOT NULL ORDER BY idx DESC LIMIT $1",
        [limit],
      );
      return rows.map(toLogged);
    },

    async head() {
      const [row] = await db.query<{ idx: number; hash: string }>('SELECT idx, hash FROM consent_log_head WHERE id = 1');
      return row ? { index: Number(row.idx), hash: row.hash } : undefined;
    },

    async stats(from, to, groupBy) {
      const key = { day: "to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')", region: "coalesce(region, 'unknown')", method: 'method' }[groupBy];
      const where = "kind = 'record' AND content IS NOT NULL AND received_at >= $1 AND received_at < $2";
      const params = [from.toISOString(), to.toISOString()];
      const groups = new Map<string, StatsGroup>();
      const group = (k: string) => {
        let g = groups.get(k);
        if (!g) groups.set(k, (g = { key: k, total: 0, gpc: 0, methods: {}, categories: {} }));
        return g;
      };
      for (const row of await db.query<{ k: string; method: string; n: number; gpc: number }>(
        `SELECT ${key} AS k, method, count(*)::int AS n, count(*) FILTER (WHERE gpc)::int AS gpc FROM consent_log WHERE ${where} GROUP BY 1, 2`,
        params,
      )) {
        const g = group(row.k);
        g.total += Number(row.n);
        g.gpc += Number(row.gpc);
        g.methods[row.method] = Number(row.n);
      }
      for (const row of await db.query<{ k: string; category: string; granted: number; n: number }>(
        `SELECT ${key} AS k, c.category, count(*) FILTER (WHERE c.granted = 'true')::int AS granted, count(*)::int AS n
           FROM consent_log, jsonb_each_text(choices) AS c(category, granted) WHERE ${where} GROUP BY 1, 2`,
        params,
      )) {
        group(row.k).categories[row.category] = { granted: Number(row.granted), total: Number(row.n) };
      }
      return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
  };
  return store;
}
