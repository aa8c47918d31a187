/**
 * `dist/consentkit-adapter-meta.js`: the Meta Pixel adapter, a part of the script tag. `consentkit.min.js`
 * inserts it (async, with its own nonce) only when `config.adapters` enables it, and holds the
 * tags of granted categories until it has applied the consent state.
 */
import { metaPixelConsent } from '@consentkit/adapters/meta';
import { registerParts } from './lazy-parts';

registerParts({ adapters: { meta: metaPixelConsent } }, 'consentkit-adapter-meta.js');
