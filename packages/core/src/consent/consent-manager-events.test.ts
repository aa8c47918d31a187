import { describe, expect, it, vi } from 'vitest';
import { createFallbackManager } from './consent-manager';
import { ConsentConfigError } from './config';
import { cookieValue, create, useFreshPage } from './manager.test-helpers';
import type { ConsentChoices } from '../types';

useFreshPage();

describe('events', () => {
  it('emits change with the new and previous consent, and stops after unsubscribe', () => {
    const m = create();
    const seen: [ConsentChoices, ConsentChoices][] = [];
    const off = m.on('change', (next, previous) => seen.push([next, previous]));
    m.update({ analytics: true });
    m.update({ analytics: true }); // no change, no event
    off();
    m.acceptAll();
    expect(seen).toEqual([
      [
        { necessary: true, analytics: true, targeting: false },
        { necessary: true, analytics: false, targeting: false },
      ],
    ]);
  });

  it('emits decision for every record, including ones that change nothing', () => {
    const m = create();
    const methods: string[] = [];
    m.on('decision', (r) => methods.push(r.method));
    m.rejectAll();
    m.rejectAll();
    m.close();
    expect(methods).toEqual(['reject-all', 'reject-all', 'close']);
  });

  it('onGranted runs now when granted, else once on grant', () => {
    const m = create();
    const fn = vi.fn();
    m.onGranted('analytics', fn);
    expect(fn).not.toHaveBeenCalled();
    m.update({ targeting: true });
    expect(fn).not.toHaveBeenCalled();
    m.update({ analytics: true });
    m.update({ analytics: false });
    m.update({ analytics: true });
    expect(fn).toHaveBeenCalledTimes(1);
    const now = vi.fn();
    m.onGranted('analytics', now);
    expect(now).toHaveBeenCalledTimes(1);
  });

  it('onGranted can be cancelled', () => {
    const m = create();
    const fn = vi.fn();
    m.onGranted('analytics', fn)();
    m.acceptAll();
    expect(fn).not.toHaveBeenCalled();
  });

  it('a throwing listener is reported once and does not stop the others', () => {
    const m = create();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const after = vi.fn();
    m.on('change', () => {
      throw new Error('broken tag');
    });
    m.on('change', after);
    m.update({ analytics: true });
    m.update({ analytics: false });
    expect(after).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0])).toContain('[consentkit]');
  });

  it('UI view actions switch $view', () => {
    const m = create();
    m.showPreferences();
    expect(m.$view.get()).toBe('preferences');
    m.hideUi();
    expect(m.$view.get()).toBe('hidden');
    m.showBanner();
    expect(m.$view.get()).toBe('banner');
  });
});

describe('use (adapters)', () => {
  it('starts an adapter with the manager and stops it on destroy', () => {
    const m = create();
    const stop = vi.fn();
    const start = vi.fn(() => stop);
    m.use({ name: 'test', start });
    expect(start).toHaveBeenCalledWith(m);
    m.destroy();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('isolates an adapter that throws on start or on change', () => {
    const m = create();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    m.use({
      name: 'broken',
      start() {
        throw new Error('vendor missing');
      },
    });
    m.use({
      name: 'flaky',
      start(manager) {
        manager.on('change', () => {
          throw new Error('stub broken');
        });
      },
    });
    const healthy = vi.fn();
    m.use({ name: 'ok', start: (manager) => void manager.on('change', healthy) });
    m.acceptAll();
    expect(m.getConsent()).toEqual({ necessary: true, analytics: true, targeting: true });
    expect(healthy).toHaveBeenCalledTimes(1);
    expect(error.mock.calls.map((c) => String(c[0]))).toEqual(['[consentkit] adapter "broken" threw:', '[consentkit] a "change" listener threw:']);
  });
});

describe('createFallbackManager (invalid configuration)', () => {
  it('runs opt-in with everything but necessary denied and leaves the stored decision untouched', () => {
    create({ region: 'US-CA' }).acceptAll();
    const stored = cookieValue();
    const m = createFallbackManager(new ConsentConfigError('region', 'must be an ISO 3166 region code', 'France'));
    expect(m.regime).toBe('opt-in');
    expect(m.configError?.message).toContain('"region"');
    expect(m.getConsent()).toEqual({ necessary: true, analytics: false, targeting: false });
    expect(m.hasDecided()).toBe(false);
    expect(m.$view.get()).toBe('banner');
    m.acceptAll(); // lasts for this page only
    expect(m.isGranted('analytics')).toBe(true);
    expect(cookieValue()).toBe(stored);
    m.destroy();
  });
});
