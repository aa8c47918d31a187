import { describe, expect, it } from 'vitest';
import { patchMethod, patchProperty } from './patch-property';

describe('patchProperty', () => {
  it('replaces the property where the prototype chain defines it, and restores it', () => {
    const proto = { greet: () => 'native' };
    const target = Object.create(proto) as typeof proto;
    const restore = patchMethod(target, 'greet', (original: () => string) => () => `patched ${original()}`);
    expect(target.greet()).toBe('patched native');
    expect(Object.prototype.hasOwnProperty.call(target, 'greet')).toBe(false);
    restore!();
    expect(target.greet()).toBe('native');
  });

  it('wraps accessors and keeps the fields it does not replace', () => {
    let stored = '';
    const owner = {};
    Object.defineProperty(owner, 'value', { get: () => stored, set: (v: string) => void (stored = v), configurable: true, enumerable: true });
    const restore = patchProperty(owner, 'value', ({ set }) => ({ set: (v: string) => set!.call(owner, v.toUpperCase()) }));
    (owner as { value: string }).value = 'abc';
    expect((owner as { value: string }).value).toBe('ABC');
    expect(Object.getOwnPropertyDescriptor(owner, 'value')!.enumerable).toBe(true);
    restore!();
    (owner as { value: string }).value = 'abc';
    expect(stored).toBe('abc');
  });

  it('does not undo a patch installed on top of its own, and patches nothing that is missing or not a method', () => {
    const owner = { run: () => 1, count: 3 };
    const restore = patchMethod(owner, 'run', () => () => 2);
    const later = () => 3;
    owner.run = later;
    restore!();
    expect(owner.run).toBe(later);
    expect(patchMethod(owner, 'missing', () => () => 0)).toBeUndefined();
    expect(patchMethod(owner, 'count', () => () => 0)).toBeUndefined();
    expect(owner.count).toBe(3);
  });
});
