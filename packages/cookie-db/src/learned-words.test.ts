import { describe, expect, it } from 'vitest';
import { buildRuleSet } from './build-rule-set';
import { classifyCookie } from './classify-cookie';
import { LEARNED_WORDS } from './generated/learned-words';
import { HEURISTIC_WORDS } from './heuristic-rules';
import { COOKIE_RULES } from './rules';

// Learned words (scripts/train-name-model.mjs, written by `pnpm generate:cookie-db`) join the hand-written tracking
// words: docs/cookie-classification.md, "Learned words".
describe('learned words', () => {
  const handWritten = new Set(HEURISTIC_WORDS.flatMap(([, , words]) => words.map((w) => w.toLowerCase())));
  const learned = LEARNED_WORDS.flatMap(([, category, words]) => words.map((word) => [word, category] as const)).filter(([word]) => !handWritten.has(word));

  it('are shipped among the tracking words, never as necessary', () => {
    expect(learned.length).toBeGreaterThan(20);
    const width = COOKIE_RULES.categories.length;
    for (const [word, category] of learned) {
      expect(category, word).not.toBe('necessary');
      const value = COOKIE_RULES.heuristics!.words[word];
      expect(value === undefined ? undefined : COOKIE_RULES.categories[value % width], word).toBe(category);
    }
  });

  it("leave a site's own state cookies unknown: no everyday word is learned (scripts/train-name-model.mjs SITE_STATE_WORDS)", () => {
    for (const name of ['popup_seen', 'usr_token', 'geo_store', 'newsletter_optin', 'page_load', 'cart_group', 'promo_bounce']) {
      expect(classifyCookie(name), name).toBeUndefined();
    }
  });

  it('classify a name no rule knows by such a word, as a tracking word', () => {
    const [word, category] = learned[0]!;
    const name = `zq_${word}_flag`;
    expect(classifyCookie(name)).toEqual({ category });
    expect(classifyCookie.explain(name).evidence).toEqual([{ signal: 'tracking-word', category, weight: 2 }]);
  });
});

describe('buildRuleSet: learned words', () => {
  const build = (learnedGroups: Parameters<typeof buildRuleSet>[0]['heuristics']) =>
    buildRuleSet({ curated: [], imported: [], ocd: { vendors: [], rules: {} }, hosts: [], heuristics: learnedGroups });

  it('adds them to the tracking words, lowercase, after the hand-written ones (which keep their category)', () => {
    const rules = build({
      prefixes: [],
      words: [['', 'analytics', ['survey']]],
      learned: [
        ['', 'targeting', ['survey', 'RTB']],
        ['', 'functional', ['wishlist']],
      ],
    });
    const category = (word: string) => COOKIE_RULES.categories[rules.heuristics!.words[word]! % 4];
    expect(Object.keys(rules.heuristics!.words).sort()).toEqual(['rtb', 'survey', 'wishlist']);
    expect([category('survey'), category('rtb'), category('wishlist')]).toEqual(['analytics', 'targeting', 'functional']);
  });

  it('drops a learned word that says necessary', () => {
    const rules = build({ prefixes: [], words: [], learned: [['', 'necessary', ['csrf']]] });
    expect(rules.heuristics!.words).toEqual({});
  });
});

describe('buildRuleSet: imported rules', () => {
  it('gives no vendor index to an import whose every pattern is left out (so no unused vendor name is carried)', () => {
    const rules = buildRuleSet({
      curated: [['Kept', 'analytics', ['a_one']]],
      imported: [
        ['Shadowed by curated', 'analytics', ['a_one']],
        ['Less invasive than the OCD', 'analytics', ['ocd_name']],
      ],
      ocd: { vendors: ['OCD'], rules: { ocd_name: 0 * 4 + 2 } },
      hosts: [],
    });
    expect(rules.vendors).toEqual(['OCD', 'Kept']);
    expect(rules.tiers[1]).toEqual({});
  });
});
