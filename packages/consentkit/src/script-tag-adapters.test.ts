import { describe, expect, it } from 'vitest';
import { ADAPTERS } from './adapter-registry';
import { SCRIPT_TAG_ADAPTERS } from './script-tag-adapters';

/** What a check or factory does with `options`: the error message it throws, or 'ok'. */
const outcome = (run: () => unknown): string => {
  try {
    run();
    return 'ok';
  } catch (error) {
    return (error as Error).message;
  }
};

const PROBES: unknown[] = [undefined, null, true, false, 0, 1, '', 'analytics', 'Targeting_2', '2x', 'tracking', 'cookie', 'everything', [], {}];

describe('SCRIPT_TAG_ADAPTERS', () => {
  const lazy = Object.entries(SCRIPT_TAG_ADAPTERS).filter((entry): entry is [string, readonly [string, (v: unknown, f: string) => unknown]] =>
    Array.isArray(entry[1]),
  );

  it('has every vendor of the npm registry, Google in the main file and the others as files', () => {
    expect(Object.keys(SCRIPT_TAG_ADAPTERS).sort()).toEqual(Object.keys(ADAPTERS).sort());
    expect(typeof SCRIPT_TAG_ADAPTERS.google).toBe('function');
    expect(lazy.map(([name]) => name).sort()).toEqual(
      Object.keys(ADAPTERS)
        .filter((name) => name !== 'google')
        .sort(),
    );
  });

  // The check at init and the factory in the vendor's file must agree, or a bad option would only
  // surface once the file arrived (after the stored decision was applied), or a good one fail closed.
  it.each(Object.keys(ADAPTERS).filter((name) => name !== 'google'))('checks the options of %s as its factory does', (name) => {
    const [, check] = SCRIPT_TAG_ADAPTERS[name] as readonly [string, (v: unknown, f: string) => unknown];
    const factory = ADAPTERS[name]!;
    const inputs: unknown[] = [{}, { unknownOption: true }, 'meta', []];
    const keys = /known: ([^)]*)\)/.exec(outcome(() => factory({ unknownOption: true })))![1]!.split(', ');
    for (const key of keys) for (const value of PROBES) inputs.push({ [key]: value });
    for (const options of inputs) {
      expect(
        outcome(() => check(options, `adapters.${name}`)),
        JSON.stringify(options),
      ).toBe(outcome(() => factory(options as Record<string, unknown>)));
    }
  });
});
