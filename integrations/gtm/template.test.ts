// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { createConsentManager } from '@consentkit/core';
import { encodeConsent } from '@consentkit/core/internal';
import type { ConsentManager, StoredDecision } from '@consentkit/core';
import { readPermissions, readTemplate, runTemplate } from './gtm-sandbox';
import type { SandboxOptions } from './gtm-sandbox';

const template = readTemplate(fileURLToPath(new URL('./template.tpl', import.meta.url)));
const code = template.SANDBOXED_JS_FOR_WEB_TEMPLATE!;
const NOW = Date.UTC(2026, 11, 4, 12);
const DAY = 86_400_000;
const BASE = {
  policyVersion: '2026-11-01',
  waitForUpdate: '500',
  cookieName: 'consentkit',
  expiresDays: '182',
  honourGpc: true,
  pushEvent: true,
  adsDataRedaction: true,
};

const run = (options: Partial<SandboxOptions> & { data?: Record<string, unknown> } = {}) =>
  runTemplate(template, { now: NOW, ...options, data: { ...BASE, ...options.data } });
const updates = (calls: unknown[][]) => calls.filter((c) => c[0] === 'updateConsentState').map((c) => c[1]);

const ALL_DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};

function cookie(overrides: Partial<StoredDecision> = {}): string {
  return encodeConsent({
    recordId: '7d3f0c1e-8a4b-4c2d-9e6f-0a1b2c3d4e5f',
    previousRecordId: null,
    subjectId: '1e2d3c4b-5a69-4788-9aab-bccddeeff001',
    timestamp: NOW - DAY,
    policyVersion: '2026-11-01',
    regime: 'opt-in',
    region: 'FR',
    method: 'accept-all',
    choices: { necessary: true, analytics: true, targeting: true },
    gpc: false,
    gpcOverride: false,
    decided: true,
    ...overrides,
  } as StoredDecision);
}

describe('GTM template: the sandboxed code', () => {
  it('uses no gtag, window, document, eval, new or regular expressions (not allowed in the sandbox / by the gallery)', () => {
    const statements = code.replace(/^\s*\/\/.*$/gm, '');
    expect(statements).not.toMatch(/\bgtag\s*\(|\bwindow\b\.|\bdocument\b|\beval\b|\bnew\s|=>\s*\/|\(\s*\/[^/*]/);
  });

  it('declares exactly the APIs it requires', () => {
    const required = [...code.matchAll(/require\('(\w+)'\)/g)].map((m) => m[1]).sort();
    expect(required).toEqual([
      'JSON',
      'callInWindow',
      'copyFromWindow',
      'createQueue',
      'decodeUriComponent',
      'getCookieValues',
      'getTimestampMillis',
      'gtagSet',
      'injectScript',
      'logToConsole',
      'makeNumber',
      'setDefaultConsentState',
      'setInWindow',
      'updateConsentState',
    ]);
    expect(Object.keys(readPermissions(template)).sort()).toEqual([
      'access_consent',
      'access_globals',
      'get_cookies',
      'inject_script',
      'logging',
      'write_data_layer',
    ]);
  });
});

describe('GTM template: defaults', () => {
  it('denies every type but security_storage, with wait_for_update, before anything else', () => {
    const { calls, outcome } = run();
    expect(calls[0]).toEqual(['setDefaultConsentState', { ...ALL_DENIED, wait_for_update: 500 }]);
    expect(calls).toContainEqual(['gtagSet', 'ads_data_redaction', true]);
    expect(updates(calls)).toEqual([]);
    expect(outcome).toBe('success');
  });

  it('grants functionality_storage and personalization_storage from the start when the site declares them necessary', () => {
    const { calls } = run({ data: { functionalCategory: 'necessary', regionDefaults: [{ region: 'US-CA', analytics: 'granted', ads: 'granted' }] } });
    const granted = { ...ALL_DENIED, functionality_storage: 'granted', personalization_storage: 'granted' };
    expect(calls[0]).toEqual(['setDefaultConsentState', { ...granted, wait_for_update: 500 }]);
    expect(calls[1]).toEqual([
      'setDefaultConsentState',
      {
        ...granted,
        analytics_storage: 'granted',
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
        region: ['US-CA'],
        wait_for_update: 500,
      },
    ]);
  });

  it('raises a wait_for_update below 500 ms to 500', () => {
    expect(run({ data: { waitForUpdate: '100' } }).calls[0]).toEqual(['setDefaultConsentState', { ...ALL_DENIED, wait_for_update: 500 }]);
    expect(run({ data: { waitForUpdate: 'soon' } }).calls[0]).toEqual(['setDefaultConsentState', { ...ALL_DENIED, wait_for_update: 500 }]);
    expect(run({ data: { waitForUpdate: '800' } }).calls[0]![1]).toMatchObject({ wait_for_update: 800 });
  });

  it('adds region rows (e.g. US opt-out states)', () => {
    const { calls } = run({
      data: {
        regionDefaults: [
          { region: 'US-CA, US-CO', analytics: 'granted', ads: 'granted' },
          { region: ' ', analytics: 'granted', ads: 'granted' },
        ],
      },
    });
    const defaults = calls.filter((c) => c[0] === 'setDefaultConsentState');
    expect(defaults).toHaveLength(2);
    expect(defaults[1]![1]).toEqual({
      ...ALL_DENIED,
      analytics_storage: 'granted',
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      region: ['US-CA', 'US-CO'],
      wait_for_update: 500,
    });
  });
});

describe("GTM template: a returning visitor's stored decision", () => {
  it('applies an accept-all at once, all seven types', () => {
    expect(updates(run({ cookies: { consentkit: [cookie()] } }).calls)).toEqual([
      { ...ALL_DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' },
    ]);
  });

  it('maps a functional category to functionality_storage and personalization_storage', () => {
    const value = cookie({ choices: { necessary: true, analytics: false, targeting: false, functional: true } as never });
    expect(updates(run({ cookies: { consentkit: [value] } }).calls)).toEqual([
      { ...ALL_DENIED, functionality_storage: 'granted', personalization_storage: 'granted' },
    ]);
  });

  it.each([
    ['another policy version', cookie({ policyVersion: '2025-01-01' })],
    ['an expired decision', cookie({ timestamp: NOW - 200 * DAY })],
    ['a decision dated in the future', cookie({ timestamp: NOW + 3 * DAY })],
    ['a withdrawn (undecided) state', cookie({ decided: false, method: 'withdraw' })],
    ['a malformed value', '1|zz|2026-11-01|a1.t1|0|1'],
    ['a future format', cookie().replace(/^1\|/, '2|')],
    ['garbage flags', cookie().replace(/\|1\|([0-9a-f-]{36})\|/, '|9|$1|')],
    ['a bad choice entry', cookie().replace('a1.t1', 'a1.t7')],
  ])('ignores %s: the defaults (denied) stay', (_what, value) => {
    expect(updates(run({ cookies: { consentkit: [value] } }).calls)).toEqual([]);
  });

  it('takes the newest valid decision when the browser has several cookies of the name', () => {
    const older = cookie({ timestamp: NOW - 5 * DAY });
    const newer = cookie({ timestamp: NOW - DAY, method: 'reject-all', choices: { necessary: true, analytics: false, targeting: false } });
    expect(updates(run({ cookies: { consentkit: [older, newer] } }).calls)).toEqual([ALL_DENIED]);
    expect(updates(run({ cookies: { consentkit: [newer, older] } }).calls)).toEqual([ALL_DENIED]);
  });

  it('keeps targeting denied under GPC unless the visitor granted it over the signal', () => {
    const withGpc = { navigator: { globalPrivacyControl: true } };
    expect(updates(run({ cookies: { consentkit: [cookie()] }, window: withGpc }).calls)[0]).toMatchObject({
      ad_storage: 'denied',
      analytics_storage: 'granted',
    });
    const override = cookie({ gpc: true, gpcOverride: true });
    expect(updates(run({ cookies: { consentkit: [override] }, window: withGpc }).calls)[0]).toMatchObject({ ad_storage: 'granted' });
    // A decision recorded under GPC keeps its opt-out even without the signal now.
    expect(updates(run({ cookies: { consentkit: [cookie({ gpc: true })] } }).calls)[0]).toMatchObject({ ad_storage: 'denied' });
  });
});

describe("GTM template: ConsentKit's decisions", () => {
  let manager: ConsentManager | undefined;
  afterEach(() => manager?.destroy());

  it('listens through the window.consentkit queue and updates all seven types on each decision', () => {
    const result = run();
    const queue = result.window.consentkit as unknown[][];
    expect(queue).toHaveLength(1);
    const [method, event, listener] = queue[0]!;
    expect([method, event]).toEqual(['on', 'change']);
    // What ConsentKit's call queue does with it: manager.on('change', listener).
    manager = createConsentManager({ policyVersion: '2026-11-01', region: 'FR' });
    manager.on('change', listener as never);
    manager.update({ analytics: true });
    manager.rejectAll();
    expect(updates(result.calls)).toEqual([{ ...ALL_DENIED, analytics_storage: 'granted' }, ALL_DENIED]);
    expect(result.window.dataLayer).toEqual([
      { event: 'consentkit_update', consentkit: { necessary: true, analytics: true, targeting: false } },
      { event: 'consentkit_update', consentkit: { necessary: true, analytics: false, targeting: false } },
    ]);
  });

  it('joins a queue the page (or ConsentKit) already has', () => {
    const calls: unknown[] = [];
    const existing = { push: (call: unknown) => calls.push(call) };
    run({ window: { consentkit: existing } });
    expect(calls).toHaveLength(1);
  });
});

describe('GTM template: loading ConsentKit', () => {
  it('queues init(config) before injecting the script', () => {
    const result = run({
      data: {
        injectSdk: true,
        sdkUrl: 'https://cdn.jsdelivr.net/npm/consentkit@0/dist/consentkit.min.js',
        sdkConfig: '{ "policyVersion": "2026-11-01", "region": "FR" }',
      },
    });
    const queue = result.window.consentkit as unknown[][];
    expect(queue[1]).toEqual(['init', { policyVersion: '2026-11-01', region: 'FR' }]);
    expect(result.calls.at(-1)).toEqual(['injectScript', 'https://cdn.jsdelivr.net/npm/consentkit@0/dist/consentkit.min.js', 'consentkit']);
    expect(result.outcome).toBe('success');
  });

  it('fails the tag with a clear log on a bad configuration, and loads nothing', () => {
    const result = run({
      data: { injectSdk: true, sdkUrl: 'https://cdn.jsdelivr.net/npm/consentkit@0/dist/consentkit.min.js', sdkConfig: '{ policyVersion: oops' },
    });
    expect(result.outcome).toBe('failure');
    expect(result.calls.some((c) => c[0] === 'injectScript')).toBe(false);
    expect(result.calls).toContainEqual(['logToConsole', expect.stringContaining('JSON configuration')]);
  });

  it('cannot load a script from a host its permissions do not allow', () => {
    expect(() => run({ data: { injectSdk: true, sdkUrl: 'https://evil.example/consentkit.min.js', sdkConfig: '{}' } })).toThrow(/permission denied: injecting/);
  });
});
