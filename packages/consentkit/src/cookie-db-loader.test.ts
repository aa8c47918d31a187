import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CookieClassifier, GatingHandle } from '@consentkit/core';
import { createLazyCookieDb } from './cookie-db-loader';

const flush = () => new Promise((resolve) => setTimeout(resolve, 20));
const adsense: CookieClassifier = (name) => (name === '__gads' ? { category: 'targeting' } : undefined);

describe('createLazyCookieDb', () => {
  afterEach(() => vi.restoreAllMocks());

  it('knows nothing before the database, and does not load it for the built-in tracker cookies', async () => {
    const load = vi.fn(async () => adsense);
    const db = createLazyCookieDb(load);
    expect(db.classify('_ga')).toBeUndefined();
    expect(db.classify('_ga_ABC123')).toBeUndefined();
    expect(db.classify('_fbp')).toBeUndefined();
    await flush();
    expect(load).not.toHaveBeenCalled();
  });

  it('an unknown cookie loads the database once (the page has loaded: when idle), then classifies with it', async () => {
    const load = vi.fn(async () => adsense);
    const db = createLazyCookieDb(load);
    expect(document.readyState).toBe('complete');
    expect(db.classify('__gads')).toBeUndefined();
    db.classify('mystery');
    await flush();
    expect(load).toHaveBeenCalledOnce();
    expect(db.classify('__gads')).toEqual({ category: 'targeting' });
    db.now();
    expect(load).toHaveBeenCalledOnce();
  });

  it("now() loads at once and runs gating's cleanup again once the database is there", async () => {
    const cleanUp = vi.fn();
    const db = createLazyCookieDb(async () => adsense);
    db.attach({ rescan() {}, stop() {}, cleanUp } as GatingHandle);
    db.now();
    await flush();
    expect(cleanUp).toHaveBeenCalledOnce();
  });

  it('a database that cannot be loaded is reported once, and every name stays unknown (nothing granted)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = createLazyCookieDb(() => Promise.reject(new Error('https://cdn.example/consentkit-cookie-db.js could not be loaded')));
    db.now();
    db.classify('mystery');
    await flush();
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toContain('consentkit-cookie-db.js could not be loaded');
    expect(db.classify('__gads')).toBeUndefined();
  });

  it('is pending until the database has arrived or failed, then has gating judge held cookies again', async () => {
    const cleanUp = vi.fn();
    const loaded = createLazyCookieDb(async () => adsense);
    loaded.attach({ rescan() {}, stop() {}, cleanUp } as GatingHandle);
    expect(loaded.classify.pending).toBe(true);
    loaded.now();
    await flush();
    expect(loaded.classify.pending).toBe(false);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failed = createLazyCookieDb(() => Promise.reject(new Error('offline')));
    failed.attach({ rescan() {}, stop() {}, cleanUp } as GatingHandle);
    failed.now();
    await flush();
    expect(failed.classify.pending).toBe(false);
    expect(cleanUp).toHaveBeenCalledTimes(2);
  });
});
