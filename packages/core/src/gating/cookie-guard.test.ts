import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager } from '../consent/consent-manager';
import { cookieStoreOptions, cookieStoreWrite, createCookiePolicy, installCookieGuard, parseCookieWrite, releaseHeldCookies } from './cookie-guard';
import { captureNativeCookie } from '../native-cookie';
import { createCookieCategorizer } from './cookie-rules';
import type { ConsentConfig } from '../types';

const clearCookies = () => {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]!.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
};

describe('parseCookieWrite', () => {
  it('reads the name and whether the write deletes', () => {
    expect(parseCookieWrite('_ga=GA1.1; path=/')).toEqual({ name: '_ga', deletion: false });
    expect(parseCookieWrite(' a = b ')).toEqual({ name: 'a', deletion: false });
    expect(parseCookieWrite('novalue')).toEqual({ name: '', deletion: false });
    expect(parseCookieWrite('_ga=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/')).toEqual({ name: '_ga', deletion: true });
    expect(parseCookieWrite('_ga=; Max-Age=0')).toEqual({ name: '_ga', deletion: true });
    expect(parseCookieWrite('_ga=1; max-age=-5')).toEqual({ name: '_ga', deletion: true });
    // Max-Age wins over Expires (RFC 6265bis §5.6.2).
    expect(parseCookieWrite('_ga=1; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=60')).toEqual({ name: '_ga', deletion: false });
    expect(parseCookieWrite('_ga=1; expires=not a date')).toEqual({ name: '_ga', deletion: false });
    // A malformed Max-Age still hides Expires: not counted as a deletion, so the write is refused.
    expect(parseCookieWrite('_ga=1; max-age=soon; expires=Thu, 01 Jan 1970 00:00:00 GMT')).toEqual({ name: '_ga', deletion: false });
  });
});

describe('createCookiePolicy', () => {
  const make = (config: Partial<ConsentConfig> = {}) => {
    const manager = createConsentManager({ policyVersion: 'p1', region: 'FR', ...config });
    return { manager, allow: createCookiePolicy(manager, createCookieCategorizer(manager.config)) };
  };
  afterEach(clearCookies);

  it('drops classified cookies of denied categories and lets them through once granted', () => {
    const { manager, allow } = make({ cookies: { 'promo_*': 'targeting' } });
    expect(allow('_ga=1')).toBe(false);
    expect(allow('promo_x=1')).toBe(false);
    manager.update({ analytics: true });
    expect(allow('_ga=1')).toBe(true);
    expect(allow('promo_x=1')).toBe(false);
  });

  it('always allows necessary cookies and deletions', () => {
    const { allow } = make({ cookies: { cart: 'necessary' } });
    expect(allow('cart=3')).toBe(true);
    expect(allow('_fbp=; max-age=0')).toBe('delete');
  });

  it("writes a refused cookie's deletion with max-age=0, so an Expires the browser cannot parse stores nothing", () => {
    const { allow } = make();
    // A document whose native setter records what reaches it.
    const writes: string[] = [];
    const doc = Object.create({
      get cookie() {
        return '';
      },
      set cookie(value: string) {
        writes.push(value);
      },
    }) as Document;
    installCookieGuard(doc, allow);
    // Date.parse reads both as 1970; a browser's cookie-date parser finds no time in them and stores a session cookie.
    doc.cookie = '_ga=GA1.1.1; path=/; expires=1970';
    doc.cookie = '_fbp=fb.1; expires=01 Jan 1970';
    doc.cookie = '_ga=GA1.1.2; path=/';
    expect(writes).toEqual(['_ga=GA1.1.1; path=/; expires=1970; max-age=0', '_fbp=fb.1; expires=01 Jan 1970; max-age=0']);
  });

  it('allows unknown cookies with one dev warning per name, or blocks them in strict mode', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { allow } = make();
    expect(allow('mystery=1')).toBe(true);
    expect(allow('mystery=2')).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/cookie "mystery" is not classified/);
    expect(make({ unknownCookies: 'block' }).allow('mystery=1')).toBe(false);
  });

  it('holds unknown cookies while a pending cookieDb may still classify them, unless everything is granted', () => {
    const cookieDb = Object.defineProperty(() => undefined, 'pending', { value: true });
    const { manager, allow } = make({ cookieDb });
    expect(allow('mystery=1')).toBe('hold');
    expect(allow('mystery=; max-age=0')).toBe('delete');
    expect(allow('_ga=1')).toBe(false);
    expect(make({ cookieDb, unknownCookies: 'block' }).allow('mystery=1')).toBe(false);
    manager.acceptAll();
    expect(allow('mystery=1')).toBe(true);
  });

  it('lets only the manager write the consent cookie (also under a custom name)', () => {
    const { manager, allow } = make({ cookie: { name: 'ck' } });
    expect(allow('ck=forged')).toBe(false);
    expect(allow('ck=; max-age=0')).toBe(false);
    const guard = installCookieGuard(document, allow);
    try {
      manager.acceptAll();
      expect(document.cookie).toMatch(/(^|; )ck=1/);
      document.cookie = 'ck=forged; path=/';
      expect(document.cookie).not.toContain('forged');
    } finally {
      guard();
    }
  });
});

describe('installCookieGuard', () => {
  afterEach(clearCookies);

  it('applies every installed policy, keeps reads native, and passes writes through after stop', () => {
    const stopA = installCookieGuard(document, (c) => !c.startsWith('a='));
    const stopB = installCookieGuard(document, (c) => !c.startsWith('b='));
    document.cookie = 'a=1; path=/';
    document.cookie = 'b=1; path=/';
    document.cookie = 'c=1; path=/';
    expect(document.cookie).toBe('c=1');
    stopA();
    stopB();
    document.cookie = 'a=1; path=/';
    expect(document.cookie).toContain('a=1');
  });

  it('cannot be re-defined by page code once installed', () => {
    const stop = installCookieGuard(document, () => false);
    let owner: object | null = document;
    while (owner && !Object.getOwnPropertyDescriptor(owner, 'cookie')) owner = Object.getPrototypeOf(owner);
    expect(Object.getOwnPropertyDescriptor(owner!, 'cookie')!.configurable).toBe(false);
    expect(() => Object.defineProperty(owner!, 'cookie', { value: '' })).toThrow(TypeError);
    document.cookie = 'x=1; path=/';
    expect(document.cookie).toBe('');
    stop();
  });

  it('refuses a document without a cookie accessor', () => {
    expect(() => installCookieGuard(Object.create(null) as Document, () => true)).toThrow(/no document.cookie accessor/);
  });
});

describe('held writes (quarantine) and the Cookie Store API', () => {
  afterEach(clearCookies);
  const native = () => captureNativeCookie(document).read();

  it('holds what a policy holds: the page reads it, the browser does not store it, until released', () => {
    let verdict: boolean | 'hold' = 'hold';
    const stop = installCookieGuard(document, (c) => (c.startsWith('held=') ? verdict : true));
    try {
      document.cookie = 'kept=1; path=/';
      document.cookie = 'held=1; path=/';
      document.cookie = 'held=2; path=/';
      expect(document.cookie).toBe('kept=1; held=2');
      expect(native()).toBe('kept=1');
      expect(releaseHeldCookies(document)).toEqual([]);
      verdict = true;
      expect(releaseHeldCookies(document)).toEqual(['held']);
      expect(native()).toBe('kept=1; held=2');
      verdict = 'hold';
      document.cookie = 'held=3; path=/';
      verdict = false;
      releaseHeldCookies(document);
      expect(document.cookie).toBe('kept=1; held=2');
    } finally {
      stop();
    }
  });

  it('drops held writes when the last policy stops', () => {
    const stop = installCookieGuard(document, () => 'hold');
    document.cookie = 'x=1; path=/';
    stop();
    expect(document.cookie).toBe('');
  });

  it('turns a cookieStore.set() call into the equivalent document.cookie write', () => {
    expect(cookieStoreWrite('_ga', 'GA1')).toBe('_ga=GA1; path=/');
    expect(cookieStoreWrite({ name: '_fbp', value: 'fb', path: '/a', domain: 'example.com', expires: 0 })).toBe(
      '_fbp=fb; path=/a; domain=example.com; expires=Thu, 01 Jan 1970 00:00:00 GMT',
    );
    expect(parseCookieWrite(cookieStoreWrite({ name: 'x', value: '', expires: 0 })).deletion).toBe(true);
  });

  it('reads the arguments of a Cookie Store API call once, into the plain options the native receives', () => {
    let reads = 0;
    const changing = {
      get name() {
        return reads++ ? '_ga' : 'site_lang';
      },
      value: { toString: () => 'v' },
      expires: new Date(0),
      extra: 'dropped',
    };
    expect(cookieStoreOptions([changing])).toEqual({ name: 'site_lang', value: 'v', expires: 0 });
    expect(reads).toBe(1);
    expect(cookieStoreOptions(['_fbp', 'fb'])).toEqual({ name: '_fbp', value: 'fb' });
    expect(cookieStoreOptions([{ name: 'a', value: 'b', expires: null, partitioned: 1 }])).toEqual({
      name: 'a',
      value: 'b',
      expires: null,
      partitioned: true,
    });
    // Nullable members stay null (a host-only cookie), as the browser reads them: not the domain "null".
    expect(cookieStoreOptions([{ name: 'a', value: 'b', domain: null, path: '/x' }])).toEqual({ name: 'a', value: 'b', domain: null, path: '/x' });
  });

  it('guards cookieStore.set() and .delete() with the same policies, resolving refused calls', async () => {
    const store = (window as unknown as { cookieStore?: { set(...a: unknown[]): Promise<void>; delete(n: string): Promise<void> } }).cookieStore;
    if (!store) return expect(store).toBeUndefined();
    const seen: string[] = [];
    const stop = installCookieGuard(document, (c) => (seen.push(c), !c.startsWith('_ga=')));
    try {
      await expect(store.set('_ga', 'GA1')).resolves.toBeUndefined();
      await store.delete('_ga');
      expect(seen).toEqual(['_ga=GA1; path=/', '_ga=; max-age=0']);
    } finally {
      stop();
    }
  });
});
