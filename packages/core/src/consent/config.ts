import { isMessageId } from './message-ids';
import type { CategoryInfo, Regime, ResolvedConfig } from '../types';

/** The categories every site has, in display order. */
export const BUILT_IN_CATEGORIES = ['necessary', 'analytics', 'targeting'] as const;

/** The regimes a region can map to. */
export const REGIMES: readonly Regime[] = ['opt-in', 'opt-out', 'notice', 'none'];

/** Default days a decision is kept (about six months, as CNIL recommends). */
export const DEFAULT_EXPIRES_DAYS = 182;
/** Longest a decision may be kept: 13 months (CNIL, ICO practice). */
export const MAX_EXPIRES_DAYS = 395;

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
type Check<T = unknown> = ConfigCheck<T>;
type Spec = Record<string, Check>;

const fail = (field: string, expected: string, got: unknown = NOTHING): never => {
  throw new ConsentConfigError(field, expected, got);
};
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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
  <T>(values: readonly T[]): ConfigCheck<T> =>
  (v, f) =>
    values.includes(v as T) ? (v as T) : fail(f, `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`, v);

/** A check for a plain object (not `null`, not an array). */
export const checkObject: ConfigCheck<Record<string, unknown>> = (v, f) => (isObject(v) ? v : fail(f, 'must be an object', v));

const text = checkText;
const oneOf = checkOneOf;
const object = checkObject;

/** An object whose keys pass `key` and whose values pass `value`. */
const record =
  <T>(key: Check<string>, value: Check<T>): Check<Record<string, T>> =>
  (v, f) => {
    const result: Record<string, T> = {};
    for (const [k, x] of Object.entries(object(v, f))) result[key(k, f)] = value(x, `${f}.${k}`);
    return result;
  };

/**
 * A check for an object with only the keys of `spec`, each optional: an unknown key is an error
 * (`<field>.<key> is not a known option`), a key whose value is `undefined` is left out, and
 * each given value must pass its check (named `<field>.<key>`).
 *
 * @example checkShape({ mode: checkOneOf(['tracking', 'cookie']) })(options, 'adapters.matomo')
 */
export const checkShape =
  (spec: Record<string, ConfigCheck>): ConfigCheck<Record<string, unknown>> =>
  (v, f) => {
    const input = object(v, f);
    const at = (k: string) => (f ? `${f}.${k}` : k);
    const known = Object.keys(spec);
    // Own keys only: `in` would let `constructor` or `toString` through unchecked.
    for (const k of Object.keys(input)) if (!known.includes(k)) fail(at(k), `is not a known option (known: ${known.join(', ')})`);
    const result: Record<string, unknown> = {};
    for (const [k, check] of Object.entries(spec)) {
      if (input[k] !== undefined) result[k] = check(input[k], at(k));
    }
    return result;
  };

/** Normalises a region code (`fr` → `FR`, `us_ca` → `US-CA`); `undefined` when it is not one. */
export function normalizeRegion(value: string): string | undefined {
  const region = value.trim().toUpperCase().replace('_', '-');
  // ISO 3166-1 alpha-2 with an optional ISO 3166-2 subdivision. `UK` and `EU` look like
  // countries but are not ISO 3166-1 assignments (the UK is `GB`).
  return /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(region) && !/^(EU|UK|EZ|UN|XX|ZZ)/.test(region) ? region : undefined;
}

const regionCode: Check<string> = (v, f) =>
  (typeof v === 'string' && normalizeRegion(v)) || fail(f, 'must be an ISO 3166 region code such as "FR", "GB" or "US-CA"', v);
const nonEmpty = text(/^./s, 'must be a non-empty string');
/** A key of `texts.<lang>`: an unknown message id is an error like any unknown key (a typo would silently show the default). */
const messageId: Check<string> = (v, f) =>
  typeof v === 'string' && isMessageId(v) ? v : fail(`${f}.${String(v)}`, 'is not a known message id (docs/i18n.md lists them)');
const bool = oneOf([true, false]);
const regime = oneOf(REGIMES);
const language = text(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as "en" or "pt-BR"');
/** `http(s):` or relative; `javascript:`, `data:`, protocol-relative and whitespace are refused. */
const url = text(/^(https?:\/\/|\/(?!\/)|[^:/?#\s]+($|[/?#])|[?#])[^\s]*$/i, 'must be an http(s) or relative URL');

const COOKIE_NAME_OR_PREFIX = text(/^[!#$%&'+.^_`|~0-9A-Za-z-]+\*?$/, 'keys must be cookie names, or prefixes ending in "*"');
const STORAGE_KEY_OR_PREFIX = text(/^[^\s*]+\*?$/, 'keys must be storage keys, or prefixes ending in "*"');
const HOST_RULE = text(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?(\/\S*)?$/, 'keys must be "host" or "host/path", such as "stats.example.com/js"');
const CATEGORY_ID = text(/^[a-z][a-z0-9_-]{0,31}$/, 'keys must be ids such as "functional" (a-z, 0-9, _, -)');
const CATEGORY_OPTIONS = checkShape({ label: nonEmpty, description: nonEmpty });

/** A US section of the GPP string, by API prefix (`@consentkit/adapters/gpp`). */
const GPP_SECTION = text(/^us(nat|ca|va|co|ut|ct|fl|mt|or|tx|de|ia|ne|nh|nj|tn|mn|md|in|ky|ri)$/, 'must be a section such as "usnat"');

/** A host the strict-mode policy allows: no characters that could end a CSP source list. */
const STRICT_HOST = text(
  /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?(\/[^\s;,'"]*)?$/,
  'must be a host such as "cdn.example.com", "*.example.com" or "example.com/path"',
);

/** Checks of the keys that do not depend on the site's categories (built once, not per call). */
const STATIC_SPEC: Spec = {
  policyVersion: text(/^.{1,64}$/s, 'must be a non-empty string of at most 64 characters'),
  region: regionCode,
  regimes: record(regionCode, regime),
  defaultRegime: regime,
  categories: object,
  unknownCookies: oneOf(['allow', 'block']),
  reloadOnRevoke: bool,
  language,
  texts: record(language, record(messageId, text(/^/, 'must be a string'))),
  privacyPolicyUrl: url,
  recordEndpoint: url,
  cookie: checkShape({
    name: text(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/, "must be a cookie name (letters, digits, !#$%&'*+.^_`|~-)"),
    domain: text(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i, 'must be a domain such as ".example.com"'),
    path: text(/^\/[^\s;,]*$/, 'must be a path starting with "/"'),
    expiresDays: checkWhere(
      (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_EXPIRES_DAYS,
      `must be a whole number of days from 1 to ${MAX_EXPIRES_DAYS}`,
    ),
  }),
  gpc: bool,
  adapters: record(nonEmpty, object),
  gpp: (v, f) =>
    typeof v === 'boolean'
      ? v
      : checkShape({
          sections: (x, g) => (Array.isArray(x) ? x : fail(g, 'must be a list', x)).map((y, i) => GPP_SECTION(y, `${g}.${i}`)),
          regions: record(regionCode, GPP_SECTION),
          cmpId: checkWhere((x) => Number.isInteger(x) && (x as number) > 0 && (x as number) < 4096, 'must be from 1 to 4095'),
          mspaCoveredTransaction: bool,
        })(v, f),
  uspapi: bool,
  strictMode: (v, f) =>
    typeof v === 'boolean'
      ? v
      : isObject(v)
        ? checkShape({ allow: (x, g) => (Array.isArray(x) ? x : fail(g, 'must be a list of hosts', x)).map((y, i) => STRICT_HOST(y, `${g}.${i}`)) })(v, f)
        : fail(f, 'must be true, false or { "allow": ["cdn.example.com"] }', v),
  // The banner and the script-tag build validate the contents of their own options.
  ui: object,
  cookieDb: checkWhere((v) => typeof v === 'function', 'must be a function such as classifyCookie'),
};

/**
 * Validates a configuration, fills in the defaults and returns it deeply frozen. Throws a
 * `ConsentConfigError` that names the field and says what was expected.
 *
 * @example resolveConfig({ policyVersion: '2026-11-01', region: 'FR' })
 */
export function resolveConfig(input: unknown): ResolvedConfig {
  if (!isObject(input)) fail('config', 'must be an object with at least "policyVersion"', input);
  // Categories first: the cookie, storage and block-rule maps refer to them.
  const categories: CategoryInfo[] = BUILT_IN_CATEGORIES.map((id) => ({ id }));
  const declared = isObject((input as Record<string, unknown>).categories) ? ((input as Record<string, unknown>).categories as Record<string, unknown>) : {};
  for (const [id, options] of Object.entries(declared)) {
    CATEGORY_ID(id, 'categories');
    const info = { id, ...CATEGORY_OPTIONS(options, `categories.${id}`) };
    const at = categories.findIndex((c) => c.id === id);
    categories.splice(at < 0 ? categories.length : at, at < 0 ? 0 : 1, info);
  }
  const ids = categories.map((c) => c.id);
  const category = oneOf(ids);
  const c = checkShape({
    ...STATIC_SPEC,
    cookies: record(COOKIE_NAME_OR_PREFIX, category),
    storage: record(STORAGE_KEY_OR_PREFIX, category),
    blockRules: record(HOST_RULE, category),
  })(input, '');
  if (c.policyVersion === undefined) fail('policyVersion', 'is required: a string naming the version of your privacy policy');

  const cookie = (c.cookie ?? {}) as Record<string, unknown>;
  return deepFreeze({
    region: undefined,
    defaultRegime: 'opt-in',
    unknownCookies: 'allow',
    reloadOnRevoke: false,
    strictMode: false,
    language: undefined,
    privacyPolicyUrl: undefined,
    recordEndpoint: undefined,
    gpc: true,
    gpp: undefined,
    uspapi: false,
    cookieDb: undefined,
    regimes: {},
    cookies: {},
    storage: {},
    blockRules: {},
    texts: {},
    adapters: {},
    ui: {},
    ...c,
    categories,
    cookie: { name: 'consentkit', domain: undefined, path: '/', expiresDays: DEFAULT_EXPIRES_DAYS, ...cookie },
  } as unknown as ResolvedConfig);
}

function deepFreeze<T>(value: T): T {
  if (isObject(value) || Array.isArray(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
