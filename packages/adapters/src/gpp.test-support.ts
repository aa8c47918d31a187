import { createConsentManager } from '@consentkit/core';
import type { ConsentConfig, ConsentManager } from '@consentkit/core';
import { afterEach, beforeEach } from 'vitest';

/** Test support for the GPP tests: a fresh page (no cookies, no `__gpp`, GPC off) per test. */
export type GppWindow = Window & { __gpp?: (...args: unknown[]) => unknown; __uspapi?: (...args: unknown[]) => unknown };
export const page = window as GppWindow;
const managers: ConsentManager[] = [];

export const setGpc = (on: boolean) => Object.defineProperty(navigator, 'globalPrivacyControl', { value: on, configurable: true });

export function create(config: Partial<ConsentConfig> = {}): ConsentManager {
  const manager = createConsentManager({ policyVersion: 'v1', region: 'US-CA', ...config });
  managers.push(manager);
  return manager;
}

/** Calls `__gpp` and returns what its callback got synchronously (`undefined` when it was not called). */
export function gppCall(command: unknown, parameter?: unknown, version?: unknown): { data: unknown; success: boolean } | undefined {
  let result: { data: unknown; success: boolean } | undefined;
  page.__gpp!(command, (data: unknown, success: boolean) => (result ??= { data, success }), parameter, version);
  return result;
}

/** Records every event a `__gpp` listener receives, as `name:data`. */
export function recordEvents(): { events: string[]; listenerId: number } {
  const events: string[] = [];
  let listenerId = 0;
  page.__gpp!('addEventListener', (event: { eventName: string; data: unknown; listenerId: number }) => {
    listenerId ||= event.listenerId;
    events.push(`${event.eventName}:${String(event.data)}`);
  });
  return { events, listenerId };
}

export const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

export function useFreshGppPage(): void {
  beforeEach(() => {
    for (const c of document.cookie.split('; ').filter(Boolean)) document.cookie = `${c.split('=')[0]}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    delete page.__gpp;
    delete page.__uspapi;
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    setGpc(false);
  });
  afterEach(() => {
    for (const m of managers.splice(0)) m.destroy();
  });
}
