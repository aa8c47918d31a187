import { describe, expect, it } from 'vitest';
import { buildCookieDeclaration } from './cookie-declaration';
import type { InventoryCookie } from './classify-inventory';

const NOW = Date.UTC(2026, 11, 1);
const base: InventoryCookie = {
  name: '_ga',
  domain: '.shop.example',
  path: '/',
  expires: null,
  httpOnly: false,
  secure: true,
  sameSite: 'Lax',
  thirdParty: false,
  pass: 'accept',
  pageUrl: 'https://shop.example/',
  category: 'analytics',
  vendor: 'Google Analytics',
  size: 30,
  purpose: 'Distinguishes visitors.',
};

describe('buildCookieDeclaration', () => {
  it('gives one entry per name with provider, category, purpose and duration in days', () => {
    const declaration = buildCookieDeclaration(
      [
        { ...base, expires: NOW / 1000 + 400 * 86_400 },
        { ...base, pass: 'before', expires: NOW / 1000 + 10 * 86_400 },
        { ...base, name: 'sid', vendor: null, category: null, purpose: null, domain: 'shop.example' },
      ],
      NOW,
    );
    expect(declaration).toEqual([
      { name: '_ga', provider: 'Google Analytics', category: 'analytics', purpose: 'Distinguishes visitors.', duration: 400 },
      { name: 'sid', provider: 'shop.example', category: 'unknown', purpose: '', duration: 'session' },
    ]);
  });
});
