import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager } from '../consent/consent-manager';
import { createCookieCategorizer } from './cookie-rules';
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
    expect(cleanUpDenied(manager, categorize).sort()).toEqual(['_fbp', 'localStorage:ads_id', 'sessionStorage:ads_id']);
    expect(readCookieNames(document.cookie).sort()).toEqual(['_ga', 'cart', 'consentkit', 'mystery']);
    expect(localStorage.getItem('amp_x')).toBe('1');
    expect(localStorage.getItem('theme')).toBe('dark');
  });

  it('lets an exact storage key win over a prefix, as for cookies', () => {
    const { manager, categorize } = make({ storage: { 'amp_*': 'analytics', amp_theme: 'necessary' } });
    localStorage.setItem('amp_id', '1');
    localStorage.setItem('amp_theme', 'dark');
    expect(cleanUpDenied(manager, categorize)).toEqual(['localStorage:amp_id']);
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
      expect(cleanUpDenied(manager, categorize)).toEqual(['_ga']);
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
    expect(cleanUpDenied(manager, categorize, doc)).toEqual(['localStorage:ads_id']);
  });

  it('runs at start and on every change; reloads after a revoke only with reloadOnRevoke', () => {
    const { manager, categorize } = make({ reloadOnRevoke: true });
    document.cookie = '_ga=1; path=/';
    const reload = vi.fn();
    const doc = {
      get cookie() {
        return document.cookie;
      },
      set cookie(v: string) {
        document.cookie = v;
      },
      location: { ...location, hostname: location.hostname, pathname: '/', protocol: 'http:', reload },
      defaultView: window,
    } as unknown as Document;
    const stop = startStorageCleanup(manager, categorize, doc);
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
