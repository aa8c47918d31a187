import type { ConsentStorage } from './consent-storage';
import type { ConsentManager } from '../types';

/** What core modules (gating) need from a manager beyond its public API. */
export interface ManagerInternals {
  readonly storage: ConsentStorage;
}

// Keyed by instance, so several managers never share state (no module-level mutable state
// beyond this registry, which holds nothing once a manager is garbage-collected).
const internals = new WeakMap<ConsentManager, ManagerInternals>();

export function registerInternals(manager: ConsentManager, value: ManagerInternals): void {
  internals.set(manager, value);
}

/** The internals of a manager created by `createConsentManager`; `undefined` for foreign objects. */
export function getInternals(manager: ConsentManager): ManagerInternals | undefined {
  return internals.get(manager);
}
