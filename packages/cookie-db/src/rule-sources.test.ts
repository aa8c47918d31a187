import { describe, expect, it } from 'vitest';
import { classifyCookie } from './classify-cookie';
import { RULE_SOURCES } from './rule-sources';
import { COOKIE_RULES } from './rules';

describe('imported sources (RULE_SOURCES, scripts/import-*.mjs)', () => {
  it('are all under a licence this MIT package can ship: no GPL (Wappalyzer ≥ 6.10.62), no non-commercial data', () => {
    expect(RULE_SOURCES.length).toBeGreaterThanOrEqual(4);
    for (const source of RULE_SOURCES) expect(['MIT', 'Apache-2.0', 'MPL-2.0'], source.package).toContain(source.licence);
    expect(RULE_SOURCES.map((source) => source.package)).toContain('wappalyzer@6.10.47');
  });

  it('never give a necessary setter-host rule, and every host they give reaches the shipped data unless a curated rule has it', () => {
    const width = COOKIE_RULES.categories.length;
    for (const source of RULE_SOURCES) {
      for (const [, category, hosts] of source.hostRules) {
        expect(category, source.name).not.toBe('necessary');
        for (const host of hosts) expect(COOKIE_RULES.hosts[host], host).toBeDefined();
      }
    }
    expect(Object.values(COOKIE_RULES.hosts).every((value) => COOKIE_RULES.categories[value % width] !== 'necessary')).toBe(true);
  });

  it("a platform's own cookie (Wappalyzer: BookStack, a documentation platform) is necessary by name, but weakly: a tracking vendor's script outvotes it", () => {
    expect(classifyCookie('bookstack_session')).toEqual({ category: 'necessary', vendor: 'BookStack' });
    expect(classifyCookie('bookstack_session', 'cdn.ometria.com')?.category).toBe('targeting');
  });

  it("a tracking technology's script host (Wappalyzer scriptSrc) classifies a name nothing knows", () => {
    expect(classifyCookie('zq_state_x', 'cdn.ometria.com')).toEqual({ category: 'targeting', vendor: 'Ometria' });
    expect(classifyCookie('zq_state_x')).toBeUndefined();
  });
});
