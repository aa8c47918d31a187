import { expect, it } from 'vitest';
import * as core from './index';
import * as internal from './internal';

// Adding a public name is a deliberate change: update this list with it (CONTRIBUTING.md).
it('exports exactly the public API', () => {
  expect(Object.keys(core).sort()).toEqual([
    'BLOCKED_ATTRIBUTE',
    'BLOCKED_EVENT',
    'ConsentConfigError',
    'TRACKER_COOKIES',
    'TRACKER_HOSTS',
    'UNBLOCKED_EVENT',
    'checkObject',
    'checkOneOf',
    'checkShape',
    'checkText',
    'checkWhere',
    'createConsentManager',
    'enableGating',
  ]);
});

// `@consentkit/core/internal` is for ConsentKit's own packages (unstable, packages/core/README.md).
it('exports exactly the internal API, none of it public', () => {
  const names = Object.keys(internal).sort();
  expect(names).toEqual([
    'checkBoolean',
    'checkList',
    'checkRecord',
    'createFallbackManager',
    'createNameMatcher',
    'decodeConsent',
    'encodeConsent',
    'readGpc',
    'resolveConfig',
  ]);
  expect(names.filter((name) => name in core)).toEqual([]);
});
