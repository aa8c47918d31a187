// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter';

describe('createRateLimiter', () => {
  it('allows a burst, then asks the client to wait, then refills over time', () => {
    let t = 0;
    const allow = createRateLimiter({ perMinute: 60, burst: 3 }, () => t);
    expect([allow('10.0.0.1'), allow('10.0.0.1'), allow('10.0.0.1')]).toEqual([0, 0, 0]);
    expect(allow('10.0.0.1')).toBe(1);
    expect(allow('10.0.0.2')).toBe(0); // another client has its own bucket
    t += 1000;
    expect(allow('10.0.0.1')).toBe(0);
  });

  it('forgets the oldest clients beyond maxClients', () => {
    const allow = createRateLimiter({ perMinute: 1, burst: 1, maxClients: 2 }, () => 0);
    expect(allow('a')).toBe(0);
    expect(allow('a')).toBeGreaterThan(0);
    allow('b');
    allow('c'); // evicts a
    expect(allow('a')).toBe(0);
  });

  it('starts over when its key is replaced after a day', () => {
    let t = 0;
    const allow = createRateLimiter({ perMinute: 1, burst: 1 }, () => t);
    allow('a');
    expect(allow('a')).toBeGreaterThan(0);
    t = 86_400_001;
    expect(allow('a')).toBe(0);
  });
});
