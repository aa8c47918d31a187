/**
 * `@consentkit/core/internal`: what ConsentKit's own packages (adapters, banner, the script tag)
 * share with core beyond its public API. Unstable: any release may change or remove these names
 * without a major version. Do not import it from a site or an app (packages/core/README.md).
 */
export { createFallbackManager } from './consent/consent-manager';
export { resolveConfig } from './consent/config';
export { encodeConsent, decodeConsent } from './consent/consent-cookie';
export { readGpc } from './consent/gpc';
export { checkBoolean, checkList, checkRecord } from './checks';
export type { ShapeSpec } from './checks';
export { createNameMatcher } from './gating/cookie-rules';
