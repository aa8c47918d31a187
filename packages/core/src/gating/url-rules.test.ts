import { afterEach, describe, expect, it, vi } from 'vitest';
import { TRACKER_HOSTS } from './tracker-hosts';
import { createUrlMatcher, parseUrlRule } from './url-rules';

describe('createUrlMatcher', () => {
  const match = createUrlMatcher({ 'stats.example.com/js': 'analytics', '*.cdn.example.net': 'targeting', 'localhost:8080/t': 'analytics' }, TRACKER_HOSTS);

  it('matches a host and its subdomains', () => {
    expect(match('https://www.google-analytics.com/g/collect')).toBe('analytics');
    expect(match('https://region1.google-analytics.com/g/collect')).toBe('analytics');
    expect(match('https://google-analytics.com/analytics.js')).toBe('analytics');
    expect(match('https://notgoogle-analytics.com/')).toBeUndefined();
  });

  it('matches a path prefix, after decoding, and only on that host', () => {
    expect(match('https://stats.example.com/js/t.js')).toBe('analytics');
    expect(match('https://stats.example.com/api/t')).toBeUndefined();
    expect(match('https://www.facebook.com/tr?id=1')).toBe('targeting');
    expect(match('https://www.facebook.com/%74r?id=1')).toBe('targeting');
    expect(match('https://www.facebook.com/groups/x')).toBeUndefined();
  });

  it('treats *.host as subdomains only and honours a port', () => {
    expect(match('https://a.cdn.example.net/x.js')).toBe('targeting');
    expect(match('https://cdn.example.net/x.js')).toBeUndefined();
    expect(match('http://localhost:8080/t/x')).toBe('analytics');
    expect(match('http://localhost:9090/t/x')).toBeUndefined();
  });

  it('lets the site re-classify a built-in host (site rules win)', () => {
    const site = createUrlMatcher({ 'www.googletagmanager.com': 'necessary' }, TRACKER_HOSTS);
    expect(site('https://www.googletagmanager.com/gtm.js?id=GTM-1')).toBe('necessary');
    expect(site('https://www.google-analytics.com/g/collect')).toBe('analytics');
  });

  it('prefers the most specific rule of a table', () => {
    const specific = createUrlMatcher({ 'example.com': 'analytics', 'ads.example.com': 'targeting', 'example.com/pixel': 'targeting' }, {});
    expect(specific('https://ads.example.com/x')).toBe('targeting');
    expect(specific('https://example.com/pixel/1')).toBe('targeting');
    expect(specific('https://example.com/other')).toBe('analytics');
  });

  it('resolves relative URLs against the document and ignores non-http(s) URLs and garbage', () => {
    const local = createUrlMatcher({ [location.hostname + '/vendor/']: 'analytics' }, {});
    expect(local('/vendor/ga.js')).toBe('analytics');
    expect(local('/other.js')).toBeUndefined();
    for (const url of ['data:text/javascript,1', 'blob:https://x/1', 'about:blank', 'javascript:alert(1)', 'http://[', '']) {
      expect(match(url)).toBeUndefined();
    }
  });

  it('has a built-in table whose every key is a valid rule', () => {
    expect(Object.keys(TRACKER_HOSTS).length).toBeGreaterThan(30);
    for (const [key, category] of Object.entries(TRACKER_HOSTS)) expect(() => parseUrlRule(key, category)).not.toThrow();
  });
});

describe('createUrlMatcher: the fast path (no parse for a URL that cannot match)', () => {
  const match = createUrlMatcher({ 'stats.example.com/js': 'analytics' }, TRACKER_HOSTS);
  afterEach(() => {
    vi.restoreAllMocks();
    document.querySelector('base')?.remove();
  });

  it('still matches a tracker URL in every form the URL parser reads as a tracker host', () => {
    for (const url of [
      'HTTPS://WWW.Google-Analytics.COM/g/collect',
      'https://www.google-analytics.com:443/g/collect',
      'https://www.google-analytics.com:8443/g/collect',
      'https://user:secret@www.google-analytics.com/g/collect',
      'https://a@b.example@www.google-analytics.com/g/collect',
      '//www.google-analytics.com/g/collect',
      '  https://www.google-analytics.com/g/collect',
      'https:\\\\www.google-analytics.com\\g\\collect',
      'https:/\\www.google-analytics.com/g/collect',
      'https://www.google-analytics.com./g/collect',
      'https://www.google%2Danalytics.com/g/collect',
      'https://www.\uFF47oogle-analytics.com/g/collect',
      'https://www.google-analy\ntics.com/g/collect',
      'ht\ttps://www.google-analytics.com/g/collect',
      '/\t/www.google-analytics.com/g/collect',
    ]) {
      expect(match(url), url).toBe('analytics');
    }
    expect(match('https://www.facebook.com/%74r?id=1')).toBe('targeting');
  });

  it('matches an IPv4 rule in every numeric form of the address', () => {
    const byAddress = createUrlMatcher({ '10.0.0.1': 'analytics' }, {});
    for (const url of ['http://10.0.0.1/t', 'http://167772161/t', 'http://0xa.0.0.1/t', 'http://012.0.0.1/t', 'http://0xA000001/t']) {
      expect(byAddress(url), url).toBe('analytics');
    }
    expect(byAddress('http://10.0.0.2/t')).toBeUndefined();
  });

  it('matches a relative URL by the document base URL, whatever the relative string says', () => {
    const base = document.createElement('base');
    base.href = 'https://stats.example.com/';
    document.head.append(base);
    expect(document.baseURI).toBe('https://stats.example.com/');
    expect(match('/js/t.js')).toBe('analytics');
    expect(match('js/t.js')).toBe('analytics');
    expect(match('https:js/t.js')).toBe('analytics');
    expect(match('/api/t')).toBeUndefined();
  });

  it('notices a base URL that changes between two calls', () => {
    const rules = createUrlMatcher({ 'stats.example.com': 'analytics' }, {});
    expect(rules('/t.js')).toBeUndefined();
    const base = document.createElement('base');
    base.href = 'https://stats.example.com/';
    document.head.append(base);
    expect(rules('/t.js')).toBe('analytics');
    base.remove();
    expect(rules('/t.js')).toBeUndefined();
  });

  it('lets first-party and unknown URLs through without parsing them (nothing allocated)', () => {
    const parse = vi.spyOn(globalThis, 'URL');
    for (const url of [
      '/logo.png?1',
      'img/a.png',
      '',
      'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
      'https://cdn.example.org/app.js',
      '//fonts.example.net/a.woff2',
      'https://user:pw@cdn.example.org:8443/a?b#c',
      'HTTPS://CDN.EXAMPLE.ORG/A',
    ]) {
      expect(match(url), url).toBeUndefined();
    }
    expect(parse).not.toHaveBeenCalled();
    // A URL that names a rule host is parsed, and matched in full.
    expect(match('https://stats.example.com/api/t')).toBeUndefined();
    expect(parse).toHaveBeenCalledTimes(1);
  });
});

describe('parseUrlRule', () => {
  it('refuses keys that are not host[/path], naming the key', () => {
    for (const key of ['', 'https://x.com', 'x.com ', 'x..com', '*.', 42 as unknown as string]) {
      expect(() => parseUrlRule(key, 'analytics')).toThrow(/URL rule .* must be "host" or "host\/path"/);
    }
  });
});
