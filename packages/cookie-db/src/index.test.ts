import { describe, expect, it } from 'vitest';
import * as cookieDb from './index';

describe('@consentkit/cookie-db public API', () => {
  it('exports exactly these names (adding one is a deliberate change)', () => {
    expect(Object.keys(cookieDb).sort()).toEqual(['DYNAMIC_PART', 'MAX_COOKIE_NAME_LENGTH', 'classifyCookie', 'createClassifier', 'normalizeCookieName']);
  });
});
