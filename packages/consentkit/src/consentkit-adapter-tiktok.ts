/**
 * `dist/consentkit-adapter-tiktok.js`: the TikTok Pixel adapter, a part of the script tag. `consentkit.min.js`
 * inserts it (async, with its own nonce) only when `config.adapters` enables it, and holds the
 * tags of granted categories until it has applied the consent state.
 */
import { tiktokPixelConsent } from '@consentkit/adapters/tiktok';
import { registerParts } from './lazy-parts';

registerParts({ adapters: { tiktok: tiktokPixelConsent } }, 'consentkit-adapter-tiktok.js');
