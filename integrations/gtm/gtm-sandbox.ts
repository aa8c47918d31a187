import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

/**
 * A stand-in for Google Tag Manager's sandbox, for testing `template.tpl` outside GTM. It runs
 * the template's sandboxed code with the documented `require()` APIs it uses
 * (developers.google.com/tag-platform/tag-manager/templates/api) and enforces the template's own
 * declared permissions the way GTM does: an API call outside them throws, as it fails in GTM.
 */

/** A template file split into its `___SECTION___` parts. */
export function readTemplate(path: string): Record<string, string> {
  const sections: Record<string, string> = {};
  const parts = readFileSync(path, 'utf8').split(/^___([A-Z_]+)___$/m);
  for (let i = 1; i < parts.length; i += 2) sections[parts[i]!] = parts[i + 1]!.trim();
  return sections;
}

type Value = { type: number; string?: string; boolean?: boolean; listItem?: Value[]; mapKey?: Value[]; mapValue?: Value[] };
type Permission = { instance: { key: { publicId: string }; param: { key: string; value: Value }[] } };

/** A GTM typed value (`{ type: 1, string }`, lists, maps) as plain JSON. */
function plain(v: Value): unknown {
  if (v.type === 1) return v.string;
  if (v.type === 8) return v.boolean;
  if (v.type === 2) return (v.listItem ?? []).map(plain);
  if (v.type === 3) return Object.fromEntries((v.mapKey ?? []).map((k, i) => [plain(k), plain(v.mapValue![i]!)]));
  throw new Error(`unknown GTM value type ${v.type}`);
}

/** The declared permissions: publicId → param name → value. */
export function readPermissions(sections: Record<string, string>): Record<string, Record<string, unknown>> {
  const list = JSON.parse(sections.WEB_PERMISSIONS!) as Permission[];
  return Object.fromEntries(list.map((p) => [p.instance.key.publicId, Object.fromEntries(p.instance.param.map((x) => [x.key, plain(x.value)]))]));
}

export interface SandboxOptions {
  /** Template field values (`data.*`); `gtmOnSuccess`/`gtmOnFailure` are added. */
  data: Record<string, unknown>;
  /** Cookie name → the values the browser has for it (several with several paths). */
  cookies?: Record<string, string[]>;
  /** The page's `window` as the sandbox may see it. */
  window?: Record<string, unknown>;
  /** What `getTimestampMillis()` answers. */
  now?: number;
}

export interface SandboxRun {
  /** Every consent, gtagSet, log and injectScript call, in order: `[api, ...args]`. */
  calls: unknown[][];
  window: Record<string, unknown>;
  outcome: 'success' | 'failure' | undefined;
}

const CONSENT_VALUES = new Set(['granted', 'denied']);
const wildcard = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** Runs the template's sandboxed code once, as a GTM tag firing. */
export function runTemplate(sections: Record<string, string>, options: SandboxOptions): SandboxRun {
  const permissions = readPermissions(sections);
  const run: SandboxRun = { calls: [], window: options.window ?? {}, outcome: undefined };
  const deny = (what: string): never => {
    throw new Error(`GTM sandbox: permission denied: ${what}`);
  };
  const globals = (permissions.access_globals?.keys ?? []) as { key: string; read: boolean; write: boolean; execute: boolean }[];
  const global = (key: string, need: 'read' | 'write' | 'execute') => {
    if (!globals.some((g) => g.key === key && g[need])) deny(`${need} of window.${key}`);
  };
  const resolve = (path: string) => {
    const keys = path.split('.');
    let parent: Record<string, unknown> | undefined;
    let value: unknown = run.window;
    for (const key of keys) {
      parent = value as Record<string, unknown>;
      value = parent?.[key];
    }
    return { parent, value };
  };
  const consentTypes = (permissions.access_consent?.consentTypes ?? []) as { consentType: string; write: boolean }[];
  const checkConsent = (api: string, state: Record<string, unknown>, isDefault: boolean) => {
    for (const [key, value] of Object.entries(state)) {
      if (isDefault && key === 'region') {
        if (!Array.isArray(value) || !value.every((r) => typeof r === 'string')) throw new Error(`${api}: region must be an array of strings`);
        continue;
      }
      if (!consentTypes.some((t) => t.consentType === key && t.write)) deny(`${api} of ${key}`);
      if (key === 'wait_for_update') {
        if (!isDefault || typeof value !== 'number') throw new Error(`${api}: wait_for_update must be a number (default only)`);
      } else if (!CONSENT_VALUES.has(value as string)) throw new Error(`${api}: ${key} must be "granted" or "denied", not ${String(value)}`);
    }
  };
  const apis: Record<string, unknown> = {
    setDefaultConsentState(state: Record<string, unknown>) {
      checkConsent('setDefaultConsentState', state, true);
      run.calls.push(['setDefaultConsentState', structuredClone(state)]);
    },
    updateConsentState(state: Record<string, unknown>) {
      checkConsent('updateConsentState', state, false);
      run.calls.push(['updateConsentState', structuredClone(state)]);
    },
    gtagSet(key: string, value: unknown) {
      const patterns = (permissions.write_data_layer?.keyPatterns ?? []) as string[];
      if (!patterns.some((p) => wildcard(p).test(key))) deny(`gtagSet of ${key}`);
      run.calls.push(['gtagSet', key, value]);
    },
    getCookieValues(name: string) {
      const access = permissions.get_cookies;
      if (!access || (access.cookieAccess !== 'any' && !(access.cookieNames as string[]).includes(name))) deny(`reading cookie ${name}`);
      return [...(options.cookies?.[name] ?? [])];
    },
    decodeUriComponent(text: string) {
      try {
        return decodeURIComponent(text);
      } catch {
        return undefined;
      }
    },
    getTimestampMillis: () => options.now ?? Date.now(),
    copyFromWindow(key: string) {
      global(key, 'read');
      const { value } = resolve(key);
      return typeof value === 'function' ? undefined : value === undefined ? undefined : structuredClone(value);
    },
    setInWindow(key: string, value: unknown, overrideExisting = false) {
      global(key, 'write');
      if (key in run.window && !overrideExisting) return false;
      run.window[key] = value;
      return true;
    },
    callInWindow(path: string, ...args: unknown[]) {
      global(path, 'execute');
      const { parent, value } = resolve(path);
      if (typeof value !== 'function') return undefined;
      return (value as (...a: unknown[]) => unknown).apply(parent, args);
    },
    createQueue(key: string) {
      global(key, 'read');
      global(key, 'write');
      if (!Array.isArray(run.window[key])) run.window[key] = [];
      return (value: unknown) => (run.window[key] as unknown[]).push(value);
    },
    injectScript(url: string, onSuccess: () => void, onFailure: () => void, cacheToken?: string) {
      const urls = (permissions.inject_script?.urls ?? []) as string[];
      if (!urls.some((p) => wildcard(p).test(url))) deny(`injecting ${url}`);
      run.calls.push(['injectScript', url, cacheToken]);
      onSuccess();
    },
    makeNumber: (value: unknown) => Number(value),
    JSON: {
      parse(text: string) {
        try {
          return JSON.parse(text);
        } catch {
          return undefined;
        }
      },
      stringify: (value: unknown) => JSON.stringify(value),
    },
    logToConsole(...args: unknown[]) {
      if (!permissions.logging) deny('logging');
      run.calls.push(['logToConsole', ...args]);
    },
  };
  const require = (name: string) => {
    if (!(name in apis)) throw new Error(`GTM sandbox stand-in: require('${name}') is not an API this stand-in provides`);
    return apis[name];
  };
  const data = {
    ...options.data,
    gtmOnSuccess: () => (run.outcome ??= 'success'),
    gtmOnFailure: () => (run.outcome ??= 'failure'),
  };
  // GTM wraps the sandboxed code in a function; it sees only `require` and `data`.
  runInNewContext(`(function () {\n${sections.SANDBOXED_JS_FOR_WEB_TEMPLATE}\n})();`, { require, data }, { timeout: 1000 });
  return run;
}
