import { createClassifier } from './create-classifier';
import { COOKIE_RULES } from './rules';
import type { CookieClassifier } from './types';

/**
 * Classifies a cookie name with the bundled database (curated vendor rules > Open Cookie Database >
 * setter-host rules). Returns `{ category, vendor? }`, or `undefined` when the name is unknown or not a
 * valid cookie name — never a guess of `necessary`. Plug it into core: `createConsentManager({ cookieDb: classifyCookie })`.
 *
 * @example
 * classifyCookie('_ga_3K8Z2QW7LM');                 // { category: 'analytics', vendor: 'Google Analytics' }
 * classifyCookie('uid', 'static.criteo.net');       // host rule: { category: 'targeting', vendor: 'Criteo' }
 * classifyCookie('my_own_cookie');                  // undefined
 */
export const classifyCookie: CookieClassifier = /* @__PURE__ */ createClassifier(COOKIE_RULES);
