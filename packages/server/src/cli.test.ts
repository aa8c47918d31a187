// @vitest-environment node
import { mkdtempSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAdminToken, lockDataDir } from './cli';

describe('loadAdminToken', () => {
  it('generates a token into <data-dir>/admin-token with mode 0600 and reuses it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ck-cli-')), 'records');
    const first = loadAdminToken(dir, {});
    const file = join(dir, 'admin-token');
    expect(first).toEqual({ token: readFileSync(file, 'utf8').trim(), source: file });
    expect(first.token.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadAdminToken(dir, {}).token).toBe(first.token);
  });

  it('prefers CONSENTKIT_ADMIN_TOKEN and writes no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck-cli-'));
    expect(loadAdminToken(dir, { CONSENTKIT_ADMIN_TOKEN: 'from-the-environment-123' }).token).toBe('from-the-environment-123');
    expect(() => statSync(join(dir, 'admin-token'))).toThrow();
    expect(() => loadAdminToken(dir, { CONSENTKIT_ADMIN_TOKEN: '' })).toThrow(/empty/);
    expect(loadAdminToken(dir, { CONSENTKIT_ADMIN_TOKEN: 'short' }).token).toBe('short'); // allowed, with a warning
  });

  it('tightens a token file that others could read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck-cli-'));
    writeFileSync(join(dir, 'admin-token'), 'a-token-of-enough-length\n');
    chmodSync(join(dir, 'admin-token'), 0o644);
    expect(loadAdminToken(dir, {}).token).toBe('a-token-of-enough-length');
    expect(statSync(join(dir, 'admin-token')).mode & 0o777).toBe(0o600);
  });
});

describe('lockDataDir', () => {
  it('lets one live process use a data directory, and takes over the lock of a dead one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck-lock-'));
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'server.lock'), 'utf8')).toBe(String(process.pid));
    // Another process (the parent of this one is alive) finds it taken.
    expect(() => lockDataDir(dir, process.ppid)).toThrow(/another consentkit-server \(pid \d+\) is using/);
    release();
    // A lock left by a process that no longer exists (SIGKILL) is taken over.
    writeFileSync(join(dir, 'server.lock'), '2147483646');
    const again = lockDataDir(dir);
    expect(readFileSync(join(dir, 'server.lock'), 'utf8')).toBe(String(process.pid));
    again();
  });
});
