export { createConsentKit } from './consent-kit';
export type { ConsentKit, ConsentKitOptions } from './consent-kit';
export { init } from './init';
export type { InitOptions } from './init';
export { ADAPTERS, createAdapters } from './adapter-registry';
export type { AdapterFactory } from './adapter-registry';
