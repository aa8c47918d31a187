// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countWords, examplesFrom, guessFromWords, nameWords, selectWords, SITE_STATE_WORDS, trainLearnedWords, vendorGroup } from './train-name-model.mjs';

const CATEGORIES = ['necessary', 'analytics', 'targeting', 'functional'];
const example = (name, vendor, category) => ({ name, words: nameWords(name), vendor, category });

describe('nameWords', () => {
  it('splits as the classifier does: separators, digits and case changes; lowercase; one-letter runs dropped', () => {
    expect(nameWords('kampyleUserSession_42')).toEqual(['kampyle', 'user', 'session']);
    expect(nameWords('_ga_3K8Z2QW7LM')).toEqual(['ga', 'qw', 'lm']);
    expect(nameWords('ELQ_STATUS')).toEqual(['elq', 'status']);
  });
});

describe('selectWords', () => {
  const counts = countWords(
    [
      example('x_rtb', 'Alpha Ads', 'targeting'),
      example('rtb_uid', 'Beta', 'targeting'),
      example('rtb_more', 'Beta', 'targeting'), // the same vendor twice counts once
      example('only_mine', 'Gamma', 'analytics'),
      example('csrf_x', 'Delta', 'necessary'),
      example('csrf_y', 'Epsilon', 'necessary'),
      example('mixed_a', 'Zeta', 'analytics'),
      example('mixed_b', 'Eta', 'targeting'),
    ],
    CATEGORIES,
  );

  it('counts distinct vendors per category', () => {
    expect(counts.get('rtb')).toEqual([0, 0, 2, 0]);
  });

  it('learns a word enough vendors use mostly in one non-necessary category; never a necessary one, a one-vendor word or a mixed word', () => {
    expect(selectWords(counts, CATEGORIES, { minLength: 2, support: 2, purity: 0.8 })).toEqual({ rtb: 'targeting' });
    expect(selectWords(counts, CATEGORIES, { minLength: 4, support: 2, purity: 0.8 })).toEqual({});
    expect(selectWords(counts, CATEGORIES, { minLength: 2, support: 3, purity: 0.8 })).toEqual({});
  });

  it("never learns a word a site's own cookies use for their state, however many vendors use it for tracking", () => {
    const vendors = ['Alpha Ads', 'Beta', 'Gamma', 'Delta', 'Epsilon'];
    const seen = countWords(
      vendors.flatMap((vendor) => [example('x_seen', vendor, 'targeting'), example('px_usr', vendor, 'targeting'), example('x_rtb', vendor, 'targeting')]),
      CATEGORIES,
    );
    expect(SITE_STATE_WORDS.has('seen') && SITE_STATE_WORDS.has('usr')).toBe(true);
    expect(selectWords(seen, CATEGORIES, { minLength: 3, support: 2, purity: 0.75 })).toEqual({ rtb: 'targeting' });
  });

  it('guesses the most invasive learned word of a name, as the classifier does', () => {
    const learned = { rtb: 'targeting', survey: 'analytics' };
    expect(guessFromWords(learned, example('survey_rtb', 'V', 'targeting'))).toBe('targeting');
    expect(guessFromWords(learned, example('plain_name', 'V', 'targeting'))).toBeUndefined();
  });
});

describe('trainLearnedWords', () => {
  it('cross-validates on vendor groups and learns from every example in the end', () => {
    // 40 vendors use "rtb" for targeting cookies, 40 use "sess" for necessary ones.
    const examples = [];
    for (let i = 0; i < 40; i++) {
      examples.push(example(`v${i}_rtb`, `AdVendor${String.fromCharCode(97 + (i % 26))}${i} Inc`, 'targeting'));
      examples.push(example(`v${i}_sess`, `Platform${i}`, 'necessary'));
    }
    const { learned, chosen, table } = trainLearnedWords(examples, CATEGORIES);
    expect(learned).toEqual({ rtb: 'targeting' });
    expect(table.length).toBeGreaterThan(1);
    // Every held-out answer was right, so the setting with the most answers (the loosest) is chosen.
    expect(chosen.answered).toBeGreaterThan(0);
    expect(chosen.needsConsent / chosen.answered).toBe(1);
  });

  it('picks no setting (learns nothing) when no setting reaches the precision target on held-out vendors', () => {
    // "ref" means targeting for some vendors and necessary for as many others: answers are half wrong.
    const examples = [];
    for (let i = 0; i < 30; i++) examples.push(example(`a${i}_ref`, `Vendor${i}`, i % 2 ? 'targeting' : 'necessary'));
    for (let i = 0; i < 30; i++) examples.push(example(`b${i}_ref_x`, `Other${i}`, i % 2 ? 'targeting' : 'necessary'));
    expect(trainLearnedWords(examples, CATEGORIES).learned).toEqual({});
  });

  it('groups a company’s products together (first word of the vendor name)', () => {
    expect(vendorGroup('Google Analytics')).toBe(vendorGroup('Google Ads'));
    expect(vendorGroup('Hotjar')).not.toBe(vendorGroup('Google Ads'));
  });

  it('reads labelled examples from rule data', () => {
    const rules = { categories: CATEGORIES, vendors: ['V'], tiers: [{ 'x_rtb_*': 2, '#': 1 }] };
    expect(examplesFrom(rules)).toEqual([{ name: 'x_rtb__', words: ['rtb'], vendor: 'V', category: 'targeting' }]);
  });

  it('leaves out the patterns it is told are not cookie names (a source’s storage-only keys)', () => {
    const rules = { categories: CATEGORIES, vendors: ['V'], tiers: [{ 'x_rtb_*': 2, id_expiry: 2 }] };
    expect(examplesFrom(rules).map((e) => e.name)).toEqual(['x_rtb__', 'id_expiry']);
    expect(examplesFrom(rules, new Set(['id_expiry'])).map((e) => e.name)).toEqual(['x_rtb__']);
  });

  it('learns words of at least 3 letters only: a two-letter word is never learned, however many vendors use it', () => {
    const examples = ['V1', 'V2', 'V3', 'V4', 'V5', 'V6'].flatMap((vendor) => [
      { name: `pl_${vendor}`, words: ['pl'], vendor, category: 'targeting' },
      { name: `rtb_${vendor}`, words: ['rtb'], vendor, category: 'targeting' },
    ]);
    const { learned } = trainLearnedWords(examples, CATEGORIES);
    expect(learned.pl).toBeUndefined();
  });
});
