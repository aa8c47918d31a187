import { afterEach, describe, expect, it, vi } from 'vitest';
import { amplitudeConsent } from './amplitude';
import { mixpanelConsent } from './mixpanel';
import { posthogConsent } from './posthog';
import type { ConsentAdapter } from '@consentkit/core';
import { SCENARIOS, newManager, play, resetPage, sendGpc } from './scenarios.test-support';
import type { ScenarioName } from './scenarios.test-support';
import { VENDOR_POLL_MS, VENDOR_POLL_TRIES } from './vendor-queue';

interface Vendor {
  factory: (options?: object) => ConsentAdapter;
  global: string;
  methods: string[];
  /** The documented grant and revoke calls as recorded `[method, ...args]`. */
  grant: unknown[];
  revoke: unknown[];
}

const VENDORS: Record<string, Vendor> = {
  posthog: {
    factory: posthogConsent,
    global: 'posthog',
    methods: ['opt_in_capturing', 'opt_out_capturing'],
    grant: ['opt_in_capturing'],
    revoke: ['opt_out_capturing'],
  },
  mixpanel: {
    factory: mixpanelConsent,
    global: 'mixpanel',
    methods: ['opt_in_tracking', 'opt_out_tracking'],
    grant: ['opt_in_tracking'],
    revoke: ['opt_out_tracking'],
  },
  amplitude: { factory: amplitudeConsent, global: 'amplitude', methods: ['setOptOut'], grant: ['setOptOut', false], revoke: ['setOptOut', true] },
};

/** A stand-in SDK (or snippet stub) on window that records `[method, ...args]`. */
function installSdk(vendor: Vendor, impl?: () => void): unknown[][] {
  const calls: unknown[][] = [];
  const sdk = Object.fromEntries(vendor.methods.map((m) => [m, (...args: unknown[]) => (impl?.(), calls.push([m, ...args]))]));
  Object.assign(window, { [vendor.global]: sdk });
  return calls;
}

afterEach(() => {
  vi.useRealTimers();
  resetPage();
});

describe.each(Object.entries(VENDORS))('%s adapter', (name, vendor) => {
  const { grant: IN, revoke: OUT } = vendor;
  const EXPECTED: Record<ScenarioName, unknown[][]> = {
    // Opted out at start even before any decision: fails closed if the site forgot the SDK's opt-out init option.
    'first visit (opt-in)': [[OUT]],
    'accept all': [[OUT], [IN]],
    'reject all': [[OUT], []],
    'custom (analytics only)': [[OUT], [IN]],
    withdraw: [[OUT], [IN], [OUT]],
    'GPC, then accept all': [[OUT], [IN]],
    'no-op change (accept all twice)': [[OUT], [IN], []],
    'returning visitor who accepted': [[IN]],
  };

  it.each(Object.keys(SCENARIOS) as ScenarioName[])('calls the documented opt-in/opt-out API: %s', (scenario) => {
    const calls = installSdk(vendor);
    expect(
      play(
        scenario,
        () => vendor.factory(),
        () => calls,
      ),
    ).toEqual(EXPECTED[scenario]);
  });

  it('applies the latest state once when the SDK appears after the adapter started', () => {
    vi.useFakeTimers();
    const manager = newManager();
    manager.use(vendor.factory());
    manager.acceptAll();
    manager.rejectAll();
    manager.update({ analytics: true });
    vi.advanceTimersByTime(VENDOR_POLL_MS * 3);
    const calls = installSdk(vendor);
    vi.advanceTimersByTime(VENDOR_POLL_MS);
    expect(calls).toEqual([IN]);
    manager.rejectAll();
    expect(calls).toEqual([IN, OUT]);
  });

  it('gives up after the poll window and stops polling when the adapter is stopped', () => {
    vi.useFakeTimers();
    newManager().use(vendor.factory());
    vi.advanceTimersByTime(VENDOR_POLL_MS * VENDOR_POLL_TRIES);
    const late = installSdk(vendor);
    vi.advanceTimersByTime(VENDOR_POLL_MS * 5);
    expect(late).toEqual([]);
    resetPage();

    const stop = newManager().use(vendor.factory());
    stop();
    const afterStop = installSdk(vendor);
    vi.advanceTimersByTime(VENDOR_POLL_MS * 5);
    expect(afterStop).toEqual([]);
  });

  it('treats the vendor as targeting under GPC when it is a sale/share recipient', () => {
    sendGpc();
    const calls = installSdk(vendor);
    const manager = newManager();
    manager.use(vendor.factory({ saleOrShare: true }));
    manager.acceptAll();
    // An explicit grant of targeting after the signal overrides it (CCPA regs §7025(c)(3)).
    manager.update({ targeting: true });
    expect(calls).toEqual([OUT, IN]);
  });

  it('follows another category, and stays opted out with a clear error for one the site lacks', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const calls = installSdk(vendor);
    const manager = newManager({ categories: { product: {} } });
    manager.use(vendor.factory({ category: 'product' }));
    manager.use(vendor.factory({ category: 'produkt' }));
    manager.update({ product: true });
    expect(calls).toEqual([OUT, OUT, IN]);
    expect(error).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`adapters.${name}.category: "produkt" is not a category of this site`));
  });
});
