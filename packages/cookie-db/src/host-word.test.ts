import { describe, expect, it } from 'vitest';
import { createClassifier } from './create-classifier';
import type { CookieRuleSet } from './types';

// Value = vendor index × 4 + category index in [necessary, analytics, targeting, functional].
const RULES: CookieRuleSet = {
  version: 1,
  categories: ['necessary', 'analytics', 'targeting', 'functional'],
  // Vendor 2 is the unnamed vendor of the word heuristics.
  vendors: ['Ad Vendor', 'OCD Vendor', ''],
  tiers: [{}, { site_flag: 1 * 4 + 0 }],
  hosts: { 'ads.known.example': 0 * 4 + 2 },
  heuristics: { prefixes: {}, words: { ads: 2 * 4 + 2, analytics: 2 * 4 + 1, chat: 2 * 4 + 3 } },
};
const classify = createClassifier(RULES);

describe('tracking-word of the setter host (a host no rule knows, a name without words of its own)', () => {
  it('takes the tracking vocabulary of the host name', () => {
    expect(classify('zq_state')).toBeUndefined();
    expect(classify('zq_state', 'cdn.example.org')).toBeUndefined();
    expect(classify('zq_state', 'analytics.example.org')).toEqual({ category: 'analytics' });
    expect(classify('zq_state', 'https://ads.example.net/tag.js?x=1')).toEqual({ category: 'targeting' });
    expect(classify('zq_state', 'chat-widget.example.com')).toEqual({ category: 'functional' });
    expect(classify.explain('zq_state', 'ads.example.net').evidence).toEqual([{ signal: 'tracking-word', category: 'targeting', weight: 2 }]);
  });

  it('yields to a host rule and to the words of the name itself', () => {
    expect(classify('zq_state', 'ads.known.example')).toEqual({ category: 'targeting', vendor: 'Ad Vendor' });
    expect(classify('zq_chat', 'analytics.example.org')).toEqual({ category: 'functional' });
  });

  it('blocks a consent-storage name and outweighs nothing it should not: a generated necessary label ties (unknown)', () => {
    expect(classify('zq_cookie_consent')).toEqual({ category: 'necessary' });
    expect(classify('zq_cookie_consent', 'ads.example.net')).toEqual({ category: 'targeting' });
    expect(classify('site_flag')).toEqual({ category: 'necessary', vendor: 'OCD Vendor' });
    expect(classify('site_flag', 'analytics.example.org')).toBeUndefined();
  });

  it('gives the same answers however many setters a page has (the per-setter cache is bounded)', () => {
    for (let i = 0; i < 600; i++) expect(classify('zq_state', `https://s${i}.analytics.example.org/a.js?cb=${i}`)?.category).toBe('analytics');
    expect(classify('zq_state', 'ads.known.example')).toEqual({ category: 'targeting', vendor: 'Ad Vendor' });
    expect(classify('zq_state', 'analytics.example.org')).toEqual({ category: 'analytics' });
    expect(classify('zq_state', 42 as unknown as string)).toBeUndefined();
  });
});
