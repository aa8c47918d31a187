// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { categoryOfTechnology, hasIdentifierWord, hostFromScriptSrc, rulesFromWappalyzer } from './import-wappalyzer.mjs';

/** Wappalyzer's categories.json format (id → { name, groups, priority }), trimmed to what the import reads. */
const categories = {
  1: { groups: [3], name: 'CMS', priority: 1 },
  6: { groups: [1], name: 'Ecommerce', priority: 1 },
  10: { groups: [8], name: 'Analytics', priority: 9 },
  19: { groups: [6], name: 'Miscellaneous', priority: 10 },
  29: { groups: [3], name: 'Search engines', priority: 4 },
  36: { groups: [2], name: 'Advertising', priority: 9 },
  52: { groups: [4, 16], name: 'Live chat', priority: 9 },
  74: { groups: [8], name: 'A/B Testing', priority: 9 },
  76: { groups: [2], name: 'Personalisation', priority: 9 },
};

/** Technologies in the format of technologies/<letter>.json: cookie name → value pattern (`\;confidence:`, `\;version:`). */
const technologies = {
  ShopCMS: {
    cats: [1, 6],
    cookies: {
      shopcms_session: '',
      shopcms_csrf: '\\;version:2',
      SHOPCMS_GUEST_ID: '',
      shopcms_analytics: '',
      frontend: '\\;confidence:50',
      Domain: '\\.shopcms\\.example',
    },
    scriptSrc: ['/shopcms/js/core\\.js'],
  },
  AdNet: {
    cats: [36],
    cookies: { adn_uid: '', 'adn_seg_*': '' },
    scriptSrc: ['^https?://tags\\.adnet\\.example/pixel\\.js', 'cdn\\.jsdelivr\\.net/npm/adnet'],
  },
  StatsCo: { cats: [10, 1], cookies: { stco_id: '^[\\d]+$' }, scriptSrc: '\\.statsco\\.example/(?:s|t)\\.js\\;version:\\1' },
  Chatty: { cats: [52], cookies: { chatty_state: '' }, scriptSrc: ['widget\\.chatty\\.example/'] },
  HelpDesk: { cats: [1, 52], cookies: { helpdesk_session: '' } },
  Searchy: { cats: [29], cookies: { searchy_user: '' }, scriptSrc: ['searchy\\.example/'] },
  Personal: {
    cats: [76, 74],
    cookies: { 'mybb[lastvisit]': '', prs_usr: '' },
    scriptSrc: ['tags\\.adnet\\.example/other', 'personal\\.js', 'cdn\\.personal\\.\\w+/'],
  },
};

describe('categoryOfTechnology', () => {
  const names = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, c.name]));
  it('gives the most invasive tracking category, necessary only when every category is a platform one, else nothing', () => {
    expect(categoryOfTechnology([36], names)).toBe('targeting');
    expect(categoryOfTechnology([10, 1], names)).toBe('analytics');
    expect(categoryOfTechnology([74, 76], names)).toBe('targeting');
    expect(categoryOfTechnology([52], names)).toBe('functional');
    expect(categoryOfTechnology([1, 6], names)).toBe('necessary');
    expect(categoryOfTechnology([1, 19], names)).toBeUndefined(); // a platform that is also something unmapped
    expect(categoryOfTechnology([1, 52], names)).toBeUndefined(); // a platform that is also a chat widget
    expect(categoryOfTechnology([29], names)).toBeUndefined();
    expect(categoryOfTechnology([], names)).toBeUndefined();
    expect(categoryOfTechnology(undefined, names)).toBeUndefined();
  });
});

describe('hostFromScriptSrc', () => {
  it('reads the literal host a scriptSrc pattern starts with, and nothing from paths, file names or wildcards', () => {
    expect(hostFromScriptSrc('^https?://tags\\.adnet\\.example/pixel\\.js')).toBe('tags.adnet.example');
    expect(hostFromScriptSrc('\\.statsco\\.example/(?:s|t)\\.js\\;version:\\1')).toBe('statsco.example');
    expect(hostFromScriptSrc('//embed\\.tawk\\.to')).toBe('embed.tawk.to');
    expect(hostFromScriptSrc('/shopcms/js/core\\.js')).toBeUndefined();
    expect(hostFromScriptSrc('personal\\.js')).toBeUndefined();
    expect(hostFromScriptSrc('cdn\\.personal\\.\\w+/')).toBeUndefined();
    expect(hostFromScriptSrc('optimizely\\.com.*\\.js')).toBeUndefined();
    expect(hostFromScriptSrc(undefined)).toBeUndefined();
  });
});

describe('rulesFromWappalyzer', () => {
  const isTrackingName = (name) => /analytics|pixel/i.test(name);
  it('maps categories, keeps platform cookies as necessary only without tracking or identifier vocabulary, and skips what cannot be a rule', () => {
    const { rules, stats } = rulesFromWappalyzer({ technologies, categories }, { isTrackingName });
    expect(rules).toEqual([
      ['AdNet', 'targeting', ['adn_seg_*', 'adn_uid']],
      ['Chatty', 'functional', ['chatty_state']],
      ['Personal', 'targeting', ['prs_usr']],
      ['ShopCMS', 'necessary', ['shopcms_csrf', 'shopcms_session']],
      ['StatsCo', 'analytics', ['stco_id']],
    ]);
    expect(stats).toMatchObject({
      technologies: 7,
      withCookies: 7,
      cookies: 14,
      kept: 7,
      necessary: 2,
      noCategory: 2,
      lowConfidence: 1,
      badName: 2,
      trackingName: 2,
    });
  });

  it('gives no necessary rule for a name another tier classifies otherwise', () => {
    const { rules, stats } = rulesFromWappalyzer({ technologies, categories }, { isTrackingName, isClassified: (name) => name === 'shopcms_csrf' });
    expect(rules.find(([vendor]) => vendor === 'ShopCMS')).toEqual(['ShopCMS', 'necessary', ['shopcms_session']]);
    expect(stats.classified).toBe(1);
  });

  it('takes setter hosts only from tracking and feature technologies, never from a host two technologies name or a shared CDN', () => {
    const { hosts } = rulesFromWappalyzer({ technologies, categories });
    expect(hosts).toEqual([
      ['Chatty', 'functional', ['widget.chatty.example']],
      ['StatsCo', 'analytics', ['statsco.example']],
    ]);
    expect(hosts.every(([, category]) => category !== 'necessary')).toBe(true);
  });

  it('ignores malformed technologies instead of throwing', () => {
    expect(rulesFromWappalyzer({ technologies: { a: null, b: { cats: 'x', cookies: 'y' }, c: {} }, categories: {} }).rules).toEqual([]);
    expect(rulesFromWappalyzer({}).rules).toEqual([]);
  });
});

describe('hasIdentifierWord', () => {
  it('finds visitor-id and attribution vocabulary: long words anywhere, short ones as words', () => {
    expect(hasIdentifierWord('BITRIX_SM_GUEST_ID')).toBe(true);
    expect(hasIdentifierWord('3dvisit')).toBe(true);
    expect(hasIdentifierWord('sale_uid')).toBe(true);
    expect(hasIdentifierWord('fluid_layout')).toBe(false);
    expect(hasIdentifierWord('shop_session')).toBe(false);
  });
});
