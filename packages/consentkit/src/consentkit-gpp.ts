/**
 * `dist/consentkit-gpp.js`: the IAB GPP plug-in for US visitors — the full `__gpp` CMP API v1.1,
 * the encoder of the `usnat` and state sections, the region → section table and the legacy
 * `__uspapi`. `consentkit.min.js` has already put the synchronous `__gpp` stub on the page; it
 * inserts this file (async, with its own nonce) only when GPP is on (by default in `opt-out`
 * regimes; `gpp: false` turns it off) or `uspapi: true`, once the page has been parsed. This file
 * hands the adapter factory back through the private hook on `window.ConsentKit`; the main file
 * then starts it on the page's one consent manager, and it takes over the stub.
 */
import { createGppAdapter } from '@consentkit/adapters/gpp';
import { registerParts } from './lazy-parts';

registerParts({ gpp: createGppAdapter }, 'consentkit-gpp.js');
