import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsentManager } from '@consentkit/core';
import type { ConsentConfig, ConsentManager } from '@consentkit/core';
import { mountBanner } from './mount-banner';
import type { BannerHandle, BannerOptions } from './mount-banner';

let manager: ConsentManager;
let handle: BannerHandle | undefined;

const clearCookies = () => {
  for (const c of document.cookie.split(';')) document.cookie = `${c.split('=')[0]!.trim()}=; max-age=0; path=/`;
};
const shadow = () => document.querySelector('consentkit-banner')!.shadowRoot!;
const button = (name: string) => [...shadow().querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
function mount(config: Partial<ConsentConfig> = {}, options?: BannerOptions) {
  manager = createConsentManager({ policyVersion: 't', region: 'FR', ...config });
  handle = mountBanner(manager, options);
}

beforeEach(() => {
  clearCookies();
  localStorage.clear();
  document.body.innerHTML = '<main><a href="#p" data-consentkit="preferences">Settings</a> <a href="#d" data-consentkit="do-not-sell"></a></main>';
});
afterEach(() => {
  handle?.unmount();
  handle = undefined;
  manager.destroy();
});

describe('mountBanner', () => {
  it('puts its host first in <body> with an open shadow root and adopted styles, not inline ones', () => {
    mount();
    const host = document.body.firstElementChild!;
    expect(host.tagName).toBe('CONSENTKIT-BANNER');
    expect(host.shadowRoot).not.toBeNull();
    expect(host.shadowRoot!.adoptedStyleSheets.length).toBe(1);
    expect(host.shadowRoot!.querySelectorAll('[style]').length).toBe(0);
  });

  it('shows the three opt-in buttons and acts through the manager', () => {
    mount();
    expect(['Accept all', 'Reject all', 'Preferences'].map((n) => button(n)?.tagName)).toEqual(['BUTTON', 'BUTTON', 'BUTTON']);
    button('Reject all')!.click();
    expect(manager.getDecision()?.method).toBe('reject-all');
    expect(shadow().querySelector('section')).toBeNull();
  });

  it('orders the answers alike on both layers: Accept all, Reject all, then Preferences / Save', () => {
    mount();
    const names = (layer: ParentNode) =>
      [...layer.querySelectorAll('button')].map((b) => b.textContent?.trim()).filter((n) => n && /^(Accept all|Reject all|Preferences|Save)$/.test(n));
    expect(names(shadow().querySelector('section')!)).toEqual(['Accept all', 'Reject all', 'Preferences']);
    button('Preferences')!.click();
    expect(names(shadow().querySelector('dialog')!)).toEqual(['Accept all', 'Reject all', 'Save']);
  });

  it('hides the banner under an open dialog, so each answer and the GPC status are there once, and shows it again after', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      mount();
      const section = shadow().querySelector('section')!;
      expect(section.textContent).toContain('Opt-Out Request Honored');
      button('Preferences')!.click();
      expect(section.hidden).toBe(true);
      expect(section.isConnected).toBe(true);
      expect(shadow().querySelectorAll('section .h')).toHaveLength(0);
      shadow().querySelector('dialog')!.dispatchEvent(new Event('close'));
      expect(section.hidden).toBe(false);
      expect(section.textContent).toContain('Opt-Out Request Honored');
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  it('throws a clear error for something that is not a manager, or a bad option, and draws nothing', () => {
    manager = createConsentManager({ policyVersion: 't', region: 'FR' });
    const config = { policyVersion: 't', region: 'FR' };
    expect(() => mountBanner(config as never)).toThrow(
      '@consentkit/banner: mountBanner: the manager must be what createConsentManager(config) returned (got object)',
    );
    expect(() => mountBanner(undefined as never)).toThrow(TypeError);
    expect(() => mountBanner(manager, { position: 'top' } as never)).toThrow(
      'mountBanner: options.position must be one of "bottom", "box", "center" (got "top")',
    );
    expect(() => mountBanner(manager, { container: '#app' } as never)).toThrow('mountBanner: options.container must be an element (got "#app")');
    expect(() => mountBanner(manager, { lang: 'de' } as never)).toThrow('mountBanner: options.lang is not an option (options: language, texts, position');
    expect(() => mountBanner(manager, { floatingButton: 'false' } as never)).toThrow('mountBanner: options.floatingButton must be a boolean (got "false")');
    expect(document.querySelector('consentkit-banner')).toBeNull();
    // Options left undefined are fine (the script tag passes `nonce: undefined`).
    handle = mountBanner(manager, { nonce: undefined, theme: 'dark', floatingButton: false, texts: {} });
    expect(document.querySelector('consentkit-banner')).not.toBeNull();
  });

  it('hides the banner under an open dialog, so each answer and the GPC status are there once, and shows it again after', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      mount();
      const section = shadow().querySelector('section')!;
      expect(section.textContent).toContain('Opt-Out Request Honored');
      button('Preferences')!.click();
      expect(section.hidden).toBe(true);
      expect(section.isConnected).toBe(true);
      expect(shadow().querySelectorAll('section .h')).toHaveLength(0);
      shadow().querySelector('dialog')!.dispatchEvent(new Event('close'));
      expect(section.hidden).toBe(false);
      expect(section.textContent).toContain('Opt-Out Request Honored');
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  it('returns focus to "Preferences" when the preference center was opened before the mount (the script tag\'s first layer)', () => {
    manager = createConsentManager({ policyVersion: 't', region: 'FR' });
    manager.showPreferences();
    handle = mountBanner(manager);
    shadow().querySelector('dialog')!.dispatchEvent(new Event('close'));
    expect(manager.$view.get()).toBe('banner');
    expect(shadow().activeElement?.textContent).toBe('Preferences');
  });

  it('records Escape on the banner as a close decision', () => {
    mount();
    // Key events from the keyboard are composed: they leave the shadow root.
    shadow()
      .querySelector('section')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(manager.getDecision()?.method).toBe('close');
  });

  it('records Escape pressed anywhere on the page while the banner shows', () => {
    mount();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(manager.getDecision()?.method).toBe('close');
  });

  it('renders the preference center with switches: necessary on and disabled, the rest off', () => {
    mount();
    button('Preferences')!.click();
    const dialog = shadow().querySelector('dialog')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const switches = [...dialog.querySelectorAll('[role="switch"]')] as HTMLButtonElement[];
    expect(switches.map((s) => [s.getAttribute('aria-checked'), s.disabled])).toEqual([
      ['true', true],
      ['false', false],
      ['false', false],
    ]);
    switches[1]!.click();
    expect(dialog.querySelectorAll('[role="switch"]')[1]!.getAttribute('aria-checked')).toBe('true');
    expect(manager.hasDecided()).toBe(false); // a switch alone decides nothing
    [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Save')!.click();
    expect(manager.getConsent()).toEqual({ necessary: true, analytics: true, targeting: false });
    expect(shadow().querySelector('dialog')).toBeNull();
  });

  it('opens the preference center from [data-consentkit="preferences"] and prevents the navigation', () => {
    mount();
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('[data-consentkit="preferences"]')!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(manager.$view.get()).toBe('preferences');
  });

  it('fills empty Do Not Sell links and starts the confirmation from them', () => {
    mount({ region: 'US-CA' });
    const link = document.querySelector('[data-consentkit="do-not-sell"]')!;
    expect(link.textContent).toBe('Do Not Sell or Share My Personal Information');
    (link as HTMLElement).click();
    const dialog = shadow().querySelector('dialog[role="alertdialog"]')!;
    expect(dialog).not.toBeNull();
    expect(manager.isGranted('targeting')).toBe(true);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Confirm')!.click();
    expect(manager.isGranted('targeting')).toBe(false);
    expect(shadow().textContent).toContain('Opt-Out Request Honored');
  });

  it('fills Do Not Sell links an SPA adds after mount, and leaves links with text alone', async () => {
    mount({ region: 'US-CA' });
    const view = document.createElement('div');
    view.innerHTML = '<p><a href="#d2" data-consentkit="do-not-sell"> </a></p><a href="#d3" data-consentkit="do-not-sell">Your choices</a>';
    document.querySelector('main')!.append(view);
    const later = document.createElement('a');
    later.setAttribute('data-consentkit', 'do-not-sell');
    view.append(later);
    await new Promise((resolve) => setTimeout(resolve)); // mutation observers run after this task
    const links = [...view.querySelectorAll('a')].map((a) => a.textContent);
    expect(links).toEqual(['Do Not Sell or Share My Personal Information', 'Your choices', 'Do Not Sell or Share My Personal Information']);
    later.click();
    expect(shadow().querySelector('dialog[role="alertdialog"]')).not.toBeNull();
  });

  it('stops filling links after unmount', async () => {
    mount({ region: 'US-CA' });
    handle!.unmount();
    handle = undefined;
    const link = document.createElement('a');
    link.setAttribute('data-consentkit', 'do-not-sell');
    document.body.append(link);
    await new Promise((resolve) => setTimeout(resolve));
    expect(link.textContent).toBe('');
  });

  it('shows the opt-out notice, not the opt-in buttons, in US states', () => {
    mount({ region: 'US-CA' });
    expect(button('Do Not Sell or Share My Personal Information')).toBeDefined();
    expect(button('Accept all')).toBeUndefined();
  });

  it('renders configured texts as text, never as markup', () => {
    const evil = '<img src=x onerror="globalThis.__xss=1">';
    mount({ texts: { en: { 'banner.title': evil } }, categories: { functional: { label: evil } } });
    expect(shadow().querySelector('h2')!.textContent).toBe(evil);
    expect(shadow().querySelector('img')).toBeNull();
  });

  it('applies position, theme, language and direction', () => {
    mount({}, { position: 'box', theme: 'dark', language: 'ar', texts: { ar: { 'banner.title': 'خصوصيتك' } } });
    const root = shadow().querySelector('.r')!;
    expect([root.className, root.getAttribute('lang'), root.getAttribute('dir')]).toEqual(['r box', 'ar', 'rtl']);
    expect(document.querySelector('consentkit-banner')!.getAttribute('data-theme')).toBe('dark');
    expect(shadow().querySelector('h2')!.textContent).toBe('خصوصيتك');
  });

  it('shows the floating button only while no other UI is shown', () => {
    mount({}, { floatingButton: true });
    expect(button('Privacy settings')).toBeUndefined();
    button('Accept all')!.click();
    button('Privacy settings')!.click();
    expect(manager.$view.get()).toBe('preferences');
  });

  it('lists site-declared and extra cookies per category', () => {
    mount({ cookies: { _ga: 'analytics', '_ga_*': 'analytics' } }, { cookiesFor: (c) => (c === 'analytics' ? ['_gid', '_ga'] : []) });
    manager.showPreferences();
    const items = [...shadow().querySelectorAll('details li')].map((li) => li.textContent);
    expect(items).toEqual(['_ga', '_ga_*', '_gid']);
  });

  it('unmount removes the host and stops listening', () => {
    mount();
    handle!.unmount();
    handle = undefined;
    expect(document.querySelector('consentkit-banner')).toBeNull();
    (document.querySelector('[data-consentkit="preferences"]') as HTMLElement).click();
    expect(manager.$view.get()).toBe('banner');
  });
});
