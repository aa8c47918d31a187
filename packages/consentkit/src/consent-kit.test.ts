import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentKit } from './consent-kit';
import type { ConsentManager } from '@consentkit/core';

const clearCookies = () => {
  for (const c of document.cookie.split('; ')) if (c) document.cookie = `${c.split('=')[0]}=; max-age=0; path=/`;
};

describe('createConsentKit', () => {
  afterEach(clearCookies);

  it('init is idempotent: the second call changes nothing and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const kit = createConsentKit();
    expect(kit.init({ policyVersion: '1', region: 'FR', cookie: { name: 'ck_idempotent' } })).toBe(kit);
    kit.acceptAll();
    expect(kit.init({ policyVersion: '2', region: 'US-CA' })).toBe(kit);
    expect(kit.init()).toBe(kit);
    expect(warn).toHaveBeenCalledOnce();
    expect(kit.getConsent()).toEqual({ necessary: true, analytics: true, targeting: true });
  });

  it('an invalid config logs exactly one error naming the field and denies everything but necessary', () => {
    document.cookie = 'consentkit=ignored; path=/';
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const kit = createConsentKit().init({ policyVersion: '1', regoin: 'FR' } as never);
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]![0])).toMatch(/"regoin".*fail-closed/);
    expect(kit.getConsent()).toEqual({ necessary: true, analytics: false, targeting: false });
    kit.acceptAll();
    // Decisions in fail-closed mode last for the page only: the stored value is untouched.
    expect(document.cookie).toContain('consentkit=ignored');
  });

  it('an unreadable config block (readConfig throws) fails closed the same way', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const kit = createConsentKit({
      readConfig: () => {
        throw new Error('ConsentKit config: "data-config" must point at a block');
      },
    }).init();
    expect(error).toHaveBeenCalledOnce();
    expect(kit.isGranted('analytics')).toBe(false);
  });

  it('before init: reads deny, listeners wait for init, decisions are refused', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const kit = createConsentKit();
    const granted = vi.fn();
    const cancelled = vi.fn();
    kit.onGranted('analytics', granted);
    kit.onGranted('targeting', cancelled)();
    kit.acceptAll();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('ConsentKit.acceptAll() was called before ConsentKit.init()'));
    expect([kit.isGranted('necessary'), kit.isGranted('analytics'), kit.hasDecided()]).toEqual([true, false, false]);
    kit.init({ policyVersion: '1', region: 'FR', cookie: { name: 'ck_before_init' } });
    expect(granted).not.toHaveBeenCalled();
    kit.acceptAll();
    expect(granted).toHaveBeenCalledOnce();
    expect(cancelled).not.toHaveBeenCalled();
  });

  it("has the manager's whole API but its stores, config and destroy(), and the reads answer after init", () => {
    const kit = createConsentKit();
    expect([kit.regime, kit.region, kit.regionSource, kit.gpc, kit.categories, kit.getDecision(), kit.getRecord()]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const started = vi.fn(() => () => {});
    kit.use({ name: 'mine', start: started });
    expect(started).not.toHaveBeenCalled();
    let manager: ConsentManager | undefined;
    createConsentKit({ start: (m) => (manager = m) }).init({ policyVersion: '1', region: 'US-CA', cookie: { name: 'ck_api_shape' } });
    const notOnTheGlobal = ['$state', '$consent', '$decided', '$view', 'config', 'configError', 'destroy'];
    const missing = Object.keys(manager!).filter((key) => !notOnTheGlobal.includes(key) && !(key in kit));
    expect(missing).toEqual([]);

    kit.init({ policyVersion: '1', region: 'US-CA', cookie: { name: 'ck_api_reads' } });
    expect(started).toHaveBeenCalledOnce();
    expect([kit.regime, kit.region, kit.regionSource, kit.gpc, kit.categories]).toEqual([
      'opt-out',
      'US-CA',
      'config',
      false,
      ['necessary', 'analytics', 'targeting'],
    ]);
    kit.close();
    expect(kit.getRecord()).toMatchObject({ method: 'close', region: 'US-CA', regionSource: 'config' });
    expect(kit.getDecision()).toMatchObject({ method: 'close', decided: true });
    kit.showPreferences();
    kit.hideUi();
  });

  it('starts the adapters the config names (Google hears the default at init)', () => {
    const w = window as unknown as { dataLayer?: IArguments[] };
    delete w.dataLayer;
    createConsentKit().init({ policyVersion: '1', region: 'FR', adapters: { google: {} }, cookie: { name: 'ck_adapters' } });
    expect(Array.from(w.dataLayer![0]!).slice(0, 2)).toEqual(['consent', 'default']);
  });

  it('start runs after the manager, gating and adapters exist; options.cookieDb is used unless the config has its own', () => {
    const fallbackDb = vi.fn(() => undefined);
    const ownDb = vi.fn(() => undefined);
    const start = vi.fn();
    const kit = createConsentKit({ cookieDb: fallbackDb, start }).init({ policyVersion: '1', region: 'FR', cookie: { name: 'ck_start' } });
    expect(start).toHaveBeenCalledOnce();
    const [manager, gating] = start.mock.calls[0]!;
    expect(manager.config.cookieDb).toBe(fallbackDb);
    expect(typeof gating.rescan).toBe('function');
    expect(kit.isGranted('analytics')).toBe(false);
    const own = vi.fn();
    createConsentKit({ cookieDb: fallbackDb, start: own }).init({ policyVersion: '1', region: 'FR', cookie: { name: 'ck_start2' }, cookieDb: ownDb });
    expect(own.mock.calls[0]![0].config.cookieDb).toBe(ownDb);
  });

  it('a broken config still calls start (with the fail-closed manager), so the visitor gets a banner', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const start = vi.fn();
    createConsentKit({ start }).init({ policyVersion: 7 } as never);
    expect(start.mock.calls[0]![0].configError).toBeInstanceOf(Error);
  });

  it('a start (UI) that throws is reported; consent, gating and decisions still work', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const kit = createConsentKit({
      start() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
    expect(kit.init({ policyVersion: '1', region: 'FR', cookie: { name: 'ck_start_throws' } })).toBe(kit);
    expect(String(error.mock.calls[0]![0])).toContain('the banner could not be started');
    expect(kit.isGranted('analytics')).toBe(false);
    kit.acceptAll();
    expect(kit.isGranted('analytics')).toBe(true);
  });
});
