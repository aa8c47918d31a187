// Test support shared by the adapter tests (not a test file itself, not published): a clean page
// per test, managers created as the issue asks, and the consent scenarios every adapter is run through.
import { createConsentManager } from '@consentkit/core';
import type { ConsentAdapter, ConsentConfig, ConsentManager } from '@consentkit/core';

const managers: ConsentManager[] = [];
const VENDOR_GLOBALS = ['dataLayer', 'gtag', 'fbq', 'uetq', 'clarity', 'ttq', '_paq', 'posthog', 'mixpanel', 'amplitude', 'siteLayer'];

/** Destroys the managers of the previous test, clears cookies, storage, vendor globals and the GPC stub. */
export function resetPage(): void {
  for (const manager of managers.splice(0)) manager.destroy();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]!.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
  localStorage.clear();
  for (const name of VENDOR_GLOBALS) delete (window as unknown as Record<string, unknown>)[name];
  delete (navigator as unknown as Record<string, unknown>).globalPrivacyControl;
}

/** Turns the visitor's Global Privacy Control signal on (before the manager reads it). */
export function sendGpc(): void {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
}

/** `createConsentManager({ policyVersion: '1', region: 'FR', ...config })`, destroyed by the next `resetPage()`. */
export function newManager(config: Partial<ConsentConfig> = {}): ConsentManager {
  const manager = createConsentManager({ policyVersion: '1', region: 'FR', ...config });
  managers.push(manager);
  return manager;
}

interface Scenario {
  gpc?: boolean;
  /** A decision made on an earlier page load. */
  before?: (manager: ConsentManager) => void;
  steps: ((manager: ConsentManager) => void)[];
}

/** The scenarios of the issue, each in an opt-in region (FR) unless said otherwise. */
export const SCENARIOS = {
  'first visit (opt-in)': { steps: [] },
  'accept all': { steps: [(m) => m.acceptAll()] },
  'reject all': { steps: [(m) => m.rejectAll()] },
  'custom (analytics only)': { steps: [(m) => m.update({ analytics: true, targeting: false })] },
  withdraw: { steps: [(m) => m.acceptAll(), (m) => m.withdraw()] },
  'GPC, then accept all': { gpc: true, steps: [(m) => m.acceptAll()] },
  'no-op change (accept all twice)': { steps: [(m) => m.acceptAll(), (m) => m.acceptAll()] },
  'returning visitor who accepted': { before: (m) => m.acceptAll(), steps: [] },
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof SCENARIOS;

/**
 * Plays a scenario with a fresh adapter and returns what the vendor received, in segments:
 * `[calls on start, calls after step 1, calls after step 2, ...]`. `read` returns the vendor's
 * whole call log so far.
 */
export function play(name: ScenarioName, adapter: () => ConsentAdapter, read: () => unknown[]): unknown[][] {
  const scenario: Scenario = SCENARIOS[name];
  if (scenario.gpc) sendGpc();
  if (scenario.before) {
    const earlier = newManager();
    scenario.before(earlier);
    earlier.destroy();
  }
  const manager = newManager();
  const segments: unknown[][] = [];
  let seen = read().length;
  const cut = () => {
    const log = read();
    segments.push(log.slice(seen));
    seen = log.length;
  };
  manager.use(adapter());
  cut();
  for (const step of scenario.steps) {
    step(manager);
    cut();
  }
  return segments;
}
