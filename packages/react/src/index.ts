export { ConsentProvider, useConsentManager } from './consent-context';
export type { ConsentProviderProps } from './consent-context';
export { useConsent, useGranted, useConsentActions } from './use-consent';
export type { ConsentActions } from './use-consent';
export { ConsentGate } from './consent-gate';
export type { ConsentGateProps } from './consent-gate';
