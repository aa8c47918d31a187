// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadTarteaucitronServices, rulesFromTarteaucitronServices } from './import-tarteaucitron.mjs';

/** A catalogue in tarteaucitron.services.js's own format: services assigned onto a global `tarteaucitron`. */
const CATALOGUE = `
tarteaucitron.services.adnet = {
  "key": "adnet", "type": "ads", "name": "AdNet (retargeting)", "uri": "https://adnet.example/privacy",
  "needConsent": true, "cookies": ['adn_uid', 'adn_{id}_seen'],
  "js": function () { "use strict"; tarteaucitron.addScript('https://tags.adnet.example/pixel.js'); }
};
tarteaucitron.services.adnetconv = {
  "key": "adnetconv", "type": "ads", "name": "AdNet (conversion)", "needConsent": true, "cookies": ['adn_conv'],
  "js": function () { tarteaucitron.addScript('//tags.adnet.example/conv.js'); tarteaucitron.addScript('https://cdn.jsdelivr.net/npm/lib.js'); }
};
tarteaucitron.services.stats = {
  "key": "stats", "type": "analytic", "name": "Stats", "needConsent": true, "cookies": ['st_id'],
  "js": function () { tarteaucitron.addScript('https://cdn.stats.example/s.js'); }
};
tarteaucitron.services.chat = {
  "key": "chat", "type": "support", "name": "Chatty", "needConsent": true, "cookies": ['chatty_state'],
  "js": function () { tarteaucitron.addScript('https://widget.chatty.example/w.js'); }
};
tarteaucitron.services.fonts = {
  "key": "fonts", "type": "api", "name": "Fonts", "needConsent": true, "cookies": ['fonts_pref'],
  "js": function () { tarteaucitron.addScript('https://fonts.example/f.js'); }
};
tarteaucitron.services.exempt = {
  "key": "exempt", "type": "analytic", "name": "Exempt stats", "needConsent": false, "cookies": ['ex_id'],
  "js": function () { tarteaucitron.addScript('https://exempt.example/e.js'); }
};
tarteaucitron.services.shared = {
  "key": "shared", "type": "social", "name": "Sharer", "needConsent": true, "cookies": [],
  "js": function () { tarteaucitron.addScript('https://cdn.stats.example/share.js'); }
};
`;

describe('loadTarteaucitronServices', () => {
  it('evaluates the catalogue with a stub global and never runs a loader', () => {
    const services = loadTarteaucitronServices(CATALOGUE);
    expect(Object.keys(services)).toEqual(['adnet', 'adnetconv', 'stats', 'chat', 'fonts', 'exempt', 'shared']);
  });
});

describe('rulesFromTarteaucitronServices', () => {
  const { rules, hosts, stats } = rulesFromTarteaucitronServices(loadTarteaucitronServices(CATALOGUE));

  it('maps service types to categories and merges a vendor’s variants (ads → targeting, analytic → analytics, support → functional)', () => {
    expect(rules).toEqual([
      ['AdNet', 'targeting', ['adn_#_seen', 'adn_conv', 'adn_uid']],
      ['Chatty', 'functional', ['chatty_state']],
      ['Stats', 'analytics', ['st_id']],
    ]);
  });

  it('gives no rule for mixed-purpose types (api) or services declared as needing no consent — never necessary', () => {
    const names = rules.flatMap(([, , patterns]) => patterns);
    expect(names).not.toContain('fonts_pref');
    expect(names).not.toContain('ex_id');
    expect(rules.some(([, category]) => category === 'necessary')).toBe(false);
    expect(stats).toMatchObject({ services: 7, cookies: 7, kept: 5, noCategory: 2 });
  });

  it('takes setter hosts from the loaders, without public CDNs or hosts that two vendors use', () => {
    expect(hosts).toEqual([
      ['AdNet', 'targeting', ['tags.adnet.example']],
      ['Chatty', 'functional', ['widget.chatty.example']],
    ]);
  });
});
