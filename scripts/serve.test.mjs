// @vitest-environment node
// `pnpm demo` / `pnpm serve` on a busy port: a clear message and a way out, never a stack trace.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const serve = join(dirname(fileURLToPath(import.meta.url)), 'serve.mjs');
const cleanups = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Occupies a free loopback port; returns it. */
async function occupyPort() {
  const blocker = createServer();
  await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));
  return blocker.address().port;
}

/** Starts serve.mjs; resolves with its output once it exits or prints `until`. */
function run(args, env = {}, until) {
  const child = spawn(process.execPath, [serve, ...args], { env: { ...process.env, PORT: '', ...env } });
  let out = '';
  let err = '';
  cleanups.push(() => child.exitCode === null && child.kill());
  return new Promise((resolve) => {
    const check = () => until && until.test(out) && resolve({ code: null, out, err });
    child.stdout.on('data', (d) => ((out += d), check()));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('scripts/serve.mjs', () => {
  it('says clearly that an explicit --port is busy and how to pick another, without a stack trace', async () => {
    const port = await occupyPort();
    const { code, err } = await run(['--port', String(port)]);
    expect(code).toBe(1);
    expect(err).toContain(`port ${port} is already in use`);
    expect(err).toContain('pnpm demo --port');
    expect(err).not.toMatch(/^\s+at /m);
    expect(err).not.toContain('EADDRINUSE');
  });

  it('moves on to the next free port when its first choice (PORT or 4173) is busy', async () => {
    const port = await occupyPort();
    const { out } = await run([], { PORT: String(port) }, /ConsentKit demo: http:\/\/localhost:\d+\//);
    expect(out).toContain(`Port ${port} is in use; trying ${port + 1}.`);
    const served = Number(/localhost:(\d+)\//.exec(out)[1]);
    expect(served).toBeGreaterThan(port);
    expect(await (await fetch(`http://127.0.0.1:${served}/__health`)).text()).toBe('ok');
  });

  it('refuses a port that is not a number', async () => {
    const { code, err } = await run(['--port', 'eighty']);
    expect(code).toBe(1);
    expect(err).toContain('"eighty" is not a port number');
  });
});
