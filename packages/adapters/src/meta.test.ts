import { afterEach, describe, expect, it, vi } from 'vitest';
import { metaPixelConsent } from './meta';
import { SCENARIOS, newManager, play, resetPage, sendGpc } from './scenarios.test-support';
import type { ScenarioName } from './scenarios.test-support';
import { VENDOR_POLL_MS, VENDOR_POLL_TRIES } from './vendor-queue';

/** A stand-in for Meta's `fbq` that records every call. */
function installFbq(): unknown[][] {
  const calls: unknown[][] = [];
  Object.assign(window, { fbq: (...args: unknown[]) => calls.push(args) });
  return calls;
}

const REVOKE = ['consent', 'revoke'];
const GRANT = ['consent', 'grant'];
const EXPECTED: Record<ScenarioName, unknown[][]> = {
  'first visit (opt-in)': [[REVOKE]],
  'accept all': [[REVOKE], [GRANT]],
  'reject all': [[REVOKE], []],
  'custom (analytics only)': [[REVOKE], []],
  withdraw: [[REVOKE], [GRANT], [REVOKE]],
  'GPC, then accept all': [[REVOKE], []],
  'no-op change (accept all twice)': [[REVOKE], [GRANT], []],
  'returning visitor who accepted': [[GRANT]],
};

afterEach(() => {
  vi.useRealTimers();
  resetPage();
});

describe('metaPixelConsent', () => {
  it.each(Object.keys(SCENARIOS) as ScenarioName[])('calls fbq as Meta documents: %s', (name) => {
    const calls = installFbq();
    expect(
      play(
        name,
        () => metaPixelConsent(),
        () => calls,
      ),
    ).toEqual(EXPECTED[name]);
  });

  it('never creates window.fbq (Meta base code skips loading when fbq exists) and calls it once it appears', () => {
    vi.useFakeTimers();
    const manager = newManager();
    manager.use(metaPixelConsent());
    expect('fbq' in window).toBe(false);
    manager.acceptAll();
    const calls = installFbq();
    vi.advanceTimersByTime(VENDOR_POLL_MS);
    // Only the latest state: the pixel appeared after the grant.
    expect(calls).toEqual([GRANT]);
    vi.advanceTimersByTime(VENDOR_POLL_MS * 5);
    expect(calls).toEqual([GRANT]);
  });

  it('stops waiting for the pixel after the poll window', () => {
    vi.useFakeTimers();
    newManager().use(metaPixelConsent());
    vi.advanceTimersByTime(VENDOR_POLL_MS * VENDOR_POLL_TRIES);
    const calls = installFbq();
    vi.advanceTimersByTime(VENDOR_POLL_MS * 10);
    expect(calls).toEqual([]);
  });

  it('uses Limited Data Use instead of revoke for a US opt-out (GPC) when enabled', () => {
    sendGpc();
    const calls = installFbq();
    const manager = newManager({ region: 'US-CA' });
    manager.use(metaPixelConsent({ limitedDataUse: true }));
    manager.update({ targeting: true });
    expect(calls).toEqual([['dataProcessingOptions', ['LDU'], 0, 0], ['dataProcessingOptions', []], GRANT]);
  });

  it('lifts LDU for a US visitor who has not opted out, and ignores LDU in opt-in regions', () => {
    const calls = installFbq();
    newManager({ region: 'US-CA' }).use(metaPixelConsent({ limitedDataUse: true }));
    expect(calls).toEqual([['dataProcessingOptions', []], GRANT]);
    calls.length = 0;
    newManager({ region: 'DE' }).use(metaPixelConsent({ limitedDataUse: true }));
    expect(calls).toEqual([REVOKE]);
  });
});
