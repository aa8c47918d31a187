import { describe, expect, expectTypeOf, it } from 'vitest';
import { ConsentConfigError, checkBoolean, checkList, checkObject, checkOneOf, checkRecord, checkShape, checkText, checkWhere } from './checks';
import type { resolveConfig } from './consent/config';

describe('the exported checks (shared with the adapters)', () => {
  const thrown = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error as ConsentConfigError;
    }
    throw new Error('expected a ConsentConfigError');
  };

  it('pass valid values through and name the field of an invalid one', () => {
    expect(checkWhere<number>((v) => v === 1, 'must be 1')(1, 'a')).toBe(1);
    expect(checkText(/^x+$/, 'must be x')('xx', 'a')).toBe('xx');
    expect(checkOneOf(['on', 'off'])('off', 'a')).toBe('off');
    expect(checkObject({ k: 1 }, 'a')).toEqual({ k: 1 });
    const cases: [() => unknown, string, string][] = [
      [() => checkWhere((v) => v === 1, 'must be 1')(2, 'x.y'), 'x.y', '"x.y" must be 1 (got 2)'],
      [() => checkText(/^x+$/, 'must be x')(7, 'x.y'), 'x.y', '"x.y" must be x (got 7)'],
      [() => checkOneOf(['on', 'off'])('of', 'x'), 'x', '"x" must be one of "on", "off" (got "of")'],
      [() => checkObject([], 'x'), 'x', '"x" must be an object'],
      [() => checkObject(null, 'x'), 'x', '"x" must be an object'],
    ];
    for (const [run, field, message] of cases) {
      const error = thrown(run);
      expect(error).toBeInstanceOf(ConsentConfigError);
      expect(error.field).toBe(field);
      expect(error.message).toContain(message);
    }
  });

  it('checkList, checkRecord and checkBoolean name the item, the value or the key that is wrong', () => {
    expect(checkList(checkText(/^a/, 'must start with a'))(['ab', 'ac'], 'x')).toEqual(['ab', 'ac']);
    expect(thrown(() => checkList(checkText(/^a/, 'must start with a'))(['ab', 'b'], 'x')).field).toBe('x.1');
    expect(thrown(() => checkList(checkBoolean, 'must be a list of flags')('ab', 'x')).message).toContain('"x" must be a list of flags');
    const record = checkRecord(checkText(/^[a-z]+$/, 'keys must be lower-case'), checkBoolean);
    expect(record({ a: true }, 'x')).toEqual({ a: true });
    expect(thrown(() => record({ a: 'no' }, 'x')).message).toContain('"x.a" must be true or false');
    expect(thrown(() => record({ A: true }, 'x')).field).toBe('x');
  });

  it('types a result after its checks, so callers need no casts', () => {
    const shape = checkShape({ mode: checkOneOf(['a', 'b']), on: checkBoolean, tags: checkRecord(checkText(/./, 'text'), checkList(checkOneOf([1, 2]))) });
    expectTypeOf(shape).returns.toEqualTypeOf<{ mode?: 'a' | 'b'; on?: boolean; tags?: Record<string, (1 | 2)[]> }>();
    expectTypeOf<ReturnType<typeof resolveConfig>['ui']['theme']>().toEqualTypeOf<'auto' | 'light' | 'dark' | undefined>();
  });

  it('checkShape keeps only known, defined keys and refuses inherited names as options', () => {
    const check = checkShape({ mode: checkOneOf(['a', 'b']) });
    expect(check({ mode: 'a' }, 'adapters.x')).toEqual({ mode: 'a' });
    expect(check({ mode: undefined }, 'adapters.x')).toEqual({});
    expect(thrown(() => check({ mode: 'c' }, 'adapters.x')).field).toBe('adapters.x.mode');
    for (const key of ['mod', 'toString', 'constructor']) {
      const error = thrown(() => check({ [key]: 'a' }, 'adapters.x'));
      expect(error.field).toBe(`adapters.x.${key}`);
      expect(error.message).toContain('is not a known option (known: mode)');
    }
  });

  it('refuse a "__proto__" key, which JSON.parse makes an own key and an assignment would turn into a prototype', () => {
    const crafted = JSON.parse('{ "__proto__": { "analytics": true }, "_ga": "analytics" }');
    const record = thrown(() =>
      checkRecord(
        (k) => k,
        (v) => v,
      )(crafted, 'cookies'),
    );
    expect(record.field).toBe('cookies.__proto__');
    expect(record.message).toContain('is not allowed');
    const shape = thrown(() => checkShape({ mode: checkOneOf(['a']) })(JSON.parse('{ "__proto__": { "mode": "a" } }'), 'adapters.x'));
    expect(shape.field).toBe('adapters.x.__proto__');
  });
});
