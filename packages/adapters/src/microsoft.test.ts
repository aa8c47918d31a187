import { afterEach, describe, expect, it } from 'vitest';
import { microsoftClarityConsent, microsoftUetConsent } from './microsoft';
import { SCENARIOS, newManager, play, resetPage } from './scenarios.test-support';
import type { ScenarioName } from './scenarios.test-support';

const globals = window as unknown as Record<string, unknown>;
afterEach(resetPage);

describe('microsoftUetConsent', () => {
  // `uetq.push('consent', command, {...})` appends three entries, as Microsoft's snippet expects.
  const DEFAULT = ['consent', 'default', { ad_storage: 'denied' }];
  const GRANTED = ['consent', 'update', { ad_storage: 'granted' }];
  const DENIED = ['consent', 'update', { ad_storage: 'denied' }];
  const EXPECTED: Record<ScenarioName, unknown[][]> = {
    'first visit (opt-in)': [DEFAULT],
    'accept all': [DEFAULT, GRANTED],
    'reject all': [DEFAULT, []],
    'custom (analytics only)': [DEFAULT, []],
    withdraw: [DEFAULT, GRANTED, DENIED],
    'GPC, then accept all': [DEFAULT, []],
    'no-op change (accept all twice)': [DEFAULT, GRANTED, []],
    'returning visitor who accepted': [[...DEFAULT, ...GRANTED]],
  };

  it.each(Object.keys(SCENARIOS) as ScenarioName[])('pushes the documented uetq sequence: %s', (name) => {
    expect(
      play(
        name,
        () => microsoftUetConsent(),
        () => [...((globals.uetq as unknown[]) ?? [])],
      ),
    ).toEqual(EXPECTED[name]);
  });

  it('keeps an existing queue, and talks to the loaded UET object that replaced it', () => {
    const queue: unknown[] = ['earlier'];
    globals.uetq = queue;
    const manager = newManager();
    manager.use(microsoftUetConsent());
    expect(globals.uetq).toBe(queue);
    const loaded: unknown[][] = [];
    globals.uetq = { push: (...args: unknown[]) => loaded.push(args) };
    manager.acceptAll();
    expect(queue).toEqual(['earlier', ...DEFAULT]);
    expect(loaded).toEqual([GRANTED]);
  });
});

describe('microsoftClarityConsent', () => {
  const state = (ad: string, analytics: string) => [['consentv2', { ad_Storage: ad, analytics_Storage: analytics }]];
  const NONE = state('denied', 'denied');
  const EXPECTED: Record<ScenarioName, unknown[][]> = {
    'first visit (opt-in)': [NONE],
    'accept all': [NONE, state('granted', 'granted')],
    'reject all': [NONE, []],
    'custom (analytics only)': [NONE, state('denied', 'granted')],
    withdraw: [NONE, state('granted', 'granted'), NONE],
    'GPC, then accept all': [NONE, state('denied', 'granted')],
    'no-op change (accept all twice)': [NONE, state('granted', 'granted'), []],
    'returning visitor who accepted': [state('granted', 'granted')],
  };
  const queued = () => ((globals.clarity as { q?: ArrayLike<unknown>[] } | undefined)?.q ?? []).map((args) => Array.from(args));

  it.each(Object.keys(SCENARIOS) as ScenarioName[])('queues clarity("consentv2") calls on the documented stub: %s', (name) => {
    expect(play(name, () => microsoftClarityConsent(), queued)).toEqual(EXPECTED[name]);
    expect(Object.prototype.toString.call((globals.clarity as { q: unknown[] }).q[0])).toBe('[object Arguments]');
  });

  it('calls an existing clarity function', () => {
    const calls: unknown[][] = [];
    globals.clarity = (...args: unknown[]) => calls.push(args);
    const manager = newManager();
    manager.use(microsoftClarityConsent());
    manager.acceptAll();
    expect(calls).toEqual([...NONE, ...state('granted', 'granted')]);
  });
});
