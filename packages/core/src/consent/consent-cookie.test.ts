import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHODS, decodeConsent, encodeConsent } from './consent-cookie';
import type { StoredDecision } from '../types';

const NOW = Date.UTC(2026, 10, 22);
const decision: StoredDecision = {
  decided: true,
  timestamp: Date.UTC(2026, 10, 1, 12, 0, 0),
  policyVersion: '2026-11-01',
  choices: { necessary: true, analytics: true, targeting: false, functional: true },
  method: 'custom',
  gpc: true,
  gpcOverride: false,
  subjectId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  recordId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
};

describe('encodeConsent / decodeConsent', () => {
  it('encodes compactly with cookie-safe characters', () => {
    const value = encodeConsent(decision);
    expect(value).toBe(`1|${(decision.timestamp / 1000).toString(36)}|2026-11-01|a1.t0.functional1|2|3|${decision.subjectId}|${decision.recordId}`);
    // RFC 6265 cookie-octet: no whitespace, DQUOTE, comma, semicolon or backslash.
    expect(value).toMatch(/^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/);
  });

  it('round-trips', () => {
    expect(decodeConsent(encodeConsent(decision), NOW)).toEqual(decision);
  });

  it('round-trips any decision (property)', () => {
    const uuid = fc.uuid({ version: 4 });
    fc.assert(
      fc.property(
        fc.record({
          decided: fc.boolean(),
          timestamp: fc.integer({ min: 1_500_000_000, max: NOW / 1000 }).map((s) => s * 1000),
          policyVersion: fc.string({ minLength: 1, maxLength: 64 }),
          choices: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_-]{0,20}$/), fc.boolean(), { maxKeys: 6 }).map((extra) => {
            const { necessary: _n, a: _a, t: _t, ...rest } = extra;
            return { necessary: true, ...rest };
          }),
          method: fc.constantFrom(...METHODS),
          gpc: fc.boolean(),
          gpcOverride: fc.boolean(),
          subjectId: uuid,
          recordId: uuid,
        }),
        (d) => {
          expect(decodeConsent(encodeConsent(d as StoredDecision), NOW)).toEqual(d);
        },
      ),
    );
  });

  it('never throws and never yields a decision for arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ maxLength: 5000 })), (value) => {
        expect(decodeConsent(value, NOW)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
    // 2,000 random strings take ~1.5 s on an idle 2-core machine: room for a busy one.
  }, 30_000);

  it('never throws on single-character corruptions of a valid value (property)', () => {
    const valid = encodeConsent(decision);
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }), (at, ch) => {
        const tampered = valid.slice(0, at) + ch + valid.slice(at + 1);
        const decoded = decodeConsent(tampered, NOW);
        // Either refused, or still a structurally valid decision (no partial parse).
        if (decoded) expect(encodeConsent(decoded)).toBe(tampered);
      }),
    );
  });

  it.each([
    ['empty', ''],
    ['not a string', 42],
    ['null', null],
    ['future format version', encodeConsent(decision).replace(/^1\|/, '2|')],
    ['truncated', encodeConsent(decision).slice(0, 30)],
    ['an extra field', encodeConsent(decision) + '|x'],
    ['oversized', encodeConsent(decision).replace('2026-11-01', 'x'.repeat(700))],
    ['a date in the future', encodeConsent({ ...decision, timestamp: NOW + 3 * 86400_000 })],
    ['a bad percent-escape', encodeConsent(decision).replace('2026-11-01', '%E0%A4%A')],
    ['an unknown method code', encodeConsent(decision).replace('|2|3|', '|9|3|')],
    ['flags out of range', encodeConsent(decision).replace('|2|3|', '|2|8|')],
    ['a malformed choice', encodeConsent(decision).replace('a1.', 'a2.')],
    ['a duplicated choice', encodeConsent(decision).replace('a1.t0', 'a1.a0')],
    ['necessary stored', encodeConsent(decision).replace('a1.', 'necessary0.a1.')],
    ['a bad subject id', encodeConsent(decision).replace(decision.subjectId, 'not-a-uuid')],
    ['JSON', JSON.stringify(decision)],
  ])('refuses %s', (_name, value) => {
    expect(decodeConsent(value, NOW)).toBeUndefined();
  });
});
