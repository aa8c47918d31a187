import { expect, it } from 'vitest';
import * as consentkit from './index';

// Adding a public name is a deliberate change: update this list with it (CONTRIBUTING.md).
it('exports exactly the public API', () => {
  expect(Object.keys(consentkit).sort()).toEqual(['ADAPTERS', 'createAdapters', 'createConsentKit', 'init']);
});
