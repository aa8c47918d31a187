import { describe, expect, it, vi } from 'vitest';
import { TRACKER_COOKIES, createCookieCategorizer } from './cookie-rules';

describe('createCookieCategorizer', () => {
  it('classifies the common tracker cookies with the built-in rules', () => {
    const categorize = createCookieCategorizer({ cookies: {}, cookieDb: undefined });
    expect(categorize('_ga')).toBe('analytics');
    expect(categorize('_ga_ABC123')).toBe('analytics');
    expect(categorize('_gcl_au')).toBe('targeting');
    expect(categorize('_fbp')).toBe('targeting');
    expect(categorize('_uetvid')).toBe('targeting');
    expect(categorize('_clck')).toBe('analytics');
    expect(categorize('session')).toBeUndefined();
    expect(categorize('_gax')).toBeUndefined();
  });

  it('checks site-declared names first (exact before prefix, longest prefix first)', () => {
    const categorize = createCookieCategorizer({
      cookies: { _ga: 'necessary', 'pref_*': 'functional', 'pref_ads_*': 'targeting', pref_ads_opt: 'necessary' },
      cookieDb: () => ({ category: 'targeting' }),
    });
    expect(categorize('_ga')).toBe('necessary');
    expect(categorize('pref_lang')).toBe('functional');
    expect(categorize('pref_ads_x')).toBe('targeting');
    expect(categorize('pref_ads_opt')).toBe('necessary');
  });

  it('asks cookieDb (with the setter host) before the built-in rules', () => {
    const cookieDb = vi.fn((name: string) => (name === '_ga' ? { category: 'targeting' } : undefined));
    const categorize = createCookieCategorizer({ cookies: {}, cookieDb });
    expect(categorize('_ga', 'www.googletagmanager.com')).toBe('targeting');
    expect(cookieDb).toHaveBeenCalledWith('_ga', 'www.googletagmanager.com');
    expect(categorize('_gid')).toBe('analytics');
  });

  it('never lets the database call a cookie necessary', () => {
    const categorize = createCookieCategorizer({ cookies: {}, cookieDb: () => ({ category: 'necessary' }) });
    expect(categorize('_fbp')).toBe('targeting');
    expect(categorize('whatever')).toBeUndefined();
  });

  it('treats a broken cookieDb as not knowing, and reports it once', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const answer of [
      () => {
        throw new Error('boom');
      },
      () => 'analytics',
      () => ({ category: '' }),
      () => null,
    ]) {
      error.mockClear();
      const categorize = createCookieCategorizer({ cookies: {}, cookieDb: answer as never });
      expect(categorize('_fbp')).toBe('targeting');
      expect(categorize('mystery')).toBeUndefined();
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0]![0])).toContain('config.cookieDb failed');
    }
  });

  it('keeps answering the same for a repeated name, and still learns names a lazily loaded cookieDb knows', () => {
    let loaded = false;
    const cookieDb = vi.fn((name: string, host?: string) =>
      loaded && name === 'vendor_id' ? { category: host === 'ads.example' ? 'targeting' : 'analytics' } : undefined,
    );
    const categorize = createCookieCategorizer({ cookies: { site_: 'necessary', 'site_*': 'functional' }, cookieDb });
    // Before the database arrives: unknown (not remembered), built-in rules still apply.
    expect(categorize('vendor_id')).toBeUndefined();
    expect(categorize('_fbp')).toBe('targeting');
    loaded = true;
    expect(categorize('vendor_id', 'ads.example')).toBe('targeting');
    // The database's answer depends on the setter, so it is asked again.
    expect(categorize('vendor_id', 'stats.example')).toBe('analytics');
    // `_fbp` was answered by the built-ins while a cookieDb exists: the database may now know better.
    cookieDb.mockClear();
    expect(categorize('_fbp')).toBe('targeting');
    expect(cookieDb).toHaveBeenCalledWith('_fbp', undefined);
    // Site-declared names win and are answered without the database, every time.
    cookieDb.mockClear();
    for (let i = 0; i < 3; i++) {
      expect(categorize('site_')).toBe('necessary');
      expect(categorize('site_cart')).toBe('functional');
    }
    expect(cookieDb).not.toHaveBeenCalled();
  });

  it('answers repeated names the same without a cookieDb, unknowns included', () => {
    const categorize = createCookieCategorizer({ cookies: { cart: 'necessary' }, cookieDb: undefined });
    for (let i = 0; i < 3; i++) {
      expect(categorize('cart')).toBe('necessary');
      expect(categorize('_ga_XYZ')).toBe('analytics');
      expect(categorize('session')).toBeUndefined();
    }
    // More names than are remembered are still classified.
    for (let i = 0; i < 600; i++) expect(categorize(`_ga_${i}`)).toBe('analytics');
  });

  it('accepts a replacement built-in table', () => {
    expect(createCookieCategorizer({ cookies: {}, cookieDb: undefined }, {})('_ga')).toBeUndefined();
    expect(Object.isFrozen(TRACKER_COOKIES)).toBe(true);
  });
});
