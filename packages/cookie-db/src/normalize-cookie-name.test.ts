import { describe, expect, it } from 'vitest';
import { normalizeCookieName } from './normalize-cookie-name';

describe('normalizeCookieName', () => {
  it.each([
    ['_ga_3K8Z2QW7LM', '_ga_#'],
    ['_hjSessionUser_2841975', '_hjSessionUser_#'],
    ['AMP_4d1e5a2b9c', 'AMP_#'],
    ['mp_4f0b8e1d2c3a49f5b6e7d8c9a0b1c2d3_mixpanel', 'mp_#_mixpanel'],
    ['wordpress_logged_in_5f4dcc3b5aa765d61d8327deb882cf99', 'wordpress_logged_in_#'],
    ['intercom-id-x7k2pq9m', 'intercom-id-#'],
    ['_pk_id.12.1a2b', '_pk_id.#.#'],
    ['_gat_UA-48211537-2', '_gat_UA-#-#'],
    ['AMCV_9355F0CC5405D58C0A4C98A1%40AdobeOrg', 'AMCV_#@AdobeOrg'],
    ['ab.storage.deviceId.a1b2c3d4-e5f6-4789-8abc-def012345678', 'ab.storage.deviceId.#'],
    ['_gd1687265433456', '_gd#'],
    ['SSESS4b6a1c8e2f9d0a3b5c7e9f1a2b4c6d8e', 'SSESS#'],
  ])('turns %s into %s', (name, template) => {
    expect(normalizeCookieName(name)).toBe(template);
  });

  it('keeps names without dynamic parts unchanged', () => {
    for (const name of ['_fbp', 'PHPSESSID', 'OptanonConsent', 'cookielawinfo-checkbox-analytics', '_hjAbsoluteSessionInProgress']) {
      expect(normalizeCookieName(name)).toBe(name);
    }
  });

  it('keeps the word in front of a counter', () => {
    expect(normalizeCookieName('lpv918942')).toBe('lpv#');
    expect(normalizeCookieName('KRTBCOOKIE_57')).toBe('KRTBCOOKIE_#');
  });

  it('gives the same template for two sites’ instances of a vendor cookie', () => {
    expect(normalizeCookieName('_hjSession_111')).toBe(normalizeCookieName('_hjSession_9876543'));
    expect(normalizeCookieName('_pk_ses.1.a1b2')).toBe(normalizeCookieName('_pk_ses.27.0f3c'));
  });

  it('decides each alphanumeric run with a digit on its own, wherever it is', () => {
    expect(normalizeCookieName('a1_b2_c3')).toBe('a#_b#_c#'); // short mixed runs: only their digits
    expect(normalizeCookieName('12abc_x')).toBe('#_x'); // a hex run at the start
    expect(normalizeCookieName('x_ab1cd')).toBe('x_#'); // four or more hex characters: an id
    expect(normalizeCookieName('x_zq1rst')).toBe('x_#'); // six or more mixed characters: an id
    expect(normalizeCookieName('x_zq1rs')).toBe('x_zq#rs'); // five: only the digits
    expect(normalizeCookieName('x_zq1rs2345678')).toBe('x_zq#'); // a word, then eight characters from the first digit
    expect(normalizeCookieName('ab%40c1d2e3f4g5')).toBe('ab@c#'); // `%40` decoded first
    expect(normalizeCookieName('id-8f14e45f-ceea-467a-9f5e-5b3f1c0c2a11-end')).toBe('id-#-end'); // no digit left after the UUID
  });

  it('does not throw on odd input', () => {
    expect(normalizeCookieName('')).toBe('');
    expect(normalizeCookieName('%%%')).toBe('%%%');
    expect(normalizeCookieName('9'.repeat(4096))).toBe('#');
  });
});
