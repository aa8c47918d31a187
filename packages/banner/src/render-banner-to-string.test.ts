// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ConsentConfigError } from '@consentkit/core';
import { encodeConsent } from '@consentkit/core/internal';
import type { StoredDecision } from '@consentkit/core';
import { readdirSync } from 'node:fs';
import { de } from './i18n/de';
import { fr } from './i18n/fr';
import { SHIPPED } from './i18n/shipped';
import { renderBannerToString } from './render-banner-to-string';

const config = { policyVersion: '2026-11-01', region: 'FR' };
const DAY = 86_400_000;

function consentCookie(overrides: Partial<StoredDecision> = {}): string {
  return `consentkit=${encodeConsent({
    recordId: '7d3f0c1e-8a4b-4c2d-9e6f-0a1b2c3d4e5f',
    previousRecordId: null,
    subjectId: '1e2d3c4b-5a69-4788-9aab-bccddeeff001',
    timestamp: Date.now() - DAY,
    policyVersion: '2026-11-01',
    regime: 'opt-in',
    region: 'FR',
    method: 'reject-all',
    choices: { necessary: true, analytics: false, targeting: false },
    gpc: false,
    gpcOverride: false,
    decided: true,
    ...overrides,
  } as StoredDecision)}`;
}

describe('renderBannerToString', () => {
  it('renders the first layer in a declarative shadow root, with its styles, on a server (no window)', () => {
    expect(typeof window).toBe('undefined');
    const html = renderBannerToString(config);
    expect(html).toMatch(
      /^<consentkit-banner data-consentkit-ssr><template shadowrootmode="open"><style>[^<]+<\/style><div class="r bottom" lang="en" dir="ltr"><section class="b"/,
    );
    for (const name of ['Accept all', 'Reject all', 'Preferences']) expect(html).toContain(`>${name}</button>`);
    expect(html).toMatch(/<\/template><\/consentkit-banner>$/);
    expect(html).not.toContain('<script');
  });

  it('renders the US opt-out notice, and "Opt-Out Request Honored" when the request sent Sec-GPC', () => {
    const us = { policyVersion: '2026-11-01', region: 'US-CA' };
    expect(renderBannerToString(us)).toContain('Do Not Sell or Share My Personal Information');
    expect(renderBannerToString(us)).not.toContain('Opt-Out Request Honored');
    expect(renderBannerToString(us, { gpc: true })).toContain('Opt-Out Request Honored');
    // A site that does not honour GPC does not claim to.
    expect(renderBannerToString({ ...us, gpc: false }, { gpc: true })).not.toContain('Opt-Out Request Honored');
  });

  it('renders in the requested language, right to left where the script is', () => {
    const html = renderBannerToString(config, { language: 'de-AT', texts: { de } });
    expect(html).toContain('lang="de"');
    expect(html).toContain(`>${de['banner.acceptAll']}</button>`);
    expect(renderBannerToString({ ...config, texts: { ar: { 'banner.title': 'الخصوصية' } } }, { language: 'ar' })).toContain('dir="rtl"');
  });

  it('renders a shipped language it is asked for without being given its dictionary (as the script tag shows it)', () => {
    const html = renderBannerToString(config, { language: 'fr' });
    expect(html).toContain('lang="fr"');
    expect(html).toContain(`>${fr['banner.acceptAll']}</button>`);
    expect(renderBannerToString({ ...config, language: 'fr-CA' })).toContain(`>${fr['banner.rejectAll']}</button>`);
    // The site's own texts still win, and a language without a dictionary is English.
    expect(renderBannerToString({ ...config, texts: { fr: { 'banner.acceptAll': 'OK' } } }, { language: 'fr' })).toContain('>OK</button>');
    expect(renderBannerToString(config, { language: 'fr', texts: { fr: { ...fr, 'banner.title': 'Cookies ?' } } })).toContain('Cookies ?');
    expect(renderBannerToString(config, { language: 'xx' })).toContain('lang="en"');
  });

  it('knows every dictionary file', () => {
    const files = readdirSync(new URL('./i18n', import.meta.url)).filter((f) => /^[a-z]{2,3}(-[a-z0-9]+)?\.ts$/i.test(f) && f !== 'en.ts');
    expect(Object.keys(SHIPPED).sort()).toEqual(files.map((f) => f.slice(0, -3)).sort());
  });

  it.each([
    [{ postion: 'box' }, 'renderBannerToString: options.postion is not an option (options: language, texts, cookie, gpc, nonce, position, theme) (got "box")'],
    [{ position: 'top' }, 'renderBannerToString: options.position must be one of "bottom", "box", "center" (got "top")'],
    [{ language: 42 }, 'renderBannerToString: options.language must be a string (got number)'],
    [{ gpc: 'yes' }, 'renderBannerToString: options.gpc must be a boolean (got "yes")'],
    [{ texts: 'fr' }, 'renderBannerToString: options.texts must be an object (got "fr")'],
    [{ container: {} }, 'renderBannerToString: options.container is not an option'],
    ['fr', 'renderBannerToString: options must be an object (got "fr")'],
  ])('throws a clear error for bad options %j', (options, message) => {
    expect(() => renderBannerToString(config, options as never)).toThrow(TypeError);
    expect(() => renderBannerToString(config, options as never)).toThrow(message);
  });

  it('puts the nonce on its style element and escapes it', () => {
    expect(renderBannerToString(config, { nonce: 'abc"><x' })).toContain('<style nonce="abc&quot;>&lt;x">');
  });

  it('renders nothing for a visitor who already decided under this policy', () => {
    expect(renderBannerToString(config, { cookie: `theme=dark; ${consentCookie()}` })).toBe('');
  });

  it.each([
    ['another policy version', consentCookie({ policyVersion: '2025-01-01' })],
    ['an expired decision', consentCookie({ timestamp: Date.now() - 400 * DAY })],
    ['an undecided (withdrawn) state', consentCookie({ decided: false, method: 'withdraw' })],
    ['a malformed cookie', 'consentkit=1|garbage'],
    ['a cookie of another name', consentCookie().replace(/^consentkit=/, 'consentkit2=')],
  ])('still renders the banner for %s', (_what, cookie) => {
    expect(renderBannerToString(config, { cookie })).toContain('Accept all');
  });

  it('renders nothing where the regime is none', () => {
    expect(renderBannerToString({ ...config, regimes: { FR: 'none' } })).toBe('');
  });

  it('throws the config error for a bad configuration', () => {
    expect(() => renderBannerToString({ policyVersion: '1', region: 'FR', colour: 'red' } as never)).toThrow(ConsentConfigError);
  });
});
