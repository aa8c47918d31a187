/**
 * `dist/consentkit-adapter-microsoft.js`: the Microsoft UET and Clarity adapters, a part of the script tag. `consentkit.min.js`
 * inserts it (async, with its own nonce) only when `config.adapters` enables it, and holds the
 * tags of granted categories until it has applied the consent state.
 */
import { microsoftClarityConsent, microsoftUetConsent } from '@consentkit/adapters/microsoft';
import { registerParts } from './lazy-parts';

registerParts({ adapters: { 'microsoft-uet': microsoftUetConsent, 'microsoft-clarity': microsoftClarityConsent } }, 'consentkit-adapter-microsoft.js');
