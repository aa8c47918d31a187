import { describe, expect, it } from 'vitest';
import { readGpc } from './gpc';

describe('readGpc', () => {
  it('is true only for navigator.globalPrivacyControl === true', () => {
    expect(readGpc({ globalPrivacyControl: true } as never)).toBe(true);
    for (const value of [false, undefined, '1', 1, 'true', null]) {
      expect(readGpc({ globalPrivacyControl: value } as never)).toBe(false);
    }
    expect(readGpc(undefined)).toBe(false);
  });

  it('treats a throwing getter as no signal', () => {
    const nav = Object.defineProperty({}, 'globalPrivacyControl', {
      get() {
        throw new Error('hostile');
      },
    });
    expect(readGpc(nav)).toBe(false);
  });
});
