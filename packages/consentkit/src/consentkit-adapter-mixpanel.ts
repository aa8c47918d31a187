/**
 * `dist/consentkit-adapter-mixpanel.js`: the Mixpanel adapter, a part of the script tag. `consentkit.min.js`
 * inserts it (async, with its own nonce) only when `config.adapters` enables it, and holds the
 * tags of granted categories until it has applied the consent state.
 */
import { mixpanelConsent } from '@consentkit/adapters/mixpanel';
import { registerParts } from './lazy-parts';

registerParts({ adapters: { mixpanel: mixpanelConsent } }, 'consentkit-adapter-mixpanel.js');
