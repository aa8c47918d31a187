import { afterEach, describe, expect, it } from 'vitest';
import { findToolFingerprint } from './tool-fingerprint';

afterEach(() => {
  document.body.innerHTML = '';
  delete (window as { Cookiebot?: unknown }).Cookiebot;
});

describe('findToolFingerprint', () => {
  it('names a tool by its banner element or its global', () => {
    expect(findToolFingerprint()).toBeNull();
    document.body.innerHTML = '<div class="klaro"><div class="cookie-notice"></div></div>';
    expect(findToolFingerprint()).toBe('klaro');
    document.body.innerHTML = '<div id="cc-main"></div>';
    expect(findToolFingerprint()).toBe('cookieconsent');
    document.body.innerHTML = '';
    (window as { Cookiebot?: unknown }).Cookiebot = { consent: {} };
    expect(findToolFingerprint()).toBe('cookiebot');
  });
});
