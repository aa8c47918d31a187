// @vitest-environment node
// `consentkit-server` started exactly as documented: its flags, what it prints, the admin-token
// file, both storage engines, and the HTTP server in front of the handler.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCliBuild, runCli, startCli, type RunningCli } from './cli.test-helpers';
import { ENGINES, testPostgres } from './engines.test-helpers';
import { makeRecord } from './record.test-helpers';
import { openPostgresDatabase } from './postgres-database';

const made: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ck-cli-proc-'));
  made.push(dir);
  return dir;
};

afterAll(() => {
  removeCliBuild();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('consentkit-server arguments', () => {
  const REFUSED: [string, string[], RegExp][] = [
    ['a port above 65535', ['--port', '70000'], /--port must be from 0 to 65535, got "70000"/],
    ['a port that is not a number', ['--port', 'abc'], /--port must be a whole number, got "abc"/],
    ['a negative port', ['--port=-1'], /--port must be a whole number, got "-1"/],
    ['an unknown flag', ['--bogus'], /Unknown option '--bogus'/],
    ['a flag without its value', ['--host'], /--host <value>' argument missing/],
    ['an empty host (every interface)', ['--host', ''], /--host must be an address/],
    ['an empty data directory', ['--data-dir', ''], /--data-dir must be a directory/],
    ['a rate limit with a fraction', ['--rate-limit', '1.5'], /--rate-limit must be a whole number/],
    ['retention days that are not a number', ['--retention-days', 'x'], /--retention-days must be a whole number/],
    ['retention days beyond any date', ['--retention-days', '999999999'], /--retention-days must be at most 36500/],
    ['an origin with a path', ['--allow-origin', 'https://site.example/shop'], /--allow-origin must be an origin .*write it as https:\/\/site\.example\)/],
    ['an origin in upper case', ['--allow-origin', 'HTTPS://Site.example'], /write it as https:\/\/site\.example\)/],
    ['a database URL of another kind', ['--database-url', 'mysql://user:s3cret@db/consent'], /--database-url must be a PostgreSQL URL/],
    ['an argument that is no flag', ['records'], /Unexpected argument 'records'/],
  ];

  it.each(REFUSED)(
    'refuses %s with a message, the usage and exit status 2, writing nothing',
    async (_name, args, message) => {
      const dir = join(tmp(), 'records');
      // A --data-dir in the case itself comes after ours and wins.
      const { status, output } = await runCli(['--data-dir', dir, ...args]);
      expect(output).toMatch(message);
      expect(output).toContain('Usage: consentkit-server');
      expect(output).not.toContain('s3cret');
      expect(status).toBe(2);
      expect(existsSync(dir)).toBe(false);
    },
    30_000,
  );

  it('refuses a CONSENTKIT_ADMIN_TOKEN that cannot be sent as a bearer token, before starting', async () => {
    const dir = join(tmp(), 'records');
    const { status, output } = await runCli(['--data-dir', dir, '--port', '0'], { CONSENTKIT_ADMIN_TOKEN: 'correct horse battery staple' });
    expect(output).toMatch(/CONSENTKIT_ADMIN_TOKEN may hold only printable ASCII characters without spaces/);
    expect(output).not.toContain('listening');
    expect(status).toBe(2);
  }, 30_000);
});

describe.each(ENGINES)('consentkit-server on %s', (engine) => {
  let server: RunningCli;
  let dataDir: string;
  let cleanup = async () => undefined as void;

  beforeAll(async () => {
    dataDir = join(tmp(), 'records');
    const args = [
      '--data-dir',
      dataDir,
      '--port',
      '0',
      '--allow-origin',
      'https://shop.example',
      '--allow-origin',
      'http://localhost:3000',
      '--rate-limit',
      '3',
      '--trust-proxy',
    ];
    if (engine === 'postgres') {
      const pg = testPostgres();
      const schema = `ck_cli_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const adminDb = openPostgresDatabase(pg.url, { poolSize: 1 });
      await adminDb.query(`CREATE SCHEMA ${schema}`);
      args.push('--database-url', pg.withSchema(schema));
      cleanup = async () => {
        await adminDb.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
        await adminDb.close();
        pg.stop?.();
      };
    }
    server = await startCli(args);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await cleanup();
  }, 30_000);

  it('generates the admin token into <data-dir>/admin-token with mode 0600 and prints that path, not the token', async () => {
    const file = join(dataDir, 'admin-token');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const token = readFileSync(file, 'utf8').trim();
    expect(server.output()).toContain(`consentkit-server: admin token: ${file}`);
    expect(server.output()).not.toContain(token);
    expect(server.output()).toContain(engine === 'postgres' ? 'storage: PostgreSQL' : `storage: embedded database in ${join(dataDir, 'db')}`);
    const verify = await fetch(`${server.url}/v1/verify`, { headers: { authorization: `Bearer ${token}` } });
    expect([verify.status, await verify.json()]).toEqual([200, { ok: true, count: 0, head: '0'.repeat(64) }]);
    const denied = await fetch(`${server.url}/v1/verify?token=${token}`);
    expect(denied.status).toBe(401);
  });

  it('answers GET and HEAD /healthz with 200, and a wrong method with 405 and Allow', async () => {
    const get = await fetch(`${server.url}/healthz`);
    expect([get.status, await get.text()]).toEqual([200, 'ok']);
    const head = await fetch(`${server.url}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    const put = await fetch(`${server.url}/v1/records`, { method: 'PUT' });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'POST, OPTIONS']);
  });

  it('answers CORS for every --allow-origin given', async () => {
    for (const origin of ['https://shop.example', 'http://localhost:3000']) {
      const preflight = await fetch(`${server.url}/v1/records`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect([origin, preflight.headers.get('access-control-allow-origin')]).toEqual([origin, origin]);
    }
  });

  it('with --trust-proxy, rate-limits a client that sends no X-Forwarded-For by its own address', async () => {
    const send = (headers: Record<string, string> = {}) =>
      fetch(`${server.url}/v1/records`, { method: 'POST', body: JSON.stringify(makeRecord()), headers: { 'content-type': 'text/plain', ...headers } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await send()).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect((await send({ 'x-forwarded-for': '203.0.113.7' })).status).toBe(201);
  });
});
