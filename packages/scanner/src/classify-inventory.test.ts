import { describe, expect, it } from 'vitest';
import { classifyInventory } from './classify-inventory';
import type { PassObservation, RawCookie } from './types';

const SITE = 'https://shop.example/';
const cookie = (name: string, domain: string, extra: Partial<RawCookie> = {}): RawCookie => ({
  name,
  domain,
  path: '/',
  expires: -1,
  size: name.length + 10,
  httpOnly: false,
  secure: true,
  sameSite: 'Lax',
  ...extra,
});
const observe = (pass: PassObservation['pass'], rest: Partial<PassObservation> = {}): PassObservation => ({
  pass,
  pageUrl: SITE,
  cookies: [],
  requests: [],
  storage: [],
  ...rest,
});

describe('classifyInventory', () => {
  it('classifies cookies with the cookie database and splits first from third party', () => {
    const { cookies } = classifyInventory(SITE, [
      observe('accept', {
        cookies: [cookie('_ga', '.shop.example', { expires: 1_900_000_000.4 }), cookie('IDE', '.doubleclick.net'), cookie('cart_token_v2', 'shop.example')],
      }),
    ]);
    expect(cookies.map((c) => [c.name, c.category, c.vendor, c.thirdParty, c.expires])).toEqual([
      ['_ga', 'analytics', 'Google Analytics', false, 1_900_000_000],
      ['IDE', 'targeting', 'Google DoubleClick', true, null],
      // Unknown stays unknown: listed for the owner, never guessed.
      ['cart_token_v2', null, null, false, null],
    ]);
  });

  it('lists a cookie once per pass, with the first page that showed it', () => {
    const { cookies } = classifyInventory(SITE, [
      observe('before', { cookies: [cookie('_ga', '.shop.example')] }),
      observe('before', { pageUrl: 'https://shop.example/b', cookies: [cookie('_ga', '.shop.example')] }),
      observe('accept', { cookies: [cookie('_ga', '.shop.example')] }),
    ]);
    expect(cookies.map((c) => [c.pass, c.pageUrl])).toEqual([
      ['before', SITE],
      ['accept', SITE],
    ]);
  });

  it('keeps third-party and tracker requests, classified by the tracker-host table', () => {
    const { requests } = classifyInventory(SITE, [
      observe('before', {
        requests: [
          { url: 'https://shop.example/app.js', type: 'script', initiator: null },
          { url: 'https://fonts.example.net/a.woff2', type: 'font', initiator: SITE },
          { url: 'https://www.google-analytics.com/g/collect', type: 'fetch', initiator: SITE },
          { url: 'data:image/png;base64,AA==', type: 'image', initiator: null },
        ],
      }),
    ]);
    expect(requests.map((r) => [r.host, r.type, r.thirdParty, r.category])).toEqual([
      ['fonts.example.net', 'font', true, null],
      ['www.google-analytics.com', 'fetch', true, 'analytics'],
    ]);
  });

  it('finds leaks before any choice and after reject all, never in the accept pass or for unknown items', () => {
    const { leaks } = classifyInventory(SITE, [
      observe('before', {
        cookies: [cookie('consentkit', 'shop.example'), cookie('_fbp', '.shop.example'), cookie('mystery', 'shop.example')],
        requests: [{ url: 'https://connect.facebook.net/en_US/fbevents.js', type: 'script', initiator: null }],
        storage: [{ key: '_hjSessionUser_1', area: 'local' }],
      }),
      observe('accept', { cookies: [cookie('_ga', '.shop.example')] }),
      observe('reject', { pageUrl: 'https://shop.example/b', cookies: [cookie('_gid', '.shop.example')] }),
    ]);
    expect(leaks).toEqual([
      { kind: 'cookie', name: '_fbp', category: 'targeting', pass: 'before', pageUrl: SITE },
      { kind: 'request', name: 'connect.facebook.net', category: 'targeting', pass: 'before', pageUrl: SITE },
      { kind: 'storage', name: '_hjSessionUser_1', category: 'analytics', pass: 'before', pageUrl: SITE },
      { kind: 'cookie', name: '_gid', category: 'analytics', pass: 'reject', pageUrl: 'https://shop.example/b' },
    ]);
  });

  describe('passes every signal it has to the cookie database', () => {
    const NOW = 1_800_000_000;
    const TWO_YEARS = 2 * 365 * 24 * 3600;
    const classifyOne = (c: RawCookie) => classifyInventory(SITE, [observe('before', { cookies: [c] })], NOW).cookies[0]!;

    it('a session id the site’s own server set HttpOnly is necessary; the same name set by a script stays unknown', () => {
      expect(classifyOne(cookie('shopapp_session', 'shop.example', { httpOnly: true })).category).toBe('necessary');
      expect(classifyOne(cookie('shopapp_session', 'shop.example')).category).toBeNull();
    });

    it('a long-lived id of another site is targeting, by its lifetime, value and third-party domain', () => {
      const id = cookie('xk_ref', '.unknown-network.example', { expires: NOW + TWO_YEARS, value: '8f14e45f-ceea-467a-9f5e-5b3f1c0c2a11' });
      expect(classifyOne(id).category).toBe('targeting');
      // The same cookie as a session flag says nothing.
      expect(classifyOne({ ...id, expires: -1, value: '1' }).category).toBeNull();
    });

    it('a first-party cookie with an unknown name is classified from the known vendor script that wrote it', () => {
      const written = cookie('tag_state_x', '.shop.example', { setBy: 'https://connect.facebook.net/en_US/fbevents.js' });
      expect([classifyOne(written).category, classifyOne(written).vendor]).toEqual(['targeting', 'Meta']);
      // Without the setter the name alone is unknown; a setter that is the site itself says nothing either.
      expect(classifyOne(cookie('tag_state_x', '.shop.example')).category).toBeNull();
      expect(classifyOne(cookie('tag_state_x', '.shop.example', { setBy: 'https://shop.example/app.js' })).category).toBeNull();
    });

    it('never writes the value to the report', () => {
      const listed = classifyOne(cookie('xk_ref', 'shop.example', { value: 'secret-value-123' }));
      expect(JSON.stringify(listed)).not.toContain('secret-value-123');
      expect(listed).not.toHaveProperty('setBy');
    });
  });
});
