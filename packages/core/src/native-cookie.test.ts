import { afterEach, describe, expect, it } from 'vitest';
import { installCookieGuard } from './gating/cookie-guard';
import { captureNativeCookie, cookieValues } from './native-cookie';

describe('cookieValues', () => {
  it("lists every value of exactly that name, in the browser's order", () => {
    expect(cookieValues('consentkit=new; a=1; consentkit=old', 'consentkit')).toEqual(['new', 'old']);
    expect(cookieValues(' consentkit = v ;x=1', 'consentkit')).toEqual(['v']);
    expect(cookieValues('', 'consentkit')).toEqual([]);
  });

  it('matches names as the browser stores them: no percent-decoding, no prefix or case match', () => {
    expect(cookieValues('consentki%74=forged; Consentkit=x; consentkit2=y; xconsentkit=z; consentkit', 'consentkit')).toEqual([]);
  });
});

describe('captureNativeCookie', () => {
  afterEach(() => {
    delete (document as { cookie?: string }).cookie;
    // A date in the past: happy-dom keeps a `max-age=0` cookie (empty) until the clock moves on.
    document.cookie = 'n=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('reads and writes past an override page code defines on the document', () => {
    const native = captureNativeCookie(document);
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => 'n=fake', set: () => {} });
    native.write('n=real; path=/');
    expect(native.read()).toContain('n=real');
    expect(document.cookie).toBe('n=fake');
  });

  it("sees through ConsentKit's own cookie guard to the browser's accessors", () => {
    const stop = installCookieGuard(document, () => false);
    try {
      document.cookie = 'n=guarded; path=/';
      expect(document.cookie).not.toContain('n=guarded');
      captureNativeCookie(document).write('n=native; path=/');
      expect(document.cookie).toContain('n=native');
    } finally {
      stop();
    }
  });

  it('throws a clear error for a document without a cookie accessor', () => {
    expect(() => captureNativeCookie({} as Document)).toThrow('ConsentKit: this document has no document.cookie accessor');
  });
});
