import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager } from '../consent/consent-manager';
import { createCookieCategorizer, createNameMatcher } from './cookie-rules';
import { cleanUpDenied, cookieDeletions, readCookieNames, startStorageCleanup } from './storage-cleanup';
import { createStorageCategorizer } from './storage-guard';
import type { ConsentConfig } from '../types';

describe('cookieDeletions', () => {
  it('tries host-only and every parent domain, times / and each path prefix', () => {
    const writes = cookieDeletions('_ga', { hostname: 'shop.example.co.uk', pathname: '/a/b.html', protocol: 'http:' });
    const domains = new Set(writes.map((w) => /domain=([^;]+)/.exec(w)?.[1] ?? 'host'));
    const paths = new Set(writes.map((w) => /path=([^;]+)/.exec(w)![1]));
    expect([...domains]).toEqual(['host', '.shop.example.co.uk', '.example.co.uk', '.co.uk']);
    expect([...paths]).toEqual(['/', '/a', '/a/', '/a/b.html', '/a/b.html/']);
    expect(writes).toHaveLength(4 * 5);
    expect(writes.every((w) => w.startsWith('_ga=; expires=Thu, 01 Jan 1970 00:00:00 GMT;'))).toBe(true);
  });

  it('treats a one-label host as its own domain', () => {
    expect(cookieDeletions('x', { hostname: 'localhost', pathname: '/', protocol: 'http:' })).toEqual([
      'x=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/',
      'x=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/; domain=.localhost',
    ]);
  });

  it('adds the partitioned jar on https and no domains for an IP address', () => {
    const writes = cookieDeletions('x', { hostname: '127.0.0.1', pathname: '/', protocol: 'https:' });
    expect(writes).toEqual(['x=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/', 'x=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/; Secure; Partitioned']);
  });
});

describe('readCookieNames', () => {
  it('lists unique names', () => {
    expect(readCookieNames('a=1; b=2; a=3; =x; c')).toEqual(['a', 'b']);
    expect(readCookieNames('')).toEqual([]);
  });
});

describe('cleanUpDenied', () => {
  const make = (config: Partial<ConsentConfig> = {}) => {
    const manager = createConsentManager({ policyVersion: 'p1', region: 'FR', ...config });
    return { manager, categorize: createCookieCategorizer(manager.config) };
  };
  afterEach(() => {
    // A date in the past: happy-dom keeps a `max-age=0` cookie (empty) until the clock moves on.
    for (const name of readCookieNames(document.cookie)) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    localStorage.clear();
    sessionStorage.clear();
  });

  it('deletes cookies and storage keys of denied categories only, never necessary, unknown or the consent cookie', () => {
    const { manager, categorize } = make({ cookies: { cart: 'necessary' }, storage: { 'amp_*': 'analytics', ads_id: 'targeting', theme: 'necessary' } });
    manager.update({ analytics: true });
    for (const c of ['_ga=1', '_fbp=1', 'cart=1', 'mystery=1']) document.cookie = `${c}; path=/`;
    localStorage.setItem('amp_x', '1');
    localStorage.setItem('ads_id', '1');
    sessionStorage.setItem('ads_id', '1');
    localStorage.setItem('theme', 'dark');
    expect(cleanUpDenied(manager, categorize, document, createNameMatcher(manager.config.storage)).sort()).toEqual([
      '_fbp',
      'localStorage:ads_id',
      'sessionStorage:ads_id',
    ]);
    expect(readCookieNames(document.cookie).sort()).toEqual(['_ga', 'cart', 'consentkit', 'mystery']);
    expect(localStorage.getItem('amp_x')).toBe('1');
    expect(localStorage.getItem('theme')).toBe('dark');
  });

  it('lets an exact storage key win over a prefix, as for cookies', () => {
    const { manager, categorize } = make({ storage: { 'amp_*': 'analytics', amp_theme: 'necessary' } });
    localStorage.setItem('amp_id', '1');
    localStorage.setItem('amp_theme', 'dark');
    expect(cleanUpDenied(manager, categorize, document, createNameMatcher(manager.config.storage))).toEqual(['localStorage:amp_id']);
    expect(localStorage.getItem('amp_theme')).toBe('dark');
  });

  it('cleans tracker storage keys classified like cookies, without any declared storage key', () => {
    const { manager, categorize } = make();
    for (const key of ['_hjid', 'ajs_user_id', 'cart', 'consentkit:outbox']) localStorage.setItem(key, '1');
    expect(cleanUpDenied(manager, categorize, document, createStorageCategorizer(manager.config)).sort()).toEqual([
      'localStorage:_hjid',
      'localStorage:ajs_user_id',
    ]);
    expect(Object.keys(localStorage).sort()).toEqual(['cart', 'consentkit:outbox']);
  });

  it('reads and deletes through the native accessors, past page code that shadows document.cookie', () => {
    const { manager, categorize } = make();
    document.cookie = '_ga=1; path=/';
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} });
    try {
      expect(cleanUpDenied(manager, categorize, document, createStorageCategorizer(manager.config))).toEqual(['_ga']);
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
    expect(document.cookie).not.toContain('_ga');
  });

  it('still cleans storage where reading document.cookie throws (a sandboxed frame)', () => {
    const { manager, categorize } = make({ storage: { ads_id: 'targeting' } });
    localStorage.setItem('ads_id', '1');
    const doc = {
      get cookie(): string {
        throw new DOMException('sandboxed', 'SecurityError');
      },
      location,
      defaultView: window,
    } as unknown as Document;
    expect(cleanUpDenied(manager, categorize, doc, createNameMatcher(manager.config.storage))).toEqual(['localStorage:ads_id']);
  });

  it('runs at start and on every change; reloads after a revoke only with reloadOnRevoke', () => {
    const { manager, categorize } = make({ reloadOnRevoke: true });
    document.cookie = '_ga=1; path=/';
    const reload = vi.spyOn(document.location, 'reload').mockImplementation(() => {});
    const { stop } = startStorageCleanup(manager, categorize, document, createStorageCategorizer(manager.config));
    expect(document.cookie).not.toContain('_ga');
    manager.acceptAll();
    expect(reload).not.toHaveBeenCalled();
    document.cookie = '_ga=2; path=/';
    manager.rejectAll();
    expect(document.cookie).not.toContain('_ga');
    expect(reload).toHaveBeenCalledTimes(1);
    stop();
  });
});

describe('startStorageCleanup with deferStorage', () => {
  const analyticsDenied = () => {
    const manager = createConsentManager({ policyVersion: 'p1', region: 'FR', storage: { _hjid: 'analytics', _hjSession: 'analytics' } });
    return { manager, categorize: createCookieCategorizer(manager.config) };
  };
  /** Leftovers of an earlier visit: a denied cookie and denied keys in both storage areas, next to the site's own. */
  const leaveLeftovers = () => {
    document.cookie = '_ga=1; path=/';
    localStorage.setItem('_hjid', 'old');
    sessionStorage.setItem('_hjSession', 'old');
    localStorage.setItem('cart', '1');
  };
  /** The `paint` observers started, and the entry types they asked for: the browser reports the first paint to them. */
  let paints: { report: () => void; options: PerformanceObserverInit }[];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    paints = [];
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(private callback: () => void) {}
        observe(options: PerformanceObserverInit) {
          paints.push({ report: this.callback, options });
        }
      },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    for (const name of readCookieNames(document.cookie)) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    localStorage.clear();
    sessionStorage.clear();
  });
  const storedKeys = () => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].sort();

  it('deletes denied cookies at once and denied storage keys once the first paint is reported', () => {
    const { manager, categorize } = analyticsDenied();
    leaveLeftovers();
    const cleanup = startStorageCleanup(manager, categorize, document, createStorageCategorizer(manager.config), true);
    expect(document.cookie).not.toContain('_ga');
    // Nothing read or deleted in Web Storage during start-up: the first paint does not wait for it.
    expect(storedKeys()).toEqual(['_hjSession', '_hjid', 'cart']);
    expect(paints.map((p) => p.options)).toEqual([{ type: 'paint', buffered: true }]);
    paints[0]!.report();
    expect(storedKeys()).toEqual(['cart']);
    cleanup.stop();
  });

  it('deletes them within a second where nothing is painted (a hidden page)', () => {
    const { manager, categorize } = analyticsDenied();
    leaveLeftovers();
    const cleanup = startStorageCleanup(manager, categorize, document, createStorageCategorizer(manager.config), true);
    vi.advanceTimersByTime(999);
    expect(storedKeys()).toEqual(['_hjSession', '_hjid', 'cart']);
    vi.advanceTimersByTime(1);
    expect(storedKeys()).toEqual(['cart']);
    cleanup.stop();
  });

  it("deletes them by the window's load event at the latest: a loaded page holds no denied key, however it is read", () => {
    const { manager, categorize } = analyticsDenied();
    leaveLeftovers();
    const cleanup = startStorageCleanup(manager, categorize, document, createStorageCategorizer(manager.config), true);
    expect(storedKeys()).toEqual(['_hjSession', '_hjid', 'cart']);
    window.dispatchEvent(new Event('load'));
    expect(storedKeys()).toEqual(['cart']);
    cleanup.stop();
  });

  it('deletes them at once on flush (the storage guard), on clean(), on stop(), and only once', () => {
    const { manager, categorize } = analyticsDenied();
    for (const settle of ['flush', 'clean', 'stop'] as const) {
      leaveLeftovers();
      const cleanup = startStorageCleanup(manager, categorize, document, createStorageCategorizer(manager.config), true);
      cleanup[settle]();
      expect(storedKeys()).toEqual(['cart']);
      // A key written afterwards (past the guard) is the next consent change's to delete, not the timers'.
      localStorage._hjid = 'new';
      paints.splice(0).forEach((paint) => paint.report());
      vi.runAllTimers();
      expect(storedKeys()).toEqual(['_hjid', 'cart']);
      cleanup.stop();
      localStorage.clear();
    }
  });

  it('still deletes synchronously, cookies and storage, when consent is refused or withdrawn while it waits', () => {
    const { manager, categorize } = analyticsDenied();
    manager.acceptAll();
    leaveLeftovers();
    const cleanup = startStorageCleanup(manager, categorize, document, createStorageCategorizer(manager.config), true);
    // Everything granted: nothing to delete at start.
    expect(document.cookie).toContain('_ga');
    manager.withdraw();
    expect(document.cookie).not.toContain('_ga');
    expect(storedKeys()).toEqual(['cart']);
    manager.acceptAll();
    leaveLeftovers();
    manager.rejectAll();
    expect(document.cookie).not.toContain('_ga');
    expect(storedKeys()).toEqual(['cart']);
    cleanup.stop();
  });

  it('deletes everything at start without deferStorage, as before', () => {
    const { manager, categorize } = analyticsDenied();
    leaveLeftovers();
    const cleanup = startStorageCleanup(manager, categorize, document, createStorageCategorizer(manager.config));
    expect(document.cookie).not.toContain('_ga');
    expect(storedKeys()).toEqual(['cart']);
    expect(paints).toHaveLength(0);
    cleanup.stop();
  });
});
