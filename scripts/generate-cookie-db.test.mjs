// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { withoutCuratedDomains, withoutUnusedVendors } from './generate-cookie-db.mjs';

describe('withoutUnusedVendors', () => {
  it('leaves out vendor names no rule uses and renumbers every table to match', () => {
    const rules = {
      version: 1,
      categories: ['necessary', 'analytics', 'targeting', 'functional'],
      vendors: ['Unused A', 'Tier', 'Unused B', 'Host', 'Word'],
      tiers: [{ x_name: 1 * 4 + 1 }, { 'y_*': 1 * 4 + 2 }],
      hosts: { 'ads.example': 3 * 4 + 2 },
      heuristics: { prefixes: { _zz: 1 * 4 + 1 }, words: { pixel: 4 * 4 + 2 } },
    };
    expect(withoutUnusedVendors(rules)).toEqual({
      version: 1,
      categories: rules.categories,
      vendors: ['Tier', 'Host', 'Word'],
      tiers: [{ x_name: 0 * 4 + 1 }, { 'y_*': 0 * 4 + 2 }],
      hosts: { 'ads.example': 1 * 4 + 2 },
      heuristics: { prefixes: { _zz: 0 * 4 + 1 }, words: { pixel: 2 * 4 + 2 } },
    });
  });
});

describe('withoutCuratedDomains', () => {
  const curated = new Map([
    ['hotjar.com', new Set(['analytics'])],
    ['pubmatic.com', new Set(['targeting'])],
  ]);

  it('drops a generated host that contradicts the curated rules for its registrable domain, keeps one that agrees', () => {
    const groups = [
      ['Beamer', 'targeting', ['hotjar.com', 'getbeamer.com']],
      ['Hotjar', 'analytics', ['insights.hotjar.com']],
      ['PubMatic', 'analytics', ['simage2.pubmatic.com']],
    ];
    expect(withoutCuratedDomains(groups, curated)).toEqual([
      ['Beamer', 'targeting', ['getbeamer.com']],
      ['Hotjar', 'analytics', ['insights.hotjar.com']],
    ]);
  });

  it('drops hosts on domains that serve unrelated services (a reCAPTCHA script is not an ad)', () => {
    expect(withoutCuratedDomains([['Google', 'targeting', ['www.google.com', 'gstatic.com', 'doubleclick.net']]], curated)).toEqual([
      ['Google', 'targeting', ['doubleclick.net']],
    ]);
  });
});
