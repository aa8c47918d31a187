import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'consentkit-node-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Node (server rendering, tests) has a global BroadcastChannel too; an open channel is a handle
// that keeps the event loop alive, so a script that creates a manager and never calls destroy()
// would never exit. The manager must let Node exit on its own.
describe('connectTabs in Node', () => {
  it('a manager created in a Node process does not keep the process alive', async () => {
    const result = await build({
      stdin: {
        contents: [
          // A document stand-in, as a test runner's DOM or a server-rendering shim provides.
          "(globalThis as { document?: unknown }).document = { cookie: '' };",
          "const { createConsentManager } = await import('../index');",
          "const manager = createConsentManager({ policyVersion: '2026-11-01', region: 'FR' });",
          "console.log('manager created, decided:', manager.hasDecided());",
        ].join('\n'),
        resolveDir: import.meta.dirname,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'silent',
    });
    const script = join(dir, 'create-manager.mjs');
    writeFileSync(script, result.outputFiles[0]!.text);
    // The timeout only ends a hung child (the failure this test catches); it asserts no timing.
    const child = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 10_000 });
    expect(child.stderr).toBe('');
    expect(child.stdout).toContain('manager created, decided: false');
    expect(child.signal).toBeNull();
    expect(child.status).toBe(0);
  }, 20_000);
});
