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
 * `manager` (unless `false`) is a consent manager. Throws a `TypeError` that names what is
 * wrong — an unknown option (`postion`), a value of the wrong kind (`position: 'top'`,
 * `floatingButton: 'false'`), a config object passed instead of the manager — rather than
 * ignoring it or failing later somewhere else. Options left `undefined` count as not given.
 *
 * A `TypeError`, not core's `ConsentConfigError` (which is about the configuration): the script
 * tag's UI file shares no code with core, and would otherwise carry a second copy of that class.
 */
export function checkUiOptions(name: string, keys: readonly string[], options: unknown, manager?: ConsentManager | false): void {
  const fail = (what: string, expected: string, got: unknown): never => {
    throw new TypeError(`@consentkit/banner: ${name}: ${what} ${expected} (got ${typeof got === 'string' ? JSON.stringify(got) : typeof got})`);
  };
  if (manager !== false && typeof manager?.$view?.get !== 'function') fail('the manager', 'must be what createConsentManager(config) returned', manager);
  if (typeof options !== 'object' || Array.isArray(options)) {
    if (options !== undefined) fail('options', 'must be an object', options);
    return;
  }
  for (const [key, value] of Object.entries(options ?? {})) {
    const kind = keys.includes(key) ? KINDS[key]! : fail(`options.${key}`, `is not an option (options: ${keys.join(', ')})`, value);
    const list = kind.includes(' ');
    if (
      value !== undefined &&
      !(list ? kind.split(' ').includes(value as string) : kind === 'element' ? value instanceof HTMLElement : typeof value === kind && value !== null)
    ) {
      fail(`options.${key}`, list ? `must be one of "${kind.replace(/ /g, '", "')}"` : `must be ${/^[aeo]/.test(kind) ? 'an' : 'a'} ${kind}`, value);
    }
  }
}
