export { createConsentManager, createFallbackManager } from './consent/consent-manager';
export {
  resolveConfig,
  normalizeRegion,
  ConsentConfigError,
  checkWhere,
  checkText,
  checkOneOf,
  checkObject,
  checkShape,
  BUILT_IN_CATEGORIES,
  REGIMES,
  DEFAULT_EXPIRES_DAYS,
  MAX_EXPIRES_DAYS,
} from './consent/config';
export type { ConfigCheck } from './consent/config';
export { DEFAULT_REGIMES, resolveRegime } from './consent/regimes';
export { readGpc } from './consent/gpc';
export { encodeConsent, decodeConsent, CONSENT_COOKIE_FORMAT } from './consent/consent-cookie';
export type {
  BuiltInCategory,
  Category,
  CategoryInfo,
  CategoryOptions,
  ConsentAdapter,
  ConsentChoices,
  ConsentConfig,
  ConsentCookieOptions,
  ConsentEventName,
  ConsentEvents,
  ConsentManager,
  ConsentRecord,
  ConsentView,
  CookieClassification,
  CookieClassifier,
  CookieWriteSignals,
  DecisionMethod,
  GppOptions,
  GppSectionPrefix,
  Regime,
  RegionSource,
  ResolvedConfig,
  StoredDecision,
  UiOptions,
} from './types';
export { enableGating } from './gating/enable-gating';
export type { GatingHandle, GatingOptions } from './gating/enable-gating';
export { TRACKER_HOSTS } from './gating/tracker-hosts';
export { TRACKER_COOKIES } from './gating/cookie-rules';
export { BLOCKED_ATTRIBUTE, BLOCKED_EVENT, UNBLOCKED_EVENT } from './gating/gated-element';
export type { BlockedEventDetail } from './gating/gated-element';
