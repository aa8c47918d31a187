import { createContext, createElement, useContext } from 'react';
import type { ReactNode } from 'react';
import type { ConsentManager } from '@consentkit/core';

const ConsentContext = createContext<ConsentManager | null>(null);

/** Props of `ConsentProvider`. */
export interface ConsentProviderProps {
  /** The page's one consent manager (`createConsentManager(config)`, or `window.ConsentKit`'s manager). */
  manager: ConsentManager;
  children?: ReactNode;
}

/**
 * Makes one consent manager available to the hooks and gates below it.
 *
 * @example
 * const manager = createConsentManager({ policyVersion: '2026-11-01', region: 'FR' });
 * root.render(<ConsentProvider manager={manager}><App /></ConsentProvider>);
 */
export function ConsentProvider({ manager, children }: ConsentProviderProps) {
  return createElement(ConsentContext.Provider, { value: manager }, children);
}

/** The manager of the nearest `ConsentProvider`; a clear error when there is none. */
export function useConsentManager(): ConsentManager {
  const manager = useContext(ConsentContext);
  if (!manager) throw new Error('@consentkit/react: wrap your app in <ConsentProvider manager={…}> before using consent hooks or <ConsentGate>.');
  return manager;
}
