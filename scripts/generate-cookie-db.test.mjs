// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { withoutUnusedVendors } from './generate-cookie-db.mjs';

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
