// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CDNS, scriptTag, sriHash } from './print-script-tag.mjs';
import { scriptTagFiles } from './script-tag-archive.mjs';

describe('print-script-tag', () => {
  it('hashes with sha384 in the integrity format (FIPS 180-2 test vector "abc")', () => {
    expect(sriHash(Buffer.from('abc'))).toBe('sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn');
  });

  it('prints one line with the pinned CDN URL, the hash, CORS mode and the config block', () => {
    const tag = scriptTag(CDNS.jsdelivr('1.2.3'), Buffer.from('abc'));
    expect(tag).toBe(
      '<script src="https://cdn.jsdelivr.net/npm/consentkit@1.2.3/dist/consentkit.min.js" integrity="sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn" crossorigin="anonymous" data-config="#consentkit-config"></script>',
    );
    expect(CDNS.unpkg('1.2.3')).toBe('https://unpkg.com/consentkit@1.2.3/dist/consentkit.min.js');
  });
});

describe('script-tag-archive', () => {
  it('takes the script-tag files and languages, not the npm modules or declarations', () => {
    const dist = [
      'consentkit.min.js',
      'consentkit.min.js.map',
      'consentkit-ui.js',
      'consentkit-ui.js.map',
      'consentkit-cookie-db.js',
      'consentkit-gpp.js',
      'i18n/de.json',
      'i18n/pt-BR.json',
      'index.js',
      'index.d.ts',
      'init.js',
      'consent-kit.js',
      'consent-kit.d.ts',
    ];
    expect(scriptTagFiles(dist)).toEqual([
      'consentkit-cookie-db.js',
      'consentkit-gpp.js',
      'consentkit-ui.js',
      'consentkit-ui.js.map',
      'consentkit.min.js',
      'consentkit.min.js.map',
      'i18n/de.json',
      'i18n/pt-BR.json',
    ]);
  });
});
