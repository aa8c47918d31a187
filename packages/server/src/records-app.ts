import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { mountAdminApi } from './admin-api';
import { mountDashboard } from './dashboard';
import { migrate } from './migrations';
import { createAppendQueue } from './append-queue';
import { createRateLimiter, type RateLimitOptions } from './rate-limiter';
import { checkRecord, DEFAULT_CLOCK_SKEW_MS } from './record-schema';
import { createRecordStore, type RecordStore } from './record-store';
import type { SqlDatabase } from './sql-database';

/** Largest accepted record body: 16 KB (a record is well under 1 KB). */
export const MAX_BODY_BYTES = 16 * 1024;

/** Options for {@link createRecordsApp}. */
export interface RecordsAppOptions {
  /** The storage engine: `openEmbeddedDatabase(dir)` or `openPostgresDatabase(url)`. */
  database: SqlDatabase;
  /** The admin bearer token (not empty; use a long random one, e.g. 32 random bytes in base64url). */
  adminToken: string;
  /** Origins whose pages may post records, e.g. `['https://shop.example']`. Same-origin posts are always allowed. */
  allowOrigins?: readonly string[];
  /** Per-client rate limit on `POST /v1/records` (default 600/min, burst 600: a visitor makes a few records per visit; many visitors may share one address), or `false` for none. */
  rateLimit?: RateLimitOptions | false;
  /** How far in the future a record's timestamp may be (default 5 minutes). */
  clockSkewMs?: number;
  /** The client's address when the handler is called without one (e.g. from a trusted proxy header). */
  clientAddress?: (request: Request) => string | undefined;
  /** Where errors are reported (default `console.error`); never given tokens or record contents. */
  logError?: (message: string) => void;
}

/** What the caller knows about the connection; the standalone server passes the socket's address. */
export interface ConnectionInfo {
  remoteAddress?: string;
}

/** A web-standard request handler, usable in Node, edge and serverless runtimes. */
export type RecordsHandler = (request: Request, info?: ConnectionInfo) => Promise<Response>;

/** Hono environment of the app: what the caller passed as connection info. */
export type AppEnv = { Bindings: ConnectionInfo };

/** Shared state of the routes of one app. */
export interface AppContext {
  /** The record store once the schema is migrated; rejects (StorageUnavailableError) while it cannot be. */
  store(): Promise<RecordStore>;
  adminToken: string;
  logError: (message: string) => void;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/**
 * Creates the consent-record HTTP API as one web-standard handler:
 * `POST /v1/records` for the SDK, the admin endpoints, `/dashboard` and `/healthz`.
 *
 * @example
 * const handler = createRecordsApp({ database: await openEmbeddedDatabase('./records'), adminToken });
 * serve({ fetch: handler, port: 8787, hostname: '127.0.0.1' }); // @hono/node-server
 */
export function createRecordsApp(options: RecordsAppOptions): RecordsHandler {
  if (typeof options.adminToken !== 'string' || options.adminToken.trim() === '') {
    throw new Error('createRecordsApp: adminToken must be a non-empty string');
  }
  const logError = options.logError ?? ((m: string) => console.error(m));
  const db = options.database;

  // Until the schema is in place (e.g. PostgreSQL not reachable yet) every request needing it
  // gets a 503 and a new attempt is made at most once a second.
  let ready: Promise<RecordStore> | undefined;
  let failedAt = 0;
  const store = () => {
    if (!ready || (failedAt && Date.now() - failedAt > 1000)) {
      failedAt = 0;
      ready = migrate(db).then(() => createRecordStore(db));
      ready.catch((error: unknown) => {
        failedAt = Date.now();
        logError(`consentkit-server: storage not ready: ${(error as Error).message}`);
      });
    }
    return ready;
  };
  const ctx: AppContext = { store, adminToken: options.adminToken, logError };
  const append = (record: Parameters<RecordStore['append']>[0][number]) => store().then((s) => queue(s)(record));
  let appendQueue: ReturnType<typeof createAppendQueue> | undefined;
  const queue = (s: RecordStore) => (appendQueue ??= createAppendQueue(s, db.engine === 'postgres' ? 2 : 1));

  const allowed = new Set(options.allowOrigins ?? []);
  const limit = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit);
  const skew = options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS;

  const app = new Hono<AppEnv>();
  app.get('/healthz', (c) => c.text('ok'));

  app.use(
    '/v1/records',
    cors({
      origin: (origin) => (allowed.has(origin) ? origin : null),
      allowMethods: ['POST'],
      allowHeaders: ['content-type'],
      credentials: false,
      maxAge: 86_400,
    }),
  );
  app.post(
    '/v1/records',
    async (c, next) => {
      const origin = c.req.header('origin');
      // Browsers always send Origin on a cross-origin POST; a page of a site not on the list
      // cannot file records (server-to-server posts without Origin are allowed).
      if (origin && origin !== new URL(c.req.url).origin && !allowed.has(origin)) {
        return json(403, { error: 'this origin may not post records (see --allow-origin)', field: 'origin' });
      }
      const client = c.env?.remoteAddress ?? options.clientAddress?.(c.req.raw);
      const wait = limit && client ? limit(client) : 0;
      if (wait > 0) return json(429, { error: 'too many requests' }, { 'retry-after': String(wait) });
      await next();
    },
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => json(413, { error: `body larger than ${MAX_BODY_BYTES} bytes`, field: 'body' }) }),
    async (c) => {
      // No content type at all is read as JSON too: the record is validated strictly either way.
      const type = (c.req.header('content-type') ?? '').toLowerCase();
      if (type !== '' && !/^(text\/plain|application\/json)\s*(;|$)/.test(type)) {
        return json(415, { error: 'send the record as text/plain or application/json', field: 'content-type' });
      }
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return json(400, { error: 'body is not JSON', field: 'body' });
      }
      const check = checkRecord(body, Date.now(), skew);
      if (!check.ok) return json(400, { error: `${check.field} ${check.error}`, field: check.field });
      let outcome;
      try {
        outcome = await append(check.record);
      } catch (error) {
        // Nothing was stored (the transaction did not commit): the SDK keeps the record and retries.
        logError(`consentkit-server: could not store a record: ${(error as Error).message}`);
        return json(503, { error: 'storage unavailable, try again later' }, { 'retry-after': '30' });
      }
      if (outcome === 'stored') return json(201, { stored: true });
      if (outcome === 'duplicate') return json(200, { stored: false, duplicate: true });
      return json(409, { error: 'another record with this recordId is already stored', field: 'recordId' });
    },
  );

  mountAdminApi(app, ctx);
  mountDashboard(app, ctx);
  app.notFound(() => json(404, { error: 'not found' }));
  app.onError((error) => {
    logError(`consentkit-server: ${error.message}`);
    return json(500, { error: 'internal error' });
  });

  return async (request, info) => app.fetch(request, { remoteAddress: info?.remoteAddress });
}
