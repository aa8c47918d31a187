import { createClassifier } from './create-classifier';
import { COOKIE_RULES } from './rules';
import type { ExplainableClassifier } from './create-classifier';

/**
 * Classifies a cookie with the bundled database: name rules (curated > imported sources > Open Cookie Database),
 * then the scorer over the setter host (the host of the script or response that set it) and optional `signals`
 * (lifetime, path, value, HttpOnly, third party). Returns `{ category, vendor? }`, or `undefined` when unknown or
 * not a valid cookie name — a guess is never `necessary` unless the evidence in docs/cookie-classification.md says
 * so. `classifyCookie.explain(...)` gives the evidence. Plug it into core: `createConsentManager({ cookieDb: classifyCookie })`.
 *
 * @example
 * classifyCookie('_ga_3K8Z2QW7LM');                 // { category: 'analytics', vendor: 'Google Analytics' }
 * classifyCookie('uid', 'static.criteo.net');       // host rule: { category: 'targeting', vendor: 'Criteo' }
 * classifyCookie('my_own_cookie');                  // undefined
 * classifyCookie('x_id', undefined, { thirdParty: true, maxAgeSeconds: 34e6, value: '8f14e45f-ceea-467a-9f5e-5b3f1c0c2a11' }); // targeting
 */
export const classifyCookie: ExplainableClassifier = /* @__PURE__ */ createClassifier(COOKIE_RULES);
