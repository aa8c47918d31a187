#!/usr/bin/env node
// Measures valibot (https://valibot.dev), a modular schema library, against ConsentKit's own
// validator (packages/core/src/checks.ts + consent/config.ts) for the configuration:
//  - size: `resolveConfig` bundled and minified with esbuild, brotli (quality 11), for each;
//  - speed: validating the example configuration of docs/configuration.md 10,000 times, each
//    (median of 7 runs);
//  - agreement: the two must reject the same bad inputs naming the same field, so the figures
//    compare equivalent validators.
// Usage: node scripts/measure-valibot.mjs. The figures are recorded in docs/architecture.md
// ("Validation").
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = (path) => JSON.stringify(join(root, 'packages/core/src', path));

// The configuration checked with valibot: the same keys, rules and messages as
// consent/config.ts, a ConsentConfigError naming the first failing field, the same defaults.
const VALIBOT_CONFIG = `
import * as v from 'valibot';
import { ConsentConfigError } from ${core('checks.ts')};
import { isMessageId } from ${core('consent/message-ids.ts')};
import { parseUrlRule } from ${core('gating/url-rules.ts')};

const REGIMES = ['opt-in', 'opt-out', 'notice', 'none'];
const MAX_DAYS = 395;
const text = (re, message) => v.pipe(v.string(message), v.regex(re, message));
const oneOf = (values) => v.picklist(values, 'must be one of ' + values.map((x) => JSON.stringify(x)).join(', '));
const bool = v.boolean('must be one of true, false');
const object = (entries, message = 'must be an object') => v.strictObject(
  Object.fromEntries(Object.entries(entries).map(([k, s]) => [k, v.optional(s)])),
  message,
);
const record = (key, value) => v.record(key, value, 'must be an object');
const regionCode = v.pipe(
  v.string('must be an ISO 3166 region code such as "FR", "GB" or "US-CA"'),
  v.transform((x) => x.trim().toUpperCase().replace('_', '-')),
  v.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166 region code such as "FR", "GB" or "US-CA"'),
  v.check((x) => !/^(EU|UK|EZ|UN|XX|ZZ)/.test(x), 'must be an ISO 3166 region code such as "FR", "GB" or "US-CA"'),
);
const nonEmpty = text(/^./s, 'must be a non-empty string');
const language = text(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as "en" or "pt-BR"');
const url = text(/^(https?:\\/\\/|\\/(?!\\/)|[^:/?#\\s]+($|[/?#])|[?#])[^\\s]*$/i, 'must be an http(s) or relative URL');
const hostRule = v.check((k) => { try { return !!parseUrlRule(k, ''); } catch { return false; } }, 'keys must be "host" or "host/path", such as "stats.example.com/js"');
const section = text(/^us(nat|ca|va|co|ut|ct|fl|mt|or|tx|de|ia|ne|nh|nj|tn|mn|md|in|ky|ri)$/, 'must be a section such as "usnat"');
const strictHost = text(/^(\\*\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*(:\\d{1,5})?(\\/[^\\s;,'"]*)?$/, 'must be a host such as "cdn.example.com", "*.example.com" or "example.com/path"');
const categoryId = text(/^[a-z][a-z0-9_-]{0,31}$/, 'keys must be ids such as "functional" (a-z, 0-9, _, -)');

const STATIC = {
  policyVersion: text(/^.{1,64}$/s, 'must be a non-empty string of at most 64 characters'),
  region: regionCode,
  regimes: record(regionCode, oneOf(REGIMES)),
  defaultRegime: oneOf(REGIMES),
  categories: record(categoryId, object({ label: nonEmpty, description: nonEmpty })),
  unknownCookies: oneOf(['allow', 'block']),
  reloadOnRevoke: bool,
  language,
  texts: record(language, record(v.pipe(v.string(), v.check(isMessageId, 'is not a known message id (docs/i18n.md lists them)')), v.string('must be a string'))),
  privacyPolicyUrl: url,
  recordEndpoint: url,
  cookie: object({
    name: text(/^[!#$%&'*+.^_\`|~0-9A-Za-z-]{1,64}$/, "must be a cookie name (letters, digits, !#$%&'*+.^_\`|~-)"),
    domain: text(/^\\.?[a-z0-9-]+(\\.[a-z0-9-]+)*$/i, 'must be a domain such as ".example.com"'),
    path: text(/^\\/[^\\s;,]*$/, 'must be a path starting with "/"'),
    expiresDays: v.pipe(v.number('must be a whole number of days from 1 to ' + MAX_DAYS), v.integer('must be a whole number of days from 1 to ' + MAX_DAYS), v.minValue(1, 'must be a whole number of days from 1 to ' + MAX_DAYS), v.maxValue(MAX_DAYS, 'must be a whole number of days from 1 to ' + MAX_DAYS)),
  }),
  gpc: bool,
  adapters: record(nonEmpty, v.record(v.string(), v.unknown(), 'must be an object')),
  gpp: v.union([v.boolean(), object({
    sections: v.array(section, 'must be a list'),
    regions: record(regionCode, section),
    cmpId: v.pipe(v.number('must be from 1 to 4095'), v.integer('must be from 1 to 4095'), v.minValue(1, 'must be from 1 to 4095'), v.maxValue(4095, 'must be from 1 to 4095')),
    mspaCoveredTransaction: bool,
  })], 'must be an object'),
  uspapi: bool,
  strictMode: v.union([v.boolean(), object({ allow: v.array(strictHost, 'must be a list of hosts') })], 'must be true, false or { "allow": ["cdn.example.com"] }'),
  ui: object({ position: oneOf(['bottom', 'box', 'center']), floatingButton: bool, theme: oneOf(['auto', 'light', 'dark']) }),
  cookieDb: v.function('must be a function such as classifyCookie'),
};

const freeze = (value) => {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
};

export function resolveConfig(input) {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new ConsentConfigError('config', 'must be an object with at least "policyVersion"', input);
  const categories = [{ id: 'necessary' }, { id: 'analytics' }, { id: 'targeting' }];
  const declared = typeof input.categories === 'object' && input.categories !== null && !Array.isArray(input.categories) ? input.categories : {};
  for (const [id, options] of Object.entries(declared)) {
    const at = categories.findIndex((c) => c.id === id);
    const info = { id, ...options };
    categories.splice(at < 0 ? categories.length : at, at < 0 ? 0 : 1, info);
  }
  const category = oneOf(categories.map((c) => c.id));
  const schema = object({
    ...STATIC,
    cookies: record(text(/^[!#$%&'+.^_\`|~0-9A-Za-z-]+\\*?$/, 'keys must be cookie names, or prefixes ending in "*"'), category),
    storage: record(text(/^[^\\s*]+\\*?$/, 'keys must be storage keys, or prefixes ending in "*"'), category),
    blockRules: record(v.pipe(v.string(), hostRule), category),
  }, 'must be an object');
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (!result.success) {
    let issue = result.issues[0];
    let path = issue.path ?? [];
    // \`gpp\` and \`strictMode\` are unions (a boolean or options): the options' own issue is the
    // last, with a path relative to the union.
    while (issue.type === 'union' && issue.issues?.length) {
      issue = issue.issues.at(-1);
      path = [...path, ...(issue.path ?? [])];
    }
    const keys = path.map((p) => String(p.key));
    // An unknown key names itself; another bad key names its object (as consent/config.ts does).
    if (path.at(-1)?.origin === 'key') {
      if (issue.type === 'strict_object') throw new ConsentConfigError(keys.join('.'), 'is not a known option');
      keys.pop();
    }
    throw new ConsentConfigError(keys.join('.') || 'config', issue.message, issue.input);
  }
  if (result.output.policyVersion === undefined) throw new ConsentConfigError('policyVersion', 'is required: a string naming the version of your privacy policy');
  const { cookie, ...rest } = result.output;
  return freeze({
    region: undefined, defaultRegime: 'opt-in', unknownCookies: 'allow', reloadOnRevoke: false, strictMode: false,
    language: undefined, privacyPolicyUrl: undefined, recordEndpoint: undefined, gpc: true, gpp: undefined,
    uspapi: false, cookieDb: undefined, regimes: {}, cookies: {}, storage: {}, blockRules: {}, texts: {},
    adapters: {}, ui: {}, ...rest, categories,
    cookie: { name: 'consentkit', domain: undefined, path: '/', expiresDays: 182, ...cookie },
  });
}

`;

const CURRENT_CONFIG = `export { resolveConfig } from ${core('consent/config.ts')};`;

const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function bundle(contents, minify) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(readFileSync(join(root, 'docs/configuration.md'), 'utf8'))[1]);

// Bad inputs: both validators must name the same field.
const base = { policyVersion: '2026-11-01' };
const BAD = [
  { ...base, colour: 'red' },
  { ...base, region: 'France' },
  { ...base, regimes: { FR: 'opt-maybe' } },
  { ...base, cookies: { _ga: 'marketing' } },
  { ...base, blockRules: { 'https://x.com': 'analytics' } },
  { ...base, cookie: { expiresDays: 400 } },
  { ...base, texts: { en: { 'banner.title': 5 } } },
  { ...base, ui: { theme: 'blue' } },
  { ...base, gpp: { cmpId: 0 } },
  { ...base, gpp: { sections: ['usnat', 'uscx'] } },
  { ...base, strictMode: 'yes' },
];

const dir = mkdtempSync(join(tmpdir(), 'ck-valibot-'));
try {
  const rows = [];
  const validators = {};
  for (const [name, source] of [
    ['ConsentKit checks (current)', CURRENT_CONFIG],
    ['valibot', VALIBOT_CONFIG],
  ]) {
    const minified = await bundle(source, true);
    const file = join(dir, `${rows.length}.mjs`);
    writeFileSync(file, await bundle(source, false));
    validators[name] = (await import(pathToFileURL(file).href)).resolveConfig;
    rows.push({ validator: name, 'minified (bytes)': minified.length, 'brotli (bytes)': brotli(minified) });
  }
  // Speed: the two take turns (the machine's load then weighs on both alike); median of 11 runs.
  const N = 10_000;
  const runs = rows.map(() => []);
  for (let r = 0; r < 11; r++) {
    Object.values(validators).forEach((resolveConfig, i) => {
      const start = process.hrtime.bigint();
      for (let n = 0; n < N; n++) resolveConfig(example);
      runs[i].push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  rows.forEach((row, i) => {
    const sorted = runs[i].sort((a, b) => a - b);
    row[`${N} × example config (ms, median of 11)`] = sorted[5].toFixed(1);
    row['µs per validation'] = ((sorted[5] * 1000) / N).toFixed(1);
  });
  console.table(rows);
  const fieldOf = (resolve, config) => {
    try {
      resolve(config);
      return '(accepted)';
    } catch (error) {
      return error.field;
    }
  };
  const [current, candidate] = Object.values(validators);
  const disagreements = BAD.map((config) => [JSON.stringify(config), fieldOf(current, config), fieldOf(candidate, config)]).filter(([, a, b]) => a !== b);
  console.log(`same field named for ${BAD.length - disagreements.length} of ${BAD.length} bad inputs`);
  for (const [config, a, b] of disagreements) console.log(`  ${config}: current "${a}", valibot "${b}"`);
  const [a, b] = rows.map((row) => row['brotli (bytes)']);
  console.log(`valibot is ${b - a >= 0 ? '+' : ''}${b - a} bytes (brotli) against the current validator.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
