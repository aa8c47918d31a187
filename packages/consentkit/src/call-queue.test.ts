import { describe, expect, it, vi } from 'vitest';
import { startCallQueue } from './call-queue';

describe('startCallQueue', () => {
  it('runs queued calls in order with their arguments, then runs pushed calls at once', () => {
    const calls: unknown[][] = [];
    const api = { onGranted: (...args: unknown[]) => calls.push(['onGranted', ...args]), update: (c: unknown) => calls.push(['update', c]) };
    const fn = () => {};
    const queue = startCallQueue(api, [
      ['onGranted', 'analytics', fn],
      ['update', { analytics: true }],
    ]);
    expect(calls).toEqual([
      ['onGranted', 'analytics', fn],
      ['update', { analytics: true }],
    ]);
    expect(queue.push(['update', { targeting: false }])).toBe(3);
    expect(calls[2]).toEqual(['update', { targeting: false }]);
  });

  it('reports and skips a call that names no method, and keeps going after one that throws', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ran: string[] = [];
    const api = {
      boom() {
        throw new Error('nope');
      },
      ok: () => ran.push('ok'),
    };
    startCallQueue(api, [['grantAll'], 'text', ['constructor'], ['boom'], ['ok']]);
    expect(ran).toEqual(['ok']);
    expect(error).toHaveBeenCalledTimes(4);
    expect(error.mock.calls[0]![0]).toContain('"grantAll" is not a ConsentKit method');
  });

  it('accepts a missing or non-array queue', () => {
    expect(startCallQueue({}, undefined).push()).toBe(0);
    expect(startCallQueue({}, { push() {} }).push()).toBe(0);
  });
});
