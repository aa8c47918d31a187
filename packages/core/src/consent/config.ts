import { checkList, checkObject, checkOneOf, checkRecord, checkShape, checkText, checkWhere, fail, isObject } from '../checks';
import type { ConfigCheck as Check } from '../checks';
import { RULE as URL_RULE } from '../gating/url-rules';
import { isMessageId } from './message-ids';
import type { CategoryInfo, CookieClassifier, GppOptions, GppSectionPrefix, Regime, ResolvedConfig, UiOptions } from '../types';

/** The categories every site has, in display order. */
export const BUILT_IN_CATEGORIES = ['necessary', 'analytics', 'targeting'] as const;

/** The regimes a region can map to. */
export const REGIMES: readonly Regime[] = ['opt-in', 'opt-out', 'notice', 'none'];

/** Default days a decision is kept (about six months, as CNIL recommends). */
export const DEFAULT_EXPIRES_DAYS = 182;
/** Longest a decision may be kept: 13 months (CNIL, ICO practice). */
export const MAX_EXPIRES_DAYS = 395;

export { ConsentConfigError } from '../checks';

/** Normalises a region code (`fr` → `FR`, `us_ca` → `US-CA`); `undefined` when it is not one. */
export function normalizeRegion(value: string): string | undefined {
  const region = value.trim().toUpperCase().replace('_', '-');
  // ISO 3166-1 alpha-2 with an optional ISO 3166-2 subdivision. `UK` and `EU` look like
  // countries but are not ISO 3166-1 assignments (the UK is `GB`).
  return /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(region) && !/^(EU|UK|EZ|UN|XX|ZZ)/.test(region) ? region : undefined;
}

const regionCode: Check<string> = (v, f) =>
  (typeof v === 'string' && normalizeRegion(v)) || fail(f, 'must be an ISO 3166 region code such as "FR", "GB" or "US-CA"', v);
const nonEmpty = checkText(/^./s, 'must be a non-empty string');
/**
 * A key of `texts.<lang>`: an unknown message id is an error like any unknown key (a typo would
 * silently show the default), and so is the label or description of a category the site does not have.
 */
const messageId =
  (categories: readonly string[]): Check<string> =>
  (v, f) =>
    isMessageId(v as string, categories) ? (v as string) : fail(`${f}.${String(v)}`, 'is not a known message id (docs/i18n.md lists them)');
const bool = checkOneOf([true, false]);
const wholeNumber = (min: number, max: number, expected: string) =>
  checkWhere<number>((v) => Number.isInteger(v) && min <= (v as number) && (v as number) <= max, expected);
const regime = checkOneOf(REGIMES);
const language = checkText(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as "en" or "pt-BR"');
/** `http(s):` or relative; `javascript:`, `data:`, protocol-relative and whitespace are refused. */
const url = checkText(/^(https?:\/\/|\/(?!\/)|[^:/?#\s]+($|[/?#])|[?#])[^\s]*$/i, 'must be an http(s) or relative URL');

const COOKIE_NAME_OR_PREFIX = checkText(/^[!#$%&'+.^_`|~0-9A-Za-z-]+\*?$/, 'keys must be cookie names, or prefixes ending in "*"');
const STORAGE_KEY_OR_PREFIX = checkText(/^[^\s*]+\*?$/, 'keys must be storage keys, or prefixes ending in "*"');
/** A `blockRules` key, in lower case, read with the URL matcher's own grammar (`RULE`): what passes here is what gating matches. */
const HOST_RULE = checkText(URL_RULE, 'keys must be "host" or "host/path", such as "stats.example.com/js"');
const CATEGORY_ID = checkText(/^[a-z][a-z0-9_-]{0,31}$/, 'keys must be ids such as "functional" (a-z, 0-9, _, -)');
const CATEGORIES = checkRecord(CATEGORY_ID, checkShape({ label: nonEmpty, description: nonEmpty }));

/** A US section of the GPP string, by API prefix (`@consentkit/adapters/gpp`). */
const GPP_SECTION = checkWhere<GppSectionPrefix>(
  (v) => typeof v === 'string' && /^us(nat|ca|va|co|ut|ct|fl|mt|or|tx|de|ia|ne|nh|nj|tn|mn|md|in|ky|ri)$/.test(v),
  'must be a section such as "usnat"',
);
const GPP_OPTIONS = checkShape({
  sections: checkList(GPP_SECTION),
  regions: checkRecord(regionCode, GPP_SECTION),
  cmpId: wholeNumber(1, 4095, 'must be from 1 to 4095'),
  mspaCoveredTransaction: bool,
}) satisfies Check<GppOptions>;

/** The banner's layout (`mountBanner` options of the same names override it). */
const UI_OPTIONS = checkShape({
  position: checkOneOf(['bottom', 'box', 'center']),
  floatingButton: bool,
  theme: checkOneOf(['auto', 'light', 'dark']),
}) satisfies Check<UiOptions>;

/** A host the strict-mode policy allows: no characters that could end a CSP source list. */
const STRICT_HOST = checkText(
  /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?(\/[^\s;,'"]*)?$/,
  'must be a host such as "cdn.example.com", "*.example.com" or "example.com/path"',
);
const STRICT_OPTIONS = checkShape({ allow: checkList(STRICT_HOST, 'must be a list of hosts') });

/** Checks of the keys that do not depend on the site's categories (built once, not per call). */
const STATIC_SPEC = {
  policyVersion: checkText(/^.{1,64}$/s, 'must be a non-empty string of at most 64 characters'),
  region: regionCode,
  regimes: checkRecord(regionCode, regime),
  defaultRegime: regime,
  categories: checkObject,
  unknownCookies: checkOneOf(['allow', 'block']),
  reloadOnRevoke: bool,
  language,
  privacyPolicyUrl: url,
  recordEndpoint: url,
  cookie: checkShape({
    name: checkText(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/, "must be a cookie name (letters, digits, !#$%&'*+.^_`|~-)"),
    domain: checkText(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i, 'must be a domain such as ".example.com"'),
    path: checkText(/^\/[^\s;,]*$/, 'must be a path starting with "/"'),
    expiresDays: wholeNumber(1, MAX_EXPIRES_DAYS, `must be a whole number of days from 1 to ${MAX_EXPIRES_DAYS}`),
  }),
  gpc: bool,
  adapters: checkRecord(nonEmpty, checkObject),
  gpp: (v: unknown, f: string): boolean | GppOptions => (typeof v === 'boolean' ? v : GPP_OPTIONS(v, f)),
  uspapi: bool,
  strictMode: (v: unknown, f: string): boolean | { allow?: string[] } =>
    typeof v === 'boolean' ? v : isObject(v) ? STRICT_OPTIONS(v, f) : fail(f, 'must be true, false or { "allow": ["cdn.example.com"] }', v),
  ui: UI_OPTIONS,
  cookieDb: checkWhere<CookieClassifier>((v) => typeof v === 'function', 'must be a function such as classifyCookie'),
};

/**
 * Validates a configuration, fills in the defaults and returns it deeply frozen. Throws a
 * `ConsentConfigError` that names the field and says what was expected.
 *
 * @example resolveConfig({ policyVersion: '2026-11-01', region: 'FR' })
 */
export function resolveConfig(input: unknown): ResolvedConfig {
  if (!isObject(input)) return fail('config', 'must be an object with at least "policyVersion"', input);
  // Categories first: the cookie, storage and block-rule maps refer to them.
  const categories: CategoryInfo[] = BUILT_IN_CATEGORIES.map((id) => ({ id }));
  for (const [id, options] of Object.entries(CATEGORIES(input.categories ?? {}, 'categories'))) {
    // A built-in category keeps its place; a new one goes last.
    const at = categories.findIndex((c) => c.id === id);
    categories[at < 0 ? categories.length : at] = { id, ...options };
  }
  const ids = categories.map((c) => c.id);
  const category = checkOneOf(ids);
  const { policyVersion, cookie, ...c } = checkShape({
    ...STATIC_SPEC,
    texts: checkRecord(language, checkRecord(messageId(ids), checkText(/^/, 'must be a string'))),
    cookies: checkRecord(COOKIE_NAME_OR_PREFIX, category),
    storage: checkRecord(STORAGE_KEY_OR_PREFIX, category),
    blockRules: checkRecord(HOST_RULE, category),
  })(input, '');
  if (policyVersion === undefined) return fail('policyVersion', 'is required: a string naming the version of your privacy policy');

  return deepFreeze<ResolvedConfig>({
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
    policyVersion,
    categories,
    cookie: { name: 'consentkit', domain: undefined, path: '/', expiresDays: DEFAULT_EXPIRES_DAYS, ...cookie },
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
