import type { Context, Hono, Next } from 'hono';
import { bearerToken, isAdminToken } from './admin-auth';
import { CSV_HEADER, csvLine, streamLines } from './export-format';
import type { AppContext, AppEnv } from './records-app';
import type { RecordStore } from './record-store';
import { StorageUnavailableError } from './sql-database';
import { verifyLog } from './verify-log';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// A date, or a date-time with seconds optional and a zone (Z or an offset) required: a time without
// a zone would mean the server's local time.
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;
const FAR_PAST = new Date(0);
const FAR_FUTURE = new Date('9999-12-31T23:59:59.999Z');

const problem = (status: number, error: string, field?: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(field ? { error, field } : { error }), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  });

const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * Parses an ISO 8601 date (`2026-03-01`, midnight UTC) or date-time with a zone
 * (`2026-03-01T12:00:00Z`, `2026-03-01T12:00+01:00`); undefined for anything else, including
 * dates that do not exist (`2026-02-30`, `T24:00`) and years outside 0001-9999.
 */
export function parseIsoDate(text: string): Date | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] = m
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysIn(year!, month!)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const date = new Date(text);
  const utcYear = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || utcYear < 1 || utcYear > 9999 ? undefined : date;
}

/** Parses `from`/`to` (ISO date or date-time; `from` inclusive, `to` exclusive); a Response on bad input. */
export function readRange(c: Context): { from: Date; to: Date } | Response {
  const parse = (name: 'from' | 'to', fallback: Date) => {
    const text = c.req.query(name);
    if (text === undefined || text === '') return fallback;
    return parseIsoDate(text);
  };
  const from = parse('from', FAR_PAST);
  if (!from) return problem(400, 'from must be an ISO 8601 date (2026-03-01) or date-time with a zone (2026-03-01T12:00:00Z)', 'from');
  const to = parse('to', FAR_FUTURE);
  if (!to) return problem(400, 'to must be an ISO 8601 date (2026-04-01) or date-time with a zone (2026-04-01T00:00:00Z)', 'to');
  if (to < from) return problem(400, 'to is before from', 'to');
  return { from, to };
}

/** Answers 503 when storage is down, 500 otherwise (the cause goes to the log, not the client). */
export function storageProblem(ctx: AppContext, error: unknown): Response {
  ctx.logError(`consentkit-server: ${(error as Error).message}`);
  return error instanceof StorageUnavailableError || /unavailable|ECONNREFUSED/i.test(String((error as Error).message))
    ? problem(503, 'storage unavailable, try again later', undefined, { 'retry-after': '30' })
    : problem(500, 'internal error');
}

/** Middleware: only `Authorization: Bearer <admin token>` passes; anything else is a 401 with no data. */
export function requireAdmin(ctx: AppContext) {
  return async (c: Context, next: Next) => {
    if (!isAdminToken(bearerToken(c.req.header('authorization')), ctx.adminToken)) {
      return new Response(JSON.stringify({ error: 'admin token required (Authorization: Bearer …)' }), {
        status: 401,
        headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="consentkit"' },
      });
    }
    await next();
    c.header('cache-control', 'no-store');
  };
}

/** Runs `fn` with the store, mapping storage failures to 503/500. */
async function withStore(ctx: AppContext, fn: (store: RecordStore) => Promise<Response>): Promise<Response> {
  try {
    return await fn(await ctx.store());
  } catch (error) {
    return storageProblem(ctx, error);
  }
}

/** Checks the whole log as it is now (up to the head read first, so concurrent appends do not count). */
export async function verifyStore(store: RecordStore) {
  const head = await store.head();
  return verifyLog(store.logEntries(0, head ? head.index : -1), head);
}

/** Mounts the admin endpoints (`/v1/subjects/…`, `/v1/records/export`, `/v1/verify`, `/v1/stats`, `/v1/log`). */
export function mountAdminApi(app: Hono<AppEnv>, ctx: AppContext): void {
  const admin = requireAdmin(ctx);
  for (const path of ['/v1/subjects/*', '/v1/records/export', '/v1/verify', '/v1/stats', '/v1/log']) app.use(path, admin);

  const subjectId = (c: Context) => {
    const id = c.req.param('subjectId') ?? '';
    return UUID.test(id) ? id.toLowerCase() : undefined;
  };

  app.get('/v1/subjects/:subjectId/records', (c) => {
    const id = subjectId(c);
    if (!id) return problem(400, 'subjectId must be an RFC 4122 UUID', 'subjectId');
    return withStore(ctx, async (store) => c.json({ subjectId: id, records: await store.subjectRecords(id) }));
  });

  app.delete('/v1/subjects/:subjectId', (c) => {
    const id = subjectId(c);
    if (!id) return problem(400, 'subjectId must be an RFC 4122 UUID', 'subjectId');
    return withStore(ctx, async (store) => c.json({ erased: await store.eraseSubject(id) }));
  });

  app.get('/v1/records/export', (c) => {
    const range = readRange(c);
    if (range instanceof Response) return range;
    const format = c.req.query('format') ?? 'ndjson';
    if (format !== 'ndjson' && format !== 'csv') return problem(400, 'format must be ndjson or csv', 'format');
    return withStore(ctx, async (store) => {
      const records = store.exportRecords(range.from, range.to);
      // The first page is read before the answer starts: storage down is a 503, not a 200 cut short.
      const first = await records.next();
      async function* lines() {
        if (format === 'csv') yield CSV_HEADER;
        for (let r = first; !r.done; r = await records.next()) yield format === 'csv' ? csvLine(r.value) : `${JSON.stringify(r.value)}\n`;
      }
      const stream = streamLines(lines(), (e) => ctx.logError(`consentkit-server: export failed: ${(e as Error).message}`));
      return new Response(stream, {
        headers: {
          'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson',
          'content-disposition': `attachment; filename="consent-records.${format}"`,
          'cache-control': 'no-store',
        },
      });
    });
  });

  // The whole log, redacted entries included, for an auditor's independent check (docs/consent-records.md).
  app.get('/v1/log', () =>
    withStore(ctx, async (store) => {
      const entries = store.logEntries();
      const first = await entries.next(); // before the answer starts, as for the export
      async function* lines() {
        for (let e = first; !e.done; e = await entries.next()) {
          const row = e.value;
          yield `${JSON.stringify({ index: Number(row.idx), kind: row.kind, content: row.content, contentHash: row.content_hash, prevHash: row.prev_hash, hash: row.hash })}\n`;
        }
      }
      return new Response(
        streamLines(lines(), (e) => ctx.logError(`consentkit-server: log export failed: ${(e as Error).message}`)),
        {
          headers: { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' },
        },
      );
    }),
  );

  app.get('/v1/verify', () => withStore(ctx, async (store) => Response.json(await verifyStore(store))));

  app.get('/v1/stats', (c) => {
    const range = readRange(c);
    if (range instanceof Response) return range;
    const groupBy = c.req.query('groupBy') ?? 'day';
    if (groupBy !== 'day' && groupBy !== 'region' && groupBy !== 'method') {
      return problem(400, 'groupBy must be day, region or method', 'groupBy');
    }
    return withStore(ctx, async (store) => {
      const groups = await store.stats(range.from, range.to, groupBy);
      return c.json({
        from: range.from.toISOString(),
        to: range.to.toISOString(),
        groupBy,
        total: groups.reduce((n, g) => n + g.total, 0),
        groups,
      });
    });
  });
}
