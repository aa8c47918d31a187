import { describe, expect, it } from 'vitest';
import { fromCategoryLists } from './category-lists';

describe('fromCategoryLists', () => {
  it('maps every listed entry to its category and freezes the table', () => {
    const table = fromCategoryLists({ analytics: '_ga  _gid\n', targeting: ' _fbp' });
    expect(table).toEqual({ _ga: 'analytics', _gid: 'analytics', _fbp: 'targeting' });
    expect(Object.isFrozen(table)).toBe(true);
  });
});
