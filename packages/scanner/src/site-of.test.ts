import { describe, expect, it } from 'vitest';
import { isSameSite, isThirdParty, siteOf } from './site-of';

describe('siteOf', () => {
  it('uses the registrable domain from the Public Suffix List', () => {
    expect(siteOf('www.shop.example.co.uk')).toBe('example.co.uk');
    expect(siteOf('.doubleclick.net')).toBe('doubleclick.net');
    expect(siteOf('stats.g.doubleclick.net')).toBe('doubleclick.net');
    // A private suffix: each github.io user is its own site.
    expect(siteOf('alice.github.io')).toBe('alice.github.io');
  });

  it('keeps an IP address or localhost as its own site', () => {
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOf('localhost')).toBe('localhost');
  });
});

describe('isThirdParty', () => {
  it('splits first- from third-party by registrable domain, not by host', () => {
    expect(isThirdParty('cdn.shop.example', 'www.shop.example')).toBe(false);
    expect(isThirdParty('.shop.example', 'shop.example')).toBe(false);
    expect(isThirdParty('www.google-analytics.com', 'shop.example')).toBe(true);
    expect(isThirdParty('alice.github.io', 'bob.github.io')).toBe(true);
    expect(isThirdParty('www.google-analytics.com', '127.0.0.1')).toBe(true);
    expect(isThirdParty('127.0.0.1', '127.0.0.1')).toBe(false);
  });

  it('compares registrable domains below a multi-label public suffix, and IP addresses as they are', () => {
    expect(isThirdParty('sub.example.co.uk', 'example.co.uk')).toBe(false);
    expect(isThirdParty('example.co.uk', 'other.co.uk')).toBe(true);
    expect(isThirdParty('127.0.0.2', '127.0.0.1')).toBe(true);
  });

  it('reads an IPv6 host the same with and without brackets (URL host vs cookie domain), and a trailing dot', () => {
    expect(isThirdParty('::1', '[::1]')).toBe(false);
    expect(isThirdParty('www.shop.example.', 'shop.example')).toBe(false);
  });
});

describe('isSameSite', () => {
  it('follows links within the registrable domain only', () => {
    expect(isSameSite(new URL('https://blog.shop.example/a'), new URL('https://shop.example/'))).toBe(true);
    expect(isSameSite(new URL('https://other.example/'), new URL('https://shop.example/'))).toBe(false);
  });
});
