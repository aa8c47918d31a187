import { describe, expect, it } from 'vitest';
import * as banner from './index';

describe('@consentkit/banner public API', () => {
  it('exports exactly these names (adding one is a deliberate change)', () => {
    expect(Object.keys(banner).sort()).toEqual([
      'COOKIE_TABLE_ELEMENT',
      'PREFERENCES_ELEMENT',
      'cookieDeclarationOptions',
      'createTranslator',
      'defineCookieTableElement',
      'definePreferencesElement',
      'en',
      'enExtra',
      'gateTexts',
      'isSafeUrl',
      'mountBanner',
      'mountPlaceholders',
      'negotiateLanguage',
      'readCookieDeclaration',
      'renderBannerToString',
    ]);
  });
});
