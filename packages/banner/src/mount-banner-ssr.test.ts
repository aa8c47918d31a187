import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager } from '@consentkit/core';
import type { ConsentManager } from '@consentkit/core';
import { mountBanner } from './mount-banner';
import { renderBannerToString } from './render-banner-to-string';

let manager: ConsentManager | undefined;
let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  manager?.destroy();
  unmount = manager = undefined;
  document.body.innerHTML = '';
  for (const c of document.cookie.split('; ')) document.cookie = `${c.split('=')[0]}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
});

const config = { policyVersion: '2026-11-01', region: 'FR' };

/**
 * Puts server HTML in the page as Chromium's parser does: each `<template shadowrootmode="open">`
 * becomes its parent's open shadow root (happy-dom does not parse declarative shadow DOM; the
 * real parser is covered by the browser test).
 */
function serve(html: string) {
  document.body.innerHTML = `${html}<main>page</main>`;
  for (const template of document.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode="open"]')) {
    const root = template.parentElement!.attachShadow({ mode: 'open' });
    root.append(template.content.cloneNode(true));
    template.remove();
  }
}

describe('mountBanner over a server-rendered banner', () => {
  it('takes over the same element and nodes instead of drawing a second banner', () => {
    serve(renderBannerToString(config));
    const host = document.querySelector('consentkit-banner')!;
    expect(host.shadowRoot).not.toBeNull();
    const section = host.shadowRoot!.querySelector('section');
    const button = host.shadowRoot!.querySelector('button');
    manager = createConsentManager(config);
    unmount = mountBanner(manager).unmount;
    expect(document.querySelectorAll('consentkit-banner')).toHaveLength(1);
    expect(host.shadowRoot!.querySelectorAll(':host > div, div.r')).toHaveLength(1);
    expect(host.hasAttribute('data-consentkit-ssr')).toBe(false);
    // Hydrated, not redrawn: the very nodes the visitor saw are now live.
    expect(host.shadowRoot!.querySelector('section')).toBe(section);
    expect(host.shadowRoot!.querySelectorAll('section')).toHaveLength(1);
    expect(host.shadowRoot!.querySelector('button')).toBe(button);
  });

  it('makes the server-rendered buttons work', () => {
    serve(renderBannerToString(config));
    manager = createConsentManager(config);
    unmount = mountBanner(manager).unmount;
    const reject = [...document.querySelector('consentkit-banner')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Reject all')!;
    reject.click();
    expect(manager.hasDecided()).toBe(true);
    expect(manager.getConsent()).toMatchObject({ analytics: false, targeting: false });
    expect(document.querySelector('consentkit-banner')!.shadowRoot!.querySelector('section')).toBeNull();
  });

  it('removes the served banner when the client knows the visitor decided meanwhile', () => {
    serve(renderBannerToString(config));
    manager = createConsentManager(config);
    manager.acceptAll();
    const errors = vi.spyOn(console, 'error');
    unmount = mountBanner(manager).unmount;
    expect(document.querySelector('consentkit-banner')!.shadowRoot!.querySelector('section')).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });
});
