import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChangeInfo, ConsentChoices, ConsentManager } from '@consentkit/core';
import { followConsent } from './follow-consent';
import { googleConsentMode } from './google';
import { newManager, resetPage } from './scenarios.test-support';

afterEach(resetPage);

describe('followConsent', () => {
  it('reads and publishes once per decision: no duplicate change/decision pair to drop', () => {
    const manager = newManager();
    // A vendor state that differs after every decision, so only the number of syncs is counted.
    const read = vi.fn(() => ({ record: manager.getRecord()?.recordId, analytics: manager.isGranted('analytics') }));
    const publish = vi.fn();
    followConsent(manager, read, publish);
    expect([read.mock.calls.length, publish.mock.calls.length]).toEqual([1, 1]);
    manager.acceptAll(); // changes consent: `change`, then `decision`
    expect([read.mock.calls.length, publish.mock.calls.length]).toEqual([2, 2]);
    manager.acceptAll(); // changes nothing: `decision` only
    expect([read.mock.calls.length, publish.mock.calls.length]).toEqual([3, 3]);
    manager.withdraw();
    expect([read.mock.calls.length, publish.mock.calls.length]).toEqual([4, 4]);
  });

  it('publishes a change from another tab (a change without a decision) once', () => {
    const listeners: Record<string, ((...args: unknown[]) => void)[]> = { change: [], decision: [] };
    let analytics = false;
    const manager = {
      hasDecided: () => true,
      on: (event: string, fn: (...args: unknown[]) => void) => {
        listeners[event]!.push(fn);
        return () => {};
      },
    } as unknown as ConsentManager;
    const publish = vi.fn();
    followConsent(manager, () => analytics, publish);
    analytics = true;
    const info: ChangeInfo = { record: undefined };
    const consent = { necessary: true, analytics: true } as ConsentChoices;
    for (const fn of listeners.change!) fn(consent, { ...consent, analytics: false }, info);
    expect(publish.mock.calls).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('an adapter publishes exactly once per decision (Google Consent Mode)', () => {
    const manager = newManager();
    manager.use(googleConsentMode());
    const updates = () => ((window as unknown as { dataLayer: IArguments[] }).dataLayer ?? []).filter((e) => e[0] === 'consent' && e[1] === 'update').length;
    expect(updates()).toBe(0);
    manager.update({ analytics: true });
    expect(updates()).toBe(1);
    manager.acceptAll();
    expect(updates()).toBe(2);
    manager.rejectAll();
    expect(updates()).toBe(3);
  });
});
