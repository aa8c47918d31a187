import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_IDS, isMessageId } from './message-ids';

describe('isMessageId', () => {
  const SITE = ['necessary', 'analytics', 'targeting', 'functional'];

  it("knows the fixed ids and the label and description of each of the site's categories", () => {
    expect(MESSAGE_IDS.size).toBe(34);
    for (const id of ['banner.title', 'banner.acceptAll', 'preferences.save', 'optOut.honored', 'cookieTable.days', 'placeholder.allow'])
      expect(isMessageId(id, SITE)).toBe(true);
    expect(isMessageId('category.functional.label', SITE)).toBe(true);
    expect(isMessageId('category.analytics.description', SITE)).toBe(true);
  });

  it('refuses typos and made-up ids', () => {
    for (const id of [
      'banner.titel',
      'Banner.title',
      'banner',
      'banner.',
      'category.functional',
      'category.Functional.label',
      'category.x.name',
      'category.x.label',
      'category.functionl.label',
      'toString',
      '',
    ]) {
      expect(isMessageId(id, SITE)).toBe(false);
    }
  });

  it('refuses the label of a category the site has not declared', () => {
    expect(isMessageId('category.functional.label', ['necessary', 'analytics', 'targeting'])).toBe(false);
  });
});

describe('MESSAGE_IDS', () => {
  it("are exactly the fixed ids of @consentkit/banner's English dictionary", () => {
    // Read as text: core does not import the UI package.
    const source = readFileSync(join(process.cwd(), 'packages/banner/src/i18n/en.ts'), 'utf8');
    const ids = [...source.matchAll(/^\s*'([\w.]+)':/gm)].map((m) => m[1]!).filter((id) => !id.startsWith('category.'));
    expect(ids.sort()).toEqual([...MESSAGE_IDS].sort());
  });
});
