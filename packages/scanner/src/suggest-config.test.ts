import { describe, expect, it } from 'vitest';
import { createConsentManager } from '@consentkit/core';
import { classifyInventory } from './classify-inventory';
import { cookieConfigKey, suggestConfig } from './suggest-config';
import type { RawCookie } from './types';

const cookie = (name: string, domain: string): RawCookie => ({
  name,
  domain,
  path: '/',
  expires: -1,
  size: 10,
  httpOnly: false,
  secure: false,
  sameSite: 'Lax',
});

const inventory = classifyInventory('https://shop.example/', [
  {
    pass: 'accept',
    pageUrl: 'https://shop.example/',
    cookies: [
      cookie('consentkit', 'shop.example'),
      cookie('_ga', '.shop.example'),
      cookie('_ga_ABC123XYZ', '.shop.example'),
      cookie('_fbp', '.shop.example'),
      cookie('IDE', '.doubleclick.net'),
      cookie('mystery', 'shop.example'),
      cookie('we"ird', 'shop.example'),
    ],
    requests: [
      { url: 'https://www.google-analytics.com/g/collect', type: 'fetch', initiator: null },
      { url: 'https://www.facebook.com/tr?id=1', type: 'image', initiator: null },
      { url: 'https://cdn.example.org/lib.js', type: 'script', initiator: null },
    ],
    storage: [],
  },
]);

describe('suggestConfig', () => {
  it('maps classified cookies and tracker hosts to their categories, leaving unknowns out', () => {
    expect(suggestConfig(inventory)).toEqual({
      cookies: { IDE: 'targeting', _fbp: 'targeting', _ga: 'analytics', '_ga_*': 'analytics', consentkit: 'necessary' },
      blockRules: {
        'doubleclick.net': 'targeting',
        'www.facebook.com/tr': 'targeting',
        'www.google-analytics.com': 'analytics',
      },
    });
  });

  it('round-trips through ConsentKit config validation', () => {
    const suggested = suggestConfig(inventory);
    const manager = createConsentManager({ policyVersion: 'scan-test', region: 'FR', ...suggested });
    expect(manager.config.cookies).toMatchObject(suggested.cookies);
    expect(manager.config.blockRules).toMatchObject(suggested.blockRules);
  });

  it('would be rejected by validation with a name the config cannot hold (so the filter matters)', () => {
    expect(() => createConsentManager({ policyVersion: 'x', cookies: { 'we"ird': 'analytics' } })).toThrow();
    expect(cookieConfigKey('we"ird')).toBeNull();
  });
});

describe('suggestConfig with hosts the config grammar does not take', () => {
  it('uses the tracker rule for a tracker host with an underscore, and the result still validates', () => {
    const odd = classifyInventory('https://shop.example/', [
      {
        pass: 'before',
        pageUrl: 'https://shop.example/',
        cookies: [],
        requests: [{ url: 'https://ads_eu.doubleclick.net/pixel', type: 'image', initiator: null }],
        storage: [],
      },
    ]);
    const suggested = suggestConfig(odd);
    expect(suggested.blockRules).toEqual({ 'doubleclick.net': 'targeting' });
    expect(() => createConsentManager({ policyVersion: 'x', region: 'FR', ...suggested })).not.toThrow();
  });
});

describe('cookieConfigKey', () => {
  it('turns names with a dynamic id into a prefix rule', () => {
    expect(cookieConfigKey('_ga_ABC123XYZ')).toBe('_ga_*');
    expect(cookieConfigKey('_hjSessionUser_3456789')).toBe('_hjSessionUser_*');
    expect(cookieConfigKey('_fbp')).toBe('_fbp');
  });
});
