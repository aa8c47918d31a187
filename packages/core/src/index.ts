export { createConsentManager, createFallbackManager } from './consent-manager';
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
} from './config';
export type { ConfigCheck } from './config';
export { DEFAULT_REGIMES, resolveRegime } from './regimes';
export { readGpc } from './gpc';
export { encodeConsent, decodeConsent, CONSENT_COOKIE_FORMAT } from './consent-cookie';
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
export { enableGating } from './enable-gating';
export type { GatingHandle, GatingOptions } from './enable-gating';
export { TRACKER_HOSTS } from './tracker-hosts';
export { TRACKER_COOKIES } from './cookie-rules';
export { BLOCKED_ATTRIBUTE, BLOCKED_EVENT, UNBLOCKED_EVENT } from './gated-element';
export type { BlockedEventDetail } from './gated-element';
