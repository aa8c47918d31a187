import { afterEach, describe, expect, it, vi } from 'vitest';
import { clickConsentKitChoice, consentKitDecided, findConsentKit } from './consentkit-choice';

// The banner's markup as @consentkit/banner renders it in the open shadow root of <consentkit-banner>:
// a first-layer <section> (× named by aria-label, then the action row) and, when open, the preference
// center <dialog> (switches with role="switch", then its action row).
function mountBanner(section: string[], dialog?: string[]) {
  const host = document.createElement('consentkit-banner');
  const root = host.attachShadow({ mode: 'open' });
  const buttons = (labels: string[]) => labels.map((l) => `<button>${l}</button>`).join('');
  root.innerHTML =
    `<section aria-labelledby="ck-t"><h2 id="ck-t">Cookies</h2><button aria-label="Close">×</button><div class="a">${buttons(section)}</div></section>` +
    (dialog ? `<dialog open><button role="switch" aria-checked="false"></button><div class="a">${buttons(dialog)}</div></dialog>` : '');
  document.body.prepend(host);
  const clicked: string[] = [];
  root.addEventListener('click', (e) => clicked.push((e.target as HTMLElement).textContent ?? ''));
  return { root, clicked };
}

afterEach(() => {
  document.body.innerHTML = '';
  delete (window as { ConsentKit?: unknown }).ConsentKit;
});

describe('findConsentKit', () => {
  it('finds the script-tag build by its API and an npm build by its markup', () => {
    expect(findConsentKit()).toBeNull();
    document.body.innerHTML = '<img data-consentkit-blocked="targeting" alt="" />';
    expect(findConsentKit()).toBe('ui');
    document.body.innerHTML = '';
    mountBanner(['Accept all', 'Reject all', 'Preferences']);
    expect(findConsentKit()).toBe('ui');
    (window as { ConsentKit?: unknown }).ConsentKit = { acceptAll: vi.fn(), rejectAll: vi.fn() };
    expect(findConsentKit()).toBe('api');
  });
});

describe('clickConsentKitChoice', () => {
  it('clicks the buttons by their English names', () => {
    const { clicked } = mountBanner(['Accept all', 'Reject all', 'Preferences']);
    expect(clickConsentKitChoice(false)).toBe('clicked');
    expect(clicked).toEqual(['Reject all']);
  });

  it('clicks by place on a translated opt-in banner, never the ×', () => {
    const { clicked } = mountBanner(['Alle akzeptieren', 'Alle ablehnen', 'Einstellungen']);
    expect(clickConsentKitChoice(true)).toBe('clicked');
    expect(clickConsentKitChoice(false)).toBe('clicked');
    expect(clicked).toEqual(['Alle akzeptieren', 'Alle ablehnen']);
  });

  it('opens the preference center from an opt-out notice, then decides in the dialog by place', () => {
    const first = mountBanner(['Nicht verkaufen', 'Einstellungen']);
    expect(clickConsentKitChoice(false)).toBe('preferences');
    expect(first.clicked).toEqual(['Einstellungen']);
    document.body.innerHTML = '';
    const open = mountBanner(['Nicht verkaufen', 'Einstellungen'], ['Nicht verkaufen', 'Alle akzeptieren', 'Alle ablehnen', 'Speichern']);
    expect(clickConsentKitChoice(false)).toBe('clicked');
    expect(clickConsentKitChoice(true)).toBe('clicked');
    expect(open.clicked).toEqual(['Alle ablehnen', 'Alle akzeptieren']);
  });

  it('finds nothing to click without the banner', () => {
    expect(clickConsentKitChoice(true)).toBe('none');
  });
});

describe('consentKitDecided', () => {
  it('is true once the banner and dialog are gone, false while they show or without a banner', () => {
    expect(consentKitDecided()).toBe(false);
    const { root } = mountBanner(['Accept all', 'Reject all', 'Preferences']);
    expect(consentKitDecided()).toBe(false);
    root.innerHTML = '<button class="f" aria-label="Privacy settings"></button>';
    expect(consentKitDecided()).toBe(true);
  });
});
