export { consentKit, useConsentKit } from './consent-plugin';
export type { ConsentKitContext, ConsentKitPluginOptions } from './consent-plugin';
export { useConsent, useGranted } from './use-consent';
export { ConsentGate } from './consent-gate';
