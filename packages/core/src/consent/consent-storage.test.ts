import { afterEach, describe, expect, it } from 'vitest';
import { encodeConsent } from './consent-cookie';
import { createCookieStorage, createMemoryStorage, newestValue } from './consent-storage';
import type { StoredDecision } from '../types';

const value = (daysAgo: number, analytics: boolean) =>
  encodeConsent({
    decided: true,
    timestamp: Date.now() - daysAgo * 864e5,
    policyVersion: 'p1',
    choices: { necessary: true, analytics, targeting: false },
    method: 'custom',
    gpc: false,
    gpcOverride: false,
    subjectId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    recordId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  } as StoredDecision);

const options = { name: 'consentkit', path: '/', domain: undefined, expiresDays: 182 };

describe('newestValue', () => {
  it('takes the newest valid decision, skipping values that do not decode', () => {
    const [old, recent] = [value(30, true), value(1, false)];
    expect(newestValue([old, recent])).toBe(recent);
    expect(newestValue([recent, old])).toBe(recent);
    expect(newestValue(['garbage', old])).toBe(old);
    expect(newestValue(['garbage'])).toBe('garbage');
    expect(newestValue([])).toBeUndefined();
  });
});

describe('createCookieStorage', () => {
  afterEach(() => {
    delete (document as { cookie?: string }).cookie;
    for (const path of ['/', '/shop']) document.cookie = `consentkit=; max-age=0; path=${path}`;
  });

  it('reads the newest of several consent cookies and deletes the others on write', () => {
    // happy-dom sends every path's cookie to the page, like a page at /shop/ would see both.
    const [old, recent] = [value(30, true), value(1, false)];
    document.cookie = `consentkit=${old}; path=/shop`;
    document.cookie = `consentkit=${recent}; path=/`;
    const storage = createCookieStorage(options);
    expect(storage.read()).toBe(recent);
    const next = value(0, true);
    storage.write(next);
    expect(document.cookie.match(/consentkit=/g)).toHaveLength(1);
    expect(storage.read()).toBe(next);
    expect(storage.persistent).toBe(true);
  });

  it('writes and reads through the native accessor, not an override of document.cookie', () => {
    const storage = createCookieStorage(options);
    const writes: string[] = [];
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => 'consentkit=forged', set: (v: string) => void writes.push(v) });
    const decision = value(0, false);
    storage.write(decision);
    expect(writes).toEqual([]);
    expect(storage.read()).toBe(decision);
  });

  it('keeps the decision in memory when there is no document or the browser refuses cookies', () => {
    const storage = createCookieStorage(options, {} as Document);
    expect(storage.read()).toBeUndefined();
    storage.write('v');
    expect([storage.read(), storage.persistent]).toEqual(['v', false]);
    const memory = createMemoryStorage();
    memory.write('m');
    expect([memory.read(), memory.persistent]).toEqual(['m', false]);
  });
});
