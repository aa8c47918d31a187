import { expect, it } from 'vitest';
import * as core from './index';

// Adding a public name is a deliberate change: update this list with it (CONTRIBUTING.md).
it('exports exactly the public API', () => {
  expect(Object.keys(core).sort()).toEqual([
    'BLOCKED_ATTRIBUTE',
    'BLOCKED_EVENT',
    'BUILT_IN_CATEGORIES',
    'CONSENT_COOKIE_FORMAT',
    'ConsentConfigError',
    'DEFAULT_EXPIRES_DAYS',
    'DEFAULT_REGIMES',
    'MAX_EXPIRES_DAYS',
    'REGIMES',
    'TRACKER_COOKIES',
    'TRACKER_HOSTS',
    'UNBLOCKED_EVENT',
    'checkObject',
    'checkOneOf',
    'checkShape',
    'checkText',
    'checkWhere',
    'createConsentManager',
    'createFallbackManager',
    'decodeConsent',
    'enableGating',
    'encodeConsent',
    'normalizeRegion',
    'readGpc',
    'resolveConfig',
    'resolveRegime',
  ]);
});
