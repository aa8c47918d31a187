import { ConsentConfigError } from '@consentkit/core';
import type { ConsentManager } from '@consentkit/core';

/**
 * What each option of the UI's entry points (`mountBanner`, `renderBannerToString`,
 * `definePreferencesElement`) must be: a `typeof` name, `element`, or its allowed values
 * separated by spaces. One small table, as it is part of `mountBanner`'s bundle.
 */
const KINDS: Readonly<Record<string, string>> = {
  language: 'string',
  texts: 'object',
  position: 'bottom box center',
  floatingButton: 'boolean',
  theme: 'auto light dark',
  nonce: 'string',
  container: 'element',
  cookiesFor: 'function',
  describeCookie: 'function',
  cookie: 'string',
  gpc: 'boolean',
};

/**
 * Checks the `options` of the UI entry point `name`, whose option names are `keys`, and that
 * `manager` (unless `false`) is a consent manager. Throws a `ConsentConfigError` naming what is
 * wrong — an unknown option (`postion`), a value of the wrong kind (`position: 'top'`,
 * `floatingButton: 'false'`), a config object passed instead of the manager — rather than
 * ignoring it or failing later with a `TypeError`. Options left `undefined` count as not given.
 */
export function checkUiOptions(name: string, keys: readonly string[], options: unknown, manager?: ConsentManager | false): void {
  const field = `${name} options`;
  if (manager !== false && typeof manager?.$view?.get != 'function')
    throw new ConsentConfigError(`${name}(manager)`, 'must be what createConsentManager(config) returned', manager);
  if (typeof options != 'object' || Array.isArray(options)) {
    if (options === undefined) return;
    throw new ConsentConfigError(field, 'must be an object', options);
  }
  for (const [key, value] of Object.entries(options ?? {})) {
    if (!keys.includes(key)) throw new ConsentConfigError(`${field}.${key}`, `is not a known option (known: ${keys.join(', ')})`, value);
    const kind = KINDS[key]!;
    const list = kind.includes(' ');
    if (
      value !== undefined &&
      !(list ? kind.split(' ').includes(value as string) : kind == 'element' ? value instanceof HTMLElement : typeof value == kind && value !== null)
    ) {
      throw new ConsentConfigError(
        `${field}.${key}`,
        list ? `must be one of "${kind.replace(/ /g, '", "')}"` : `must be ${/^[aeo]/.test(kind) ? 'an' : 'a'} ${kind}`,
        value,
      );
    }
  }
}
