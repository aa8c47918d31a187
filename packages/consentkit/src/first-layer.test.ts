import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountBanner, renderBannerToString } from '@consentkit/banner';
import { createConsentManager } from '@consentkit/core';
import type { ConsentConfig, ConsentManager } from '@consentkit/core';
import { drawFirstLayer } from './first-layer';
import { FIRST_LAYER } from './first-layer-data';

let manager: ConsentManager | undefined;
afterEach(() => {
  manager?.destroy();
  manager = undefined;
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  for (const c of document.cookie.split('; ')) document.cookie = `${c.split('=')[0]}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
});

const base = { policyVersion: '2026-11-01', region: 'FR' };
const start = (config: Partial<ConsentConfig> = {}) => (manager = createConsentManager({ ...base, ...config } as ConsentConfig));
const host = () => document.querySelector('consentkit-banner');
const container = () => host()?.shadowRoot?.querySelector('div');
const button = (name: string) =>
  [...(host()?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;

/** What `renderBannerToString` puts inside the banner's container for `config`. */
const served = (config: Partial<ConsentConfig>, gpc = false) =>
  /<div class="r bottom" lang="en" dir="ltr">([^]*)<\/div><\/template>/.exec(renderBannerToString({ ...base, ...config } as ConsentConfig, { gpc }))![1]!;

describe('the first layer template', () => {
  it("is the banner's own markup, with and without a policy link and the GPC status", () => {
    for (const [config, gpc] of [
      [{}, false],
      [{ privacyPolicyUrl: '/privacy?a=1&b="2"' }, false],
      [{}, true],
      [{ privacyPolicyUrl: 'https://example.com/p' }, true],
    ] as const) {
      vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: gpc, languages: ['en-US'] });
      start(config);
      expect(drawFirstLayer(manager!, document, undefined)).toBe(true);
      expect(container()!.innerHTML).toBe(document.createRange().createContextualFragment(served(config, gpc)).firstElementChild!.outerHTML);
      manager!.destroy();
      document.body.innerHTML = '';
    }
  });

  it('carries only the stylesheet rules that apply to the first layer, and names what each button does', () => {
    expect(FIRST_LAYER.css).toContain(':host(consentkit-banner){position:fixed');
    expect(FIRST_LAYER.css).toContain('.a button{');
    expect(FIRST_LAYER.css).not.toMatch(/\n\.s\{|\n\.f\{|\n\.m\{/);
    expect(FIRST_LAYER.css).not.toContain('opacity:0');
    expect(FIRST_LAYER.buttons).toEqual(['close', 'acceptAll', 'rejectAll', 'showPreferences']);
    expect(FIRST_LAYER.ids).toEqual(
      expect.arrayContaining(['banner.title', 'banner.description', 'banner.acceptAll', 'banner.rejectAll', 'banner.preferences']),
    );
  });
});

describe('drawFirstLayer', () => {
  it('draws the marked host first in <body>, in the shadow root structure mountBanner takes over', () => {
    document.body.innerHTML = '<main>page</main>';
    start({ ui: { position: 'center', theme: 'dark' } });
    expect(drawFirstLayer(manager!, document, undefined)).toBe(true);
    expect(document.body.firstElementChild).toBe(host());
    expect(host()!.hasAttribute('data-consentkit-ssr')).toBe(true);
    expect(host()!.getAttribute('data-theme')).toBe('dark');
    expect(container()!.className).toBe('r center');
    expect([container()!.lang, container()!.dir]).toEqual(['en', 'ltr']);
    const section = host()!.shadowRoot!.querySelector('section');
    const handle = mountBanner(manager!);
    expect(host()!.hasAttribute('data-consentkit-ssr')).toBe(false);
    expect(host()!.shadowRoot!.querySelector('section')).toBe(section);
    expect(document.querySelectorAll('consentkit-banner')).toHaveLength(1);
    handle.unmount();
  });

  it('calls the manager from its buttons before the UI is there, and goes away on a decision', () => {
    start();
    drawFirstLayer(manager!, document, undefined);
    const decisions = vi.fn();
    manager!.on('decision', decisions);
    button('Accept all').click();
    expect(manager!.getDecision()?.method).toBe('accept-all');
    expect(host()).toBeNull();
    expect(decisions).toHaveBeenCalledOnce();
  });

  it.each([
    ['Reject all', 'reject-all'],
    ['Close', 'close'],
  ])('"%s" records %s', (name, method) => {
    start();
    drawFirstLayer(manager!, document, undefined);
    button(name).click();
    expect(manager!.getDecision()?.method).toBe(method);
  });

  it('"Preferences" asks for the preference center (the UI loader then loads the UI) and keeps the banner', () => {
    start();
    drawFirstLayer(manager!, document, undefined);
    button('Preferences').click();
    expect(manager!.$view.get()).toBe('preferences');
    expect(host()).not.toBeNull();
  });

  it('a pointer over, or focus on, "Preferences" requests the UI file (it downloads while the visitor clicks); the other buttons do not', () => {
    start();
    const loadUi = vi.fn();
    drawFirstLayer(manager!, document, undefined, loadUi);
    for (const name of ['Accept all', 'Reject all', 'Close']) {
      button(name).dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
      button(name).dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    }
    expect(loadUi).not.toHaveBeenCalled();
    button('Preferences').dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    expect(loadUi).toHaveBeenCalledOnce();
    button('Preferences').dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(loadUi).toHaveBeenCalledTimes(2); // the loader requests the file once, however often it is asked
    expect(manager!.hasDecided()).toBe(false);
  });

  it('after the parse, a page that removes the drawn banner gets the UI instead (an undecided visitor is never left without one)', async () => {
    start();
    const loadUi = vi.fn();
    drawFirstLayer(manager!, document, undefined, loadUi);
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(loadUi).not.toHaveBeenCalled();
    host()!.remove(); // say a framework re-rendered <body>
    await new Promise((resolve) => setTimeout(resolve));
    expect(loadUi).toHaveBeenCalledOnce();
    // Ours is gone for good: nothing of it decides any more.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(manager!.hasDecided()).toBe(false);
  });

  it('Escape anywhere closes it', () => {
    start();
    drawFirstLayer(manager!, document, undefined);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(manager!.getDecision()?.method).toBe('close');
    expect(host()).toBeNull();
  });

  it('steps aside once the UI has taken it over: its buttons and Escape no longer decide', () => {
    start();
    drawFirstLayer(manager!, document, undefined);
    host()!.removeAttribute('data-consentkit-ssr'); // what mountBanner does when it takes over
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    button('Reject all').click();
    expect(manager!.hasDecided()).toBe(false);
  });

  it.each<[string, Partial<ConsentConfig>, string?]>([
    ['a regime other than opt-in', { region: 'US-CA' }],
    ['a language other than English', { language: 'de' }],
    ['the page in French', {}, 'fr'],
    ["the site's own texts for a regional English", { texts: { 'en-GB': { 'banner.title': 'Cookies' } } }, 'en-GB'],
    ['a page whose first language is not English, whatever the browser', {}, 'xx'],
    ['a first-layer text overridden in texts.en', { texts: { en: { 'banner.acceptAll': 'OK' } } }],
  ])('draws nothing for %s (the UI file draws the banner)', (_, config, lang) => {
    if (lang) document.documentElement.lang = lang;
    start(config);
    expect(drawFirstLayer(manager!, document, undefined)).toBe(false);
    expect(host()).toBeNull();
  });

  it("draws for English with the site's texts of other ids or other languages", () => {
    document.documentElement.lang = 'en-US';
    start({ texts: { en: { 'preferences.title': 'Settings' }, de: { 'banner.title': 'Datenschutz' } } });
    expect(drawFirstLayer(manager!, document, undefined)).toBe(true);
  });

  it('draws nothing for a decided visitor', () => {
    start();
    manager!.rejectAll();
    manager!.destroy();
    start();
    expect(drawFirstLayer(manager!, document, undefined)).toBe(false);
  });

  it('gives way to a server-rendered first layer that turns up while the page is parsed', async () => {
    start();
    const doc = document.implementation.createHTMLDocument('page');
    Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
    const onServed = vi.fn();
    expect(drawFirstLayer(manager!, doc, undefined, onServed)).toBe(true);
    expect(doc.body.firstElementChild?.localName).toBe('consentkit-banner');
    const server = doc.createElement('consentkit-banner');
    server.setAttribute('data-consentkit-ssr', '');
    doc.body.append(server);
    await new Promise((resolve) => setTimeout(resolve));
    expect([...doc.querySelectorAll('consentkit-banner')]).toEqual([server]);
    expect(onServed).toHaveBeenCalledOnce();
  });
});
