import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager } from '@consentkit/core';
import { enExtra } from './i18n/en';
import { CSS } from './styles';
import { uiRoots, withExtraTexts } from './ui-root';

const manager = (ui: { theme?: 'auto' | 'light' | 'dark' } = {}, language?: string) =>
  createConsentManager({ policyVersion: 't', region: 'FR', ui, ...(language ? { language } : {}) });

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.body.innerHTML = '';
});

const sheetText = (root: ShadowRoot) =>
  root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .map((rule) => rule.cssText)
    .join('\n');

describe('uiRoots', () => {
  it('sets up each host: theme on the host, styles in an open shadow root, class, lang and dir on the container', () => {
    const ui = uiRoots(manager({ theme: 'dark' }), { language: 'ar', texts: { ar: { 'banner.title': 'خصوصيتك' } } });
    const host = document.createElement('consentkit-placeholder');
    const container = ui.root(host, '.extra{color:red}', 'r box');
    expect(host.getAttribute('data-theme')).toBe('dark');
    expect(host.shadowRoot!.mode).toBe('open');
    expect(container.parentNode).toBe(host.shadowRoot);
    expect([container.localName, container.className, container.lang, container.dir]).toEqual(['div', 'r box', 'ar', 'rtl']);
    expect(host.shadowRoot!.adoptedStyleSheets.length).toBe(1);
    // The UI's styles and the mount's own rule, in one sheet.
    expect(sheetText(host.shadowRoot!)).toContain('.extra');
    expect(sheetText(host.shadowRoot!)).toContain('.bottom .b');
    expect([ui.lang, ui.dir, ui.t('banner.title')]).toEqual(['ar', 'rtl', 'خصوصيتك']);
  });

  it('takes the theme from config.ui unless the options set one; auto leaves the host without data-theme', () => {
    const fromConfig = document.createElement('div');
    uiRoots(manager({ theme: 'light' }), {}).root(fromConfig, '', 'r');
    expect(fromConfig.getAttribute('data-theme')).toBe('light');
    const fromOptions = document.createElement('div');
    uiRoots(manager({ theme: 'light' }), { theme: 'dark' }).root(fromOptions, '', 'r');
    expect(fromOptions.getAttribute('data-theme')).toBe('dark');
    const auto = document.createElement('div');
    uiRoots(manager({ theme: 'auto' }), {}).root(auto, '', 'r');
    expect(auto.hasAttribute('data-theme')).toBe(false);
  });

  it('negotiates the language once per mount: every host gets it, even after the page language changes', () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR']);
    document.documentElement.lang = 'de';
    const ui = uiRoots(manager(), { texts: { de: { 'banner.title': 'Ihre Privatsphäre' }, fr: { 'banner.title': 'Votre vie privée' } } });
    expect(languages).toHaveBeenCalledTimes(1);
    const first = ui.root(document.createElement('div'), '', 'r');
    document.documentElement.lang = 'fr';
    const second = ui.root(document.createElement('div'), '', 'r');
    expect([first.lang, second.lang, ui.t('banner.title')]).toEqual(['de', 'de', 'Ihre Privatsphäre']);
    // Setting up hosts reads nothing again.
    expect(languages).toHaveBeenCalledTimes(1);
  });

  it('reuses the shadow root and container of a host set up before', () => {
    const ui = uiRoots(manager(), {});
    const host = document.createElement('consentkit-preferences');
    const container = ui.root(host, '', 'r');
    container.append('drawn');
    const root = host.shadowRoot!;
    expect(ui.root(host, '', 'r')).toBe(container);
    expect(host.shadowRoot).toBe(root);
    expect([...root.children].map((child) => child.localName)).toEqual(['div']);
    expect(container.textContent).toBe('drawn');
  });

  it("keeps a server-rendered host's container (its markup is hydrated, not drawn again) and adds the styles", () => {
    const host = document.createElement('consentkit-banner');
    const served = host.attachShadow({ mode: 'open' });
    served.innerHTML = `<style>${CSS}</style><div class="r bottom" lang="en" dir="ltr"><section class="b"><div>first layer</div></section></div>`;
    const section = served.querySelector('section');
    const container = uiRoots(manager(), {}).root(host, '', 'r center');
    expect(container).toBe(served.children[1]);
    expect(container.className).toBe('r center');
    expect(container.querySelector('section')).toBe(section);
    expect(served.adoptedStyleSheets.length).toBe(1);
  });

  it('without constructable stylesheets, puts the styles in a <style> carrying the CSP nonce', () => {
    const adopted = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets')!;
    delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    try {
      const host = document.createElement('div');
      const container = uiRoots(manager(), { nonce: 'n0nce' }).root(host, '.extra{}', 'r');
      const style = host.shadowRoot!.querySelector('style')!;
      expect(style.nonce).toBe('n0nce');
      expect(style.textContent).toBe(`${CSS}.extra{}`);
      expect(container.previousElementSibling).toBe(style);
    } finally {
      Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', adopted);
    }
  });
});

describe('withExtraTexts', () => {
  it("adds the element's and placeholders' English texts under the site's own English ones", () => {
    const texts = withExtraTexts({ en: { 'preferences.saved': 'Saved!' }, de: { 'banner.title': 'Privatsphäre' } });
    expect(texts.en).toEqual({ ...enExtra, 'preferences.saved': 'Saved!' });
    expect(texts.de).toEqual({ 'banner.title': 'Privatsphäre' });
    expect(withExtraTexts(undefined)).toEqual({ en: enExtra });
  });
});
