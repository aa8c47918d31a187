import { checkShape, checkText } from '@consentkit/core';
import type { ConfigCheck } from '@consentkit/core';

/**
 * Validation of an adapter's options, with the core's configuration checks (one set of rules
 * and messages for the whole configuration). The script-tag build passes the plain JSON object
 * from `config.adapters.<vendor>`, so every option is checked at the factory call and an error
 * names the key path (`adapters.google.waitForUpdate`). A bad option throws before the adapter
 * can publish anything, so no vendor is told "granted" because of a typo.
 */

/** The checks of an options object, one per key (all keys optional). */
export type OptionSpec<T> = { [K in keyof T]-?: ConfigCheck<Exclude<T[K], undefined>> };

/** Category ids as the core accepts them in `config.categories`. */
export const optionCategory = checkText(/^[a-z][a-z0-9_-]*$/i, 'must be a category id such as "analytics"');

/**
 * Validates `input` against `spec` and returns the options that were given. Unknown keys are an
 * error (`adapters.<vendor>.<key> is not a known option`), as in the core configuration.
 */
export const readOptions = <T extends object>(vendor: string, input: unknown, spec: OptionSpec<T>): Partial<T> =>
  checkShape<{ [K in keyof T]-?: Exclude<T[K], undefined> }>(spec)(input === undefined ? {} : input, `adapters.${vendor}`);
