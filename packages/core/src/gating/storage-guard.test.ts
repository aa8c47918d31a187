import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../consent/config';
import { createStorageCategorizer, installStorageGuard } from './storage-guard';
import type { ConsentConfig, CookieClassifier } from '../types';

const categorizer = (config: Partial<ConsentConfig> = {}) => createStorageCategorizer(resolveConfig({ policyVersion: 'p1', ...config }));

describe('createStorageCategorizer', () => {
  it('knows the well-known tracker keys like cookies', () => {
    const category = categorizer();
    expect(['_hjid', 'amp_a1b2c3', 'AMP_x', '_gcl_ls', 'mp_token_mixpanel', 'ajs_anonymous_id', '_hjSession_1'].map(category)).toEqual([
      'analytics',
      'analytics',
      'analytics',
      'targeting',
      'analytics',
      'analytics',
      'analytics',
    ]);
    expect(category('cart')).toBeUndefined();
  });

  it("asks the site first (storage, then cookies), keeps ConsentKit's own keys necessary", () => {
    const category = categorizer({ storage: { _hjid: 'necessary' }, cookies: { 'shop_*': 'targeting' } });
    expect(category('_hjid')).toBe('necessary');
    expect(category('shop_seen')).toBe('targeting');
    expect(category('consentkit:outbox')).toBe('necessary');
    expect(categorizer({ cookie: { name: 'ck' } })('ck:sync')).toBe('necessary');
  });

  it('uses a cookieDb only once it has loaded, never asking a pending one (that would load it)', () => {
    const db = vi.fn((name: string) => (name === 'IDE' ? { category: 'targeting' } : undefined)) as CookieClassifier & { pending?: boolean };
    let pending = true;
    Object.defineProperty(db, 'pending', { get: () => pending });
    const category = categorizer({ cookieDb: db });
    expect(category('IDE')).toBeUndefined();
    expect(db).not.toHaveBeenCalled();
    pending = false;
    expect(category('IDE')).toBe('targeting');
  });
});

describe('installStorageGuard', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('stores nothing under a denied key, in either area, and lets every other key through; stop restores setItem', () => {
    const native = Storage.prototype.setItem;
    const stop = installStorageGuard(window, (key) => key.startsWith('_hj'));
    try {
      localStorage.setItem('_hjid', '1');
      sessionStorage.setItem('_hjSession', '1');
      localStorage.setItem('cart', '2');
      expect([localStorage.getItem('_hjid'), sessionStorage.getItem('_hjSession'), localStorage.getItem('cart')]).toEqual([null, null, '2']);
    } finally {
      stop();
    }
    // (happy-dom's storage caches the method it handed out, so this checks the prototype.)
    expect(Storage.prototype.setItem).toBe(native);
  });

  it('gives setItem the key it judged: a key whose toString names a tracker key the second time is not stored', () => {
    const stop = installStorageGuard(window, (key) => key.startsWith('_hj'));
    try {
      let reads = 0;
      localStorage.setItem({ toString: () => (reads++ ? '_hjid' : 'cart') } as unknown as string, '1');
      expect([localStorage.getItem('_hjid'), localStorage.getItem('cart'), reads]).toEqual([null, '1', 1]);
    } finally {
      stop();
    }
  });

  it('calls beforeUse before every setItem (before the write is judged) and before the first read, then gives getItem and key() back', () => {
    const seen: string[] = [];
    // Through the prototype, as a browser looks the methods up (happy-dom binds them to the instance once read).
    const proto = Storage.prototype;
    const natives = [proto.getItem, proto.key];
    const stop = installStorageGuard(
      window,
      (key) => {
        seen.push(`judge ${key}`);
        return key === '_hjid';
      },
      () => seen.push('before'),
    );
    try {
      expect([proto.getItem, proto.key]).not.toEqual(natives);
      proto.setItem.call(localStorage, '_hjid', '1');
      proto.setItem.call(sessionStorage, 'cart', '2');
      expect(proto.getItem.call(sessionStorage, 'cart')).toBe('2');
      // The first read ran the pending cleanup: reads are the page's own again, unwrapped.
      expect([proto.getItem, proto.key]).toEqual(natives);
      expect(proto.key.call(sessionStorage, 0)).toBe('cart');
      expect(proto.getItem.call(localStorage, '_hjid')).toBeNull();
      proto.setItem.call(localStorage, 'cart', '3');
    } finally {
      stop();
    }
    expect(seen).toEqual(['before', 'judge _hjid', 'before', 'judge cart', 'before', 'before', 'judge cart']);
    proto.getItem.call(localStorage, 'x');
    expect(seen).toHaveLength(7);
  });

  it('without beforeUse, leaves getItem and key() alone', () => {
    const natives = [Storage.prototype.getItem, Storage.prototype.key];
    const stop = installStorageGuard(window, () => false);
    expect([Storage.prototype.getItem, Storage.prototype.key]).toEqual(natives);
    stop();
  });
});
