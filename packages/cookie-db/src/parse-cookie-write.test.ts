import { describe, expect, it } from 'vitest';
import { signalsFromWrite } from './parse-cookie-write';

describe('signalsFromWrite', () => {
  const now = Date.parse('2026-12-04T00:00:00Z');

  it('reads the value, the last Path and the lifetime (Max-Age over Expires; none: a session cookie)', () => {
    expect(signalsFromWrite({ write: 'uid=8f14e45f; path=/a; Path=/; max-age=31536000; expires=Thu, 01 Jan 2026 00:00:00 GMT' }, now)).toMatchObject({
      value: '8f14e45f',
      path: '/',
      maxAgeSeconds: 31536000,
    });
    expect(signalsFromWrite({ write: 'f=1; expires=Sat, 05 Dec 2026 00:00:00 GMT' }, now).maxAgeSeconds).toBe(86400);
    expect(signalsFromWrite({ write: 'f=1' }, now)).toMatchObject({ value: '1', path: undefined, maxAgeSeconds: null });
  });

  it('keeps fields the caller set and ignores a malformed lifetime', () => {
    expect(signalsFromWrite({ write: 'f=1; max-age=soon', httpOnly: true, path: '/x' }, now)).toMatchObject({
      path: '/x',
      httpOnly: true,
      maxAgeSeconds: null,
    });
    expect(signalsFromWrite({ write: 'f=1; expires=garbage' }, now).maxAgeSeconds).toBeUndefined();
  });

  it('returns signals without a write unchanged, and does not throw on odd input', () => {
    const signals = { httpOnly: true };
    expect(signalsFromWrite(signals)).toBe(signals);
    expect(() => signalsFromWrite({ write: 42 as never })).not.toThrow();
    expect(signalsFromWrite({ write: `a=${'x'.repeat(10_000)}` }).value).toHaveLength(4094);
  });
});
