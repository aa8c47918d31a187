import { afterEach, describe, expect, it } from 'vitest';
import { cookieNamesFromSetCookie, recordCookieSetters } from './cookie-setters';

describe('cookieNamesFromSetCookie', () => {
  it('reads one name per header line and skips malformed lines', () => {
    expect(cookieNamesFromSetCookie('uuid2=123; Path=/; Max-Age=7776000\nanj=abc; Domain=.adnxs.com\n; junk\nno equals sign')).toEqual(['uuid2', 'anj']);
  });
});

describe('recordCookieSetters', () => {
  let owner: object | null = document;
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'cookie')) owner = Object.getPrototypeOf(owner);
  const original = Object.getOwnPropertyDescriptor(owner!, 'cookie')!;
  afterEach(() => {
    Object.defineProperty(owner!, 'cookie', original);
    delete (window as unknown as Record<string, unknown>).__testSetters;
  });

  it('notes the current script that writes a cookie, once per name, and lets the write through', () => {
    recordCookieSetters('__testSetters', window);
    const script = document.createElement('script');
    script.src = 'https://connect.facebook.net/en_US/fbevents.js';
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
    try {
      document.cookie = 'tag_state=1; Path=/';
      document.cookie = 'tag_state=2; Path=/';
    } finally {
      delete (document as unknown as Record<string, unknown>).currentScript;
    }
    expect((window as unknown as Record<string, Record<string, string>>).__testSetters).toEqual({
      tag_state: 'https://connect.facebook.net/en_US/fbevents.js',
    });
    expect(document.cookie).toContain('tag_state=2');
  });

  it('never breaks a write when the setter cannot be found', () => {
    recordCookieSetters('__testSetters', window);
    document.cookie = 'plain=1';
    expect(document.cookie).toContain('plain=1');
  });
});
