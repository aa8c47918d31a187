import { afterEach, describe, expect, it } from 'vitest';
import { createConsentManager } from '@consentkit/core';
import type { ConsentManager } from '@consentkit/core';
import { gateTexts } from './gate-texts';

let manager: ConsentManager | undefined;
afterEach(() => manager?.destroy());

describe('gateTexts', () => {
  it("uses ConsentKit's English texts and category labels by default", () => {
    manager = createConsentManager({ policyVersion: '1', region: 'FR' });
    expect(gateTexts(manager, 'targeting')).toEqual({
      text: '“This content” is provided by a third party and needs your consent for: Advertising.',
      allow: 'Allow Advertising',
    });
  });

  it("prefers the site's texts in its language and its own category labels", () => {
    manager = createConsentManager({
      policyVersion: '1',
      region: 'FR',
      language: 'fr',
      categories: { functional: { label: 'Fonctionnel' } },
      texts: { fr: { 'placeholder.allow': 'Autoriser : {category}' } },
    });
    expect(gateTexts(manager, 'functional').allow).toBe('Autoriser : Fonctionnel');
    // An id the site did not translate falls back to English rather than to nothing.
    expect(gateTexts(manager, 'functional').text).toContain('needs your consent for: Fonctionnel');
  });
});
