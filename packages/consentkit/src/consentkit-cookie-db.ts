/**
 * `dist/consentkit-cookie-db.js`: the cookie database (`@consentkit/cookie-db/rules.json`, Open
 * Cookie Database + curated vendor rules) with its matching engine, in one classic script.
 * `consentkit.min.js` inserts it (async, with its own nonce) only when a page needs it — the
 * first cookie nobody knows, or the preference center — and this file hands the classifier back
 * through the private hook on `window.ConsentKit`. A script rather than a `fetch` of JSON: one
 * request instead of two, allowed by the same `script-src` as the bundle.
 */
import { createClassifier } from '@consentkit/cookie-db';
import type { CookieRuleSet } from '@consentkit/cookie-db';
import rules from '@consentkit/cookie-db/rules.json';
import { registerParts } from './lazy-parts';

registerParts({ cookieDb: createClassifier(rules as unknown as CookieRuleSet) }, 'consentkit-cookie-db.js');
