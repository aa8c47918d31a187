export { classifyCookie } from './classify-cookie';
export { createClassifier, MAX_COOKIE_NAME_LENGTH } from './create-classifier';
export type { CookieExplanation, ExplainableClassifier } from './create-classifier';
export type { Evidence, SignalId } from './score-cookie';
export { normalizeCookieName, DYNAMIC_PART } from './normalize-cookie-name';
export type { CookieCategory, CookieClassification, CookieClassifier, CookieRuleSet, CookieSignals } from './types';
