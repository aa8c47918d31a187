import { ConsentConfigError } from '@consentkit/core';

/**
 * Validation of an adapter's options. The script-tag build passes the plain JSON object from
 * `config.adapters.<vendor>`, so every option is checked at the factory call and an error names
 * the key path (`adapters.google.waitForUpdate`). A bad option throws before the adapter can
 * publish anything, so no vendor is told "granted" because of a typo.
 */

/** Checks one option value; throws a `ConsentConfigError` naming `field` when it is wrong. */
export type OptionCheck<T> = (value: unknown, field: string) => T;

/** The checks of an options object, one per key (all keys optional). */
export type OptionSpec<T> = { [K in keyof T]-?: OptionCheck<Exclude<T[K], undefined>> };

const fail = (field: string, expected: string, got: unknown): never => {
  throw new ConsentConfigError(field, expected, got);
};

/** Category ids as the core accepts them in `config.categories`. */
const CATEGORY_ID = /^[a-z][a-z0-9_-]*$/i;

/** A value that passes `test`; otherwise an error saying it `expected`. */
export const optionWhere =
  <T>(test: (value: unknown) => boolean, expected: string): OptionCheck<T> =>
  (v, f) =>
    test(v) ? (v as T) : fail(f, expected, v);

export const optionBoolean = optionWhere<boolean>((v) => typeof v === 'boolean', 'must be true or false');

export const optionCategory: OptionCheck<string> = (v, f) =>
  typeof v === 'string' && CATEGORY_ID.test(v) ? v : fail(f, 'must be a category id such as "analytics"', v);

export const optionOneOf =
  <T>(values: readonly T[]): OptionCheck<T> =>
  (v, f) =>
    values.includes(v as T) ? (v as T) : fail(f, `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`, v);

/** A plain object (not null, not an array). */
export const optionObject: OptionCheck<Record<string, unknown>> = (v, f) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(f, 'must be an object', v);

/**
 * Validates `input` against `spec` and returns the options that were given. Unknown keys are an
 * error (`adapters.<vendor>.<key> is not a known option`), as in the core configuration.
 */
export function readOptions<T extends object>(vendor: string, input: unknown, spec: OptionSpec<T>): Partial<T> {
  const base = `adapters.${vendor}`;
  const given = input === undefined ? {} : optionObject(input, base);
  const known = Object.keys(spec);
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    if (!known.includes(key)) fail(`${base}.${key}`, `is not a known option (known: ${known.join(', ')})`, value);
    if (value !== undefined) result[key] = (spec as Record<string, OptionCheck<unknown>>)[key]!(value, `${base}.${key}`);
  }
  return result as Partial<T>;
}
