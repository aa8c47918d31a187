import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { mountAdminApi } from './admin-api';
import { mountDashboard } from './dashboard';
import { migrate } from './migrations';
import { createAppendQueue } from './append-queue';
import { createRateLimiter, type RateLimitOptions } from './rate-limiter';
import { checkRecord, DEFAULT_CLOCK_SKEW_MS, duplicateName } from './record-schema';
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
  /** How far in the future a record's timestamp may be, in ms (default: no limit — a fast device clock must not lose a record; `receivedAt` is the server's time). */
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

/** What an admin token may contain: it travels as `Authorization: Bearer <token>`, one run of visible ASCII. */
export const ADMIN_TOKEN = /^[\x21-\x7e]+$/;

/** Whether `text` is an origin exactly as a browser sends it in the `Origin` header. */
export function isOrigin(text: string): boolean {
  try {
    return new URL(text).origin === text;
  } catch {
    return false;
  }
}

/** Why `text` is not an origin, for an error message: the origin it should be written as, when there is one. */
export function originHint(text: string): string {
  try {
    const { origin } = new URL(text);
    return origin === 'null' ? 'scheme, host and port only' : `write it as ${origin}`;
  } catch {
    return 'scheme, host and port only';
  }
}

/**
 * The methods each path answers (`HEAD` wherever `GET` is). Any other method on these paths is a
 * `405` with `Allow`, before authentication: the answer names no data.
 */
const ROUTES: readonly [RegExp, string][] = [
  [/^\/healthz$/, 'GET, HEAD'],
  [/^\/v1\/records$/, 'POST, OPTIONS'],
  [/^\/v1\/(?:records\/export|verify|stats|log)$/, 'GET, HEAD'],
  [/^\/v1\/subjects\/[^/]+\/records$/, 'GET, HEAD'],
  [/^\/v1\/subjects\/[^/]+$/, 'DELETE'],
  [/^\/dashboard$/, 'GET, HEAD'],
  [/^\/dashboard\/(?:login|logout)$/, 'POST'],
];

// Media types of a record body; a charset, when given, must be UTF-8 (JSON's encoding; US-ASCII is a subset).
const RECORD_TYPE = /^(?:text\/plain|application\/json)\s*(?:;|$)/;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

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
  if (typeof options.adminToken !== 'string' || !ADMIN_TOKEN.test(options.adminToken)) {
    throw new Error(
      'createRecordsApp: adminToken must be a non-empty string of printable ASCII characters without spaces (it is sent as "Authorization: Bearer <token>")',
    );
  }
  for (const origin of options.allowOrigins ?? []) {
    if (!isOrigin(origin)) throw new Error(`createRecordsApp: allowOrigins: "${origin}" is not an origin such as https://site.example (${originHint(origin)})`);
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
  app.use(async (c, next) => {
    const route = ROUTES.find(([path]) => path.test(c.req.path));
    if (route && !route[1].split(', ').includes(c.req.method)) {
      return json(405, { error: `${c.req.method} is not allowed here; use ${route[1]}` }, { allow: route[1] });
    }
    await next();
  });
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
      if (type !== '' && !RECORD_TYPE.test(type)) {
        return json(415, { error: 'send the record as text/plain or application/json', field: 'content-type' });
      }
      const charset = CHARSET.exec(type)?.[1];
      if (charset !== undefined && charset !== 'utf-8' && charset !== 'us-ascii') {
        return json(415, { error: `send the record in UTF-8 (charset=${charset} is not read)`, field: 'content-type' });
      }
      let body: unknown;
      let text: string;
      try {
        // Bytes that are not UTF-8 are refused, not replaced by U+FFFD and stored as if sent.
        text = UTF8.decode(await c.req.arrayBuffer());
      } catch {
        return json(400, { error: 'body is not UTF-8 text', field: 'body' });
      }
      try {
        body = JSON.parse(text);
      } catch {
        return json(400, { error: 'body is not JSON', field: 'body' });
      }
      const twice = duplicateName(text);
      if (twice !== undefined) return json(400, { error: `${twice} appears twice`, field: twice });
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

  return async (request, info) => {
    const env = { remoteAddress: info?.remoteAddress };
    if (request.method !== 'HEAD') return app.fetch(request, env);
    // HEAD is answered here as GET without the body: under @hono/node-server the router's own
    // HEAD support fails (500) on the responses its Response class builds.
    const res = await app.fetch(new Request(request.url, { method: 'GET', headers: request.headers }), env);
    await res.body?.cancel();
    return new Response(null, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}
