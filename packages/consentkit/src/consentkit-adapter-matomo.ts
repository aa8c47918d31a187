/**
 * `dist/consentkit-adapter-matomo.js`: the Matomo adapter, a part of the script tag. `consentkit.min.js`
 * inserts it (async, with its own nonce) only when `config.adapters` enables it, and holds the
 * tags of granted categories until it has applied the consent state.
 */
import { matomoConsent } from '@consentkit/adapters/matomo';
import { registerParts } from './lazy-parts';

registerParts({ adapters: { matomo: matomoConsent } }, 'consentkit-adapter-matomo.js');
