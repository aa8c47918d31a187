import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findChromium } from './find-chromium';

// `process.execPath` (node) stands in for an executable file that certainly exists.
const EXISTING = process.execPath;

describe('findChromium', () => {
  it('uses --chromium when it points at an executable', () => {
    expect(findChromium(EXISTING, null, {}, [])).toBe(EXISTING);
  });

  it('fails with the path in the message when --chromium points nowhere', () => {
    expect(() => findChromium('/nope/chromium', null, {}, [])).toThrow('--chromium /nope/chromium: no executable file there');
  });

  it('refuses a folder or a file without an execute bit as --chromium', () => {
    expect(() => findChromium(tmpdir(), null, {}, [])).toThrow(`--chromium ${tmpdir()}: no executable file there`);
    const plain = join(mkdtempSync(join(tmpdir(), 'ck-chromium-')), 'chromium');
    writeFileSync(plain, '', { mode: 0o644 });
    expect(() => findChromium(plain, null, {}, [])).toThrow('no executable file there');
  });

  it('prefers CHROMIUM_PATH, then the system paths, then Playwright’s build', () => {
    expect(findChromium(null, null, { CHROMIUM_PATH: EXISTING }, ['/nope'])).toBe(EXISTING);
    expect(findChromium(null, '/nope/pw', {}, ['/nope', EXISTING])).toBe(EXISTING);
    expect(findChromium(null, EXISTING, {}, ['/nope'])).toBe(EXISTING);
  });

  it('names both ways to install one when none is found', () => {
    expect(() => findChromium(null, '/nope/pw', {}, ['/nope'])).toThrow(BrowserNotFoundError);
    expect(() => findChromium(null, null, {}, [])).toThrow(/apt-get install chromium.*npx playwright install chromium.*--chromium PATH/);
  });
});
