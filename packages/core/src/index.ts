export { createConsentManager } from './consent/consent-manager';
export { ConsentConfigError, checkWhere, checkText, checkOneOf, checkObject, checkShape } from './checks';
export type { ConfigCheck } from './checks';
export type {
  BuiltInCategory,
  Category,
  CategoryInfo,
  CategoryOptions,
  ChangeInfo,
  ConsentAdapter,
  ConsentChoices,
  ConsentConfig,
  ConsentCookieOptions,
  ConsentEventName,
  ConsentEvents,
  ConsentManager,
  ConsentRecord,
  ConsentState,
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
