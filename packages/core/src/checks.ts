/**
 * The checks the configuration (`consent/config.ts`) and the adapters' options go through. A
 * check takes `(value, field)` and returns the value, typed, or throws a `ConsentConfigError`
 * naming `field`; checks compose (`checkShape`, `checkRecord`, `checkList`), and the result type
 * follows the checks.
 */

/**
 * Thrown (npm) or logged (script tag) when a configuration is invalid. `field` names the
 * offending key path, e.g. `cookies._ga` or `cookie.expiresDays`.
 */
export class ConsentConfigError extends Error {
  /** The offending key path. */
  declare readonly field: string;

  constructor(field: string, expected: string, got?: unknown) {
    super(`ConsentKit config: "${field}" ${expected}${got === NOTHING ? '' : ` (got ${show(got)})`}`);
    // Assigned, not a parameter property: an ES2020 build would add a class-field helper for it.
    this.field = field;
    this.name = 'ConsentConfigError';
  }
}

const NOTHING = Symbol();
const show = (value: unknown) => String(JSON.stringify(value) ?? value).slice(0, 60);

/**
 * Checks one value of a configuration (or of an adapter's options): returns it, or throws a
 * `ConsentConfigError` naming `field` (the key path, e.g. `adapters.google.waitForUpdate`).
 */
export type ConfigCheck<T = unknown> = (value: unknown, field: string) => T;

/** The checks of an object of type `T`, one per key: what `checkShape` takes. */
export type ShapeSpec<T> = { readonly [K in keyof T]: ConfigCheck<T[K]> };

/** Throws the `ConsentConfigError` of a check that failed (`got` is shown unless left out). */
export const fail = (field: string, expected: string, got: unknown = NOTHING): never => {
  throw new ConsentConfigError(field, expected, got);
};
/** A plain object: not `null`, not an array. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A check that passes what `test` accepts; anything else is an error saying what was
 * `expected` (e.g. `"must be true or false"`).
 *
 * @example checkWhere<number>((v) => Number.isInteger(v), 'must be a whole number')
 */
export const checkWhere =
  <T>(test: (value: unknown) => boolean, expected: string): ConfigCheck<T> =>
  (v, f) =>
    test(v) ? (v as T) : fail(f, expected, v);

/** A check for a string matching `re`; anything else is an error saying what was `expected`. */
export const checkText = (re: RegExp, expected: string): ConfigCheck<string> => checkWhere((v) => typeof v === 'string' && re.test(v), expected);

/** A check for one of `values`; the error lists them. */
export const checkOneOf =
  <const T>(values: readonly T[]): ConfigCheck<T> =>
  (v, f) =>
    values.includes(v as T) ? (v as T) : fail(f, `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`, v);

/** A check for a plain object (not `null`, not an array). */
export const checkObject: ConfigCheck<Record<string, unknown>> = (v, f) => (isObject(v) ? v : fail(f, 'must be an object', v));

/** A check for a list whose items pass `item` (item `i` is named `<field>.<i>`); anything else is an error saying what was `expected`. */
export const checkList =
  <T>(item: ConfigCheck<T>, expected = 'must be a list'): ConfigCheck<T[]> =>
  (v, f) =>
    (Array.isArray(v) ? v : fail(f, expected, v)).map((x, i) => item(x, `${f}.${i}`));

/**
 * A check for an object whose keys pass `key` and whose values pass `value` (named
 * `<field>.<key>`; a value that is `undefined` is left out). The key check gets `field` itself:
 * it names the key in its error when it should (`messageId` does), else the error names the
 * whole object.
 *
 * @example checkRecord(checkText(/^[a-z]+$/, 'keys must be lower-case'), checkOneOf([true, false]))
 */
export const checkRecord =
  <K extends string, T>(
    key: (key: string, field: string) => K,
    value: (value: unknown, field: string, key: string) => T,
  ): ConfigCheck<string extends K ? Record<string, T> : Partial<Record<K, T>>> =>
  (v, f) => {
    const result: Record<string, T> = {};
    for (const [k, x] of Object.entries(checkObject(v, f))) {
      // JSON.parse makes "__proto__" an own key; assigned below it would set the result's prototype
      // (inherited options nobody checked). Refused, so a crafted config fails closed.
      const name = k === '__proto__' ? fail(f ? `${f}.${k}` : k, 'is not allowed') : key(k, f);
      if (x !== undefined) result[name] = value(x, f ? `${f}.${k}` : k, k);
    }
    return result as string extends K ? Record<string, T> : Partial<Record<K, T>>;
  };

/**
 * A check for an object with only the keys of `spec`, each optional: an unknown key is an error
 * (`<field>.<key> is not a known option`), a key whose value is `undefined` is left out, and
 * each given value must pass its check (named `<field>.<key>`). The result's type follows
 * `spec`: `checkShape({ mode: checkOneOf(['a', 'b']) })` returns `{ mode?: 'a' | 'b' }`.
 *
 * @example checkShape({ mode: checkOneOf(['tracking', 'cookie']) })(options, 'adapters.matomo')
 */
export const checkShape = <T>(spec: ShapeSpec<T>): ConfigCheck<Partial<T>> => {
  const checks: Record<string, ConfigCheck> = spec;
  const known = Object.keys(checks);
  // Own keys only: `in` would let `constructor` or `toString` through unchecked.
  return checkRecord(
    (k, f) => (known.includes(k) ? k : fail(f ? `${f}.${k}` : k, `is not a known option (known: ${known.join(', ')})`)),
    (x, f, k) => checks[k]!(x, f),
  ) as ConfigCheck<Partial<T>>;
};

/** `true` or `false`, for options whose error says so plainly (the adapters'). */
// Pure: a bundle that does not use it (the configuration's own booleans say "must be one of true, false") drops it.
export const checkBoolean = /* @__PURE__ */ checkWhere<boolean>((v) => typeof v === 'boolean', 'must be true or false');
