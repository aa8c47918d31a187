import { describe, expect, it } from 'vitest';
import { classifyCookie } from './classify-cookie';
import { COOKIE_RULES } from './rules';

const UUID = '8f14e45f-ceea-467a-9f5e-5b3f1c0c2a11';
const YEAR = 365 * 24 * 3600;

describe('classifyCookie(name, setterHost, signals)', () => {
  it('classifies an unknown name from the ad host of the script that wrote it (imported host rules)', () => {
    expect(classifyCookie('zq_session_marker')).toBeUndefined();
    // track.adform.net comes from the tarteaucitron.js catalogue (Adform service loader).
    expect(classifyCookie('zq_session_marker', 'track.adform.net')).toEqual({ category: 'targeting', vendor: 'Adform' });
    expect(classifyCookie('zq_session_marker', 'https://track.adform.net/serving/scripts/trackpoint3.js')?.category).toBe('targeting');
  });

  it('keeps a documented name rule whatever the signals say', () => {
    expect(classifyCookie('_ga', undefined, { httpOnly: true, thirdParty: false, maxAgeSeconds: null, value: '1' })).toEqual({
      category: 'analytics',
      vendor: 'Google Analytics',
    });
    expect(classifyCookie('consentkit', 'connect.facebook.net')?.category).toBe('necessary');
  });

  it('uses the write attributes and the value shape for a name nothing knows', () => {
    expect(classifyCookie('zq_x', undefined, { thirdParty: true, maxAgeSeconds: YEAR, value: UUID })?.category).toBe('targeting');
    expect(classifyCookie('zq_x', undefined, { maxAgeSeconds: YEAR, value: UUID })).toBeUndefined();
  });

  it('says necessary only on the named evidence: a consent-storage name, or an HttpOnly session name set first party', () => {
    expect(classifyCookie('zq_cookie_consent')?.category).toBe('necessary');
    expect(classifyCookie('zq_sess')).toBeUndefined();
    expect(classifyCookie('zq_sess', undefined, { httpOnly: true })?.category).toBe('necessary');
    expect(classifyCookie('zq_sess', undefined, { httpOnly: true, thirdParty: true })).toBeUndefined();
  });

  it('knows consent tools’ storage cookies from the autoconsent import', () => {
    expect(classifyCookie('cmplz_banner-status')?.category).toBe('necessary');
  });

  it('lets a tracking vendor’s script outvote a generated necessary label', () => {
    const [, , ocd] = COOKIE_RULES.tiers as Record<string, number>[];
    const necessaryOcdName = Object.entries(ocd!).find(
      ([p, v]) => v % 4 === 0 && !p.includes('*') && p.length > 3 && classifyCookie(p)?.category === 'necessary',
    )![0];
    expect(classifyCookie(necessaryOcdName)?.category).toBe('necessary');
    expect(classifyCookie(necessaryOcdName, 'connect.facebook.net')?.category).toBe('targeting');
  });

  it('explains its answer', () => {
    expect(classifyCookie.explain('zq_state', 'track.adform.net').evidence).toEqual([{ signal: 'setter-host', category: 'targeting', weight: 3 }]);
    expect(classifyCookie.explain('_ga').evidence[0]?.signal).toBe('name-rule');
    expect(classifyCookie.explain('', undefined)).toEqual({ result: undefined, evidence: [] });
  });

  it('ignores signals of the wrong shape instead of throwing', () => {
    for (const signals of [null, 42, 'x', { maxAgeSeconds: 'forever' }, { value: 42 }, { path: 7 }]) {
      expect(() => classifyCookie('zq_x', undefined, signals as never)).not.toThrow();
      expect(classifyCookie('zq_x', undefined, signals as never)).toBeUndefined();
    }
  });
});
