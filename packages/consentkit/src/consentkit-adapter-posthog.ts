/**
 * `dist/consentkit-adapter-posthog.js`: the PostHog adapter, a part of the script tag. `consentkit.min.js`
 * inserts it (async, with its own nonce) only when `config.adapters` enables it, and holds the
 * tags of granted categories until it has applied the consent state.
 */
import { posthogConsent } from '@consentkit/adapters/posthog';
import { registerParts } from './lazy-parts';

registerParts({ adapters: { posthog: posthogConsent } }, 'consentkit-adapter-posthog.js');
