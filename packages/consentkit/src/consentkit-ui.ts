/**
 * `dist/consentkit-ui.js`: the banner, preference center, opt-out notice and embed placeholders
 * (@consentkit/banner with Preact). `consentkit.min.js` inserts it (async, with its own nonce)
 * only on pages that need a UI, and this file hands its mount function back through the private
 * hook on `window.ConsentKit`: it never creates a consent manager of its own.
 */
import { registerParts } from './lazy-parts';
import { mountUi } from './mount-ui';

registerParts({ ui: mountUi }, 'consentkit-ui.js');
