import { afterEach, beforeEach } from 'vitest';
import { createConsentManager } from './consent-manager';
import type { ConsentConfig, ConsentManager } from '../types';

/** Test support for manager tests: fresh cookies, storage and GPC per test; managers destroyed after. */
const managers: ConsentManager[] = [];

export function create(config: Partial<ConsentConfig> = {}): ConsentManager {
  const manager = createConsentManager({ policyVersion: 'v1', region: 'FR', ...config });
  managers.push(manager);
  return manager;
}

export const cookieValue = (name = 'consentkit') =>
  document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);

export const setGpc = (on: boolean) => Object.defineProperty(navigator, 'globalPrivacyControl', { value: on, configurable: true });

/** The prototype that defines document.cookie (happy-dom's may differ from the global Document). */
export function cookieOwner(): Document {
  let proto: object | null = document;
  while (proto && !Object.getOwnPropertyDescriptor(proto, 'cookie')) proto = Object.getPrototypeOf(proto);
  return proto as Document;
}

export function useFreshPage(): void {
  beforeEach(() => {
    for (const c of document.cookie.split('; ').filter(Boolean)) {
      document.cookie = `${c.split('=')[0]}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
    localStorage.clear();
    setGpc(false);
  });
  afterEach(() => {
    for (const m of managers.splice(0)) m.destroy();
  });
}
