import { describe, expect, it } from 'vitest';
import { classifyRequest } from './classify-request';

describe('classifyRequest', () => {
  it('classifies known tracker hosts and their subdomains with the built-in table', () => {
    expect(classifyRequest('https://www.google-analytics.com/g/collect?v=2')).toBe('analytics');
    expect(classifyRequest('https://stats.g.doubleclick.net/j/collect')).toBe('targeting');
    expect(classifyRequest('https://connect.facebook.net/en_US/fbevents.js')).toBe('targeting');
  });

  it('matches a path rule only under its path', () => {
    expect(classifyRequest('https://www.facebook.com/tr?id=1')).toBe('targeting');
    expect(classifyRequest('https://www.facebook.com/some-page')).toBeNull();
  });

  it('leaves unknown hosts and bad URLs unclassified', () => {
    expect(classifyRequest('https://cdn.example.org/lib.js')).toBeNull();
    expect(classifyRequest('not a url')).toBeNull();
    // A look-alike is not a subdomain.
    expect(classifyRequest('https://notdoubleclick.net/x')).toBeNull();
  });
});
