export { classifyCookie } from './classify-cookie';
export { createClassifier, MAX_COOKIE_NAME_LENGTH } from './create-classifier';
export { normalizeCookieName, DYNAMIC_PART } from './normalize-cookie-name';
export type { CookieCategory, CookieClassification, CookieClassifier, CookieRuleSet } from './types';
