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

describe('one decision, one notification', () => {
  it('notifies each store once per decision, every listener seeing one consistent state', () => {
    const m = create();
    const seen: string[] = [];
    const snapshot = (store: string) => () =>
      seen.push(`${store}: ${JSON.stringify([m.$consent.get(), m.$decided.get(), m.$view.get(), m.getConsent(), m.hasDecided()])}`);
    m.$consent.listen(snapshot('$consent'));
    m.$decided.listen(snapshot('$decided'));
    m.$view.listen(snapshot('$view'));
    m.acceptAll();
    const consent = { necessary: true, analytics: true, targeting: true };
    const state = JSON.stringify([consent, true, 'hidden', consent, true]);
    expect(seen).toEqual([`$consent: ${state}`, `$decided: ${state}`, `$view: ${state}`]);
  });

  it('$state holds the whole state, frozen, and its listeners run once per decision, before those of its parts', () => {
    const m = create();
    const seen: unknown[] = [];
    m.$consent.listen(() => seen.push('$consent'));
    m.$state.listen((state) => seen.push([state, m.$consent.get(), m.$decided.get(), m.$view.get()]));
    m.acceptAll();
    const consent = { necessary: true, analytics: true, targeting: true };
    expect(seen).toEqual([[{ consent, decided: true, view: 'hidden' }, consent, true, 'hidden'], '$consent']);
    expect(m.$state.get()).toEqual({ consent, decided: true, view: 'hidden' });
    expect(Object.isFrozen(m.$state.get())).toBe(true);
  });

  it('withdraw is one state update too: undecided, defaults, the banner', () => {
    const m = create();
    m.acceptAll();
    const states: unknown[] = [];
    m.$state.listen((state) => states.push(state));
    m.withdraw();
    expect(states).toEqual([{ consent: { necessary: true, analytics: false, targeting: false }, decided: false, view: 'banner' }]);
  });

  it('a decision that changes nothing notifies no store; a view change only the view', () => {
    const m = create();
    m.rejectAll();
    const calls: string[] = [];
    m.$state.listen(() => calls.push('$state'));
    m.$consent.listen(() => calls.push('$consent'));
    m.$decided.listen(() => calls.push('$decided'));
    m.rejectAll();
    expect(calls).toEqual([]);
    m.showPreferences();
    m.showPreferences();
    expect(calls).toEqual(['$state']);
    expect(m.$state.get().view).toBe('preferences');
  });

  it('emits one change per decision, naming the decision it came from; its decision event follows', () => {
    const m = create();
    const events: unknown[] = [];
    m.on('change', (consent, previous, info) => events.push(['change', consent.analytics, previous.analytics, info?.record?.method]));
    m.on('decision', (record) => events.push(['decision', record.method, record === m.getRecord()]));
    m.acceptAll();
    expect(events).toEqual([
      ['change', true, false, 'accept-all'],
      ['decision', 'accept-all', true],
    ]);
  });

  it('a change that comes from another tab names no decision, and updates the state once', async () => {
    const tabA = create();
    const tabB = create();
    const states: unknown[] = [];
    tabB.$state.listen((state) => states.push(state));
    const changed = new Promise<unknown[]>((resolve) => tabB.on('change', (...args) => resolve(args)));
    tabA.acceptAll();
    const [consent, , info] = await changed;
    expect(consent).toEqual({ necessary: true, analytics: true, targeting: true });
    expect(info).toEqual({ record: undefined });
    expect(states).toEqual([{ consent, decided: true, view: 'hidden' }]);
  });
});
