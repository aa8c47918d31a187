/**
 * `dist/consentkit-adapter-amplitude.js`: the Amplitude adapter, a part of the script tag. `consentkit.min.js`
 * inserts it (async, with its own nonce) only when `config.adapters` enables it, and holds the
 * tags of granted categories until it has applied the consent state.
 */
import { amplitudeConsent } from '@consentkit/adapters/amplitude';
import { registerParts } from './lazy-parts';

registerParts({ adapters: { amplitude: amplitudeConsent } }, 'consentkit-adapter-amplitude.js');
