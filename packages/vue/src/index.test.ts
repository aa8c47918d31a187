import { expect, it } from 'vitest';
import * as api from './index';

// Adding a public name is a deliberate change: update this list with it.
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(['ConsentGate', 'consentKit', 'useConsent', 'useConsentKit', 'useGranted']);
});
