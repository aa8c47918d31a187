import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsentManager } from '@consentkit/core';
import type { ConsentManager } from '@consentkit/core';
import { mountPlaceholders } from './placeholders';
import type { PlaceholdersHandle } from './placeholders';

let manager: ConsentManager;
let handle: PlaceholdersHandle;

function blockedFrame(attrs: Record<string, string>) {
  const frame = document.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) frame.setAttribute(k, v);
  frame.setAttribute('data-consentkit-blocked', '');
  document.body.append(frame);
  return frame;
}

beforeEach(() => {
  for (const c of document.cookie.split(';')) document.cookie = `${c.split('=')[0]!.trim()}=; max-age=0; path=/`;
  document.body.innerHTML = '';
  manager = createConsentManager({ policyVersion: 't', region: 'FR' });
});
afterEach(() => {
  handle?.unmount();
  manager.destroy();
});

describe('mountPlaceholders', () => {
  it('covers frames blocked before it was mounted, naming content and category', () => {
    blockedFrame({ title: 'Tour video', 'data-category': 'targeting' });
    handle = mountPlaceholders(manager);
    const host = document.querySelector('consentkit-placeholder')!;
    expect(host.previousElementSibling!.tagName).toBe('IFRAME');
    expect(host.shadowRoot!.textContent).toContain('“Tour video” is provided by a third party and needs your consent for: Advertising.');
    expect(host.shadowRoot!.querySelector('button')!.textContent).toBe('Allow Advertising');
  });

  it('reacts to consentkit:blocked events and ignores frames without a category', () => {
    handle = mountPlaceholders(manager);
    const frame = blockedFrame({ 'data-category': 'analytics' });
    frame.dispatchEvent(new CustomEvent('consentkit:blocked', { bubbles: true }));
    const bare = blockedFrame({});
    bare.dispatchEvent(new CustomEvent('consentkit:blocked', { bubbles: true }));
    expect(document.querySelectorAll('consentkit-placeholder').length).toBe(1);
    expect(document.querySelector('consentkit-placeholder')!.shadowRoot!.textContent).toContain('This content');
  });

  it('"Allow" grants only that category and removes only its placeholders', () => {
    blockedFrame({ 'data-category': 'targeting' });
    blockedFrame({ 'data-category': 'analytics' });
    handle = mountPlaceholders(manager);
    document.querySelector('consentkit-placeholder')!.shadowRoot!.querySelector('button')!.click();
    expect(manager.getConsent()).toEqual({ necessary: true, analytics: false, targeting: true });
    expect(document.querySelectorAll('consentkit-placeholder').length).toBe(1);
  });

  it('adds nothing for an already granted category', () => {
    manager.acceptAll();
    blockedFrame({ 'data-category': 'analytics' });
    handle = mountPlaceholders(manager);
    expect(document.querySelector('consentkit-placeholder')).toBeNull();
  });

  it('sizes from numeric width/height only; anything else never reaches the stylesheet', () => {
    blockedFrame({ 'data-category': 'analytics', width: '560', height: '315' });
    blockedFrame({ 'data-category': 'analytics', width: '1px;}:host{display:none', height: '2' });
    handle = mountPlaceholders(manager);
    const sheets = [...document.querySelectorAll('consentkit-placeholder')].map((h) =>
      [...h.shadowRoot!.adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('\n'),
    );
    expect(sheets[0]).toContain('aspect-ratio');
    expect(sheets[1]).not.toMatch(/aspect-ratio|display: ?none/);
  });

  it('a frame that needs several categories names them all and "Allow" grants exactly those', () => {
    blockedFrame({ title: 'Map', 'data-category': 'analytics  targeting' });
    handle = mountPlaceholders(manager);
    const root = document.querySelector('consentkit-placeholder')!.shadowRoot!;
    expect(root.textContent).toContain('needs your consent for: Analytics, Advertising.');
    manager.update({ analytics: true });
    expect(document.querySelector('consentkit-placeholder')).not.toBeNull(); // one of two is not enough
    root.querySelector('button')!.click();
    expect(manager.getConsent()).toEqual({ necessary: true, analytics: true, targeting: true });
    expect(document.querySelector('consentkit-placeholder')).toBeNull();
  });

  it('offers no button for a category the config does not know (nothing could grant it)', () => {
    blockedFrame({ title: 'Widget', 'data-category': 'analytics bogus' });
    handle = mountPlaceholders(manager);
    const root = document.querySelector('consentkit-placeholder')!.shadowRoot!;
    expect(root.textContent).toContain('“Widget” is provided by a third party and needs your consent for: Analytics, bogus.');
    expect(root.querySelector('button')).toBeNull();
    expect(manager.getConsent()).toEqual({ necessary: true, analytics: false, targeting: false });
  });

  it('comes back when the gate blocks the frame again after consent is withdrawn', () => {
    const frame = blockedFrame({ 'data-category': 'targeting' });
    handle = mountPlaceholders(manager);
    document.querySelector('consentkit-placeholder')!.shadowRoot!.querySelector('button')!.click();
    expect(document.querySelector('consentkit-placeholder')).toBeNull();
    manager.rejectAll();
    // What core's gate does on a revoke: mark the iframe again and announce it.
    frame.setAttribute('data-consentkit-blocked', 'targeting');
    frame.dispatchEvent(new CustomEvent('consentkit:blocked', { bubbles: true }));
    expect(document.querySelectorAll('consentkit-placeholder').length).toBe(1);
  });

  it('unmount removes placeholders and the page rule', () => {
    blockedFrame({ 'data-category': 'analytics' });
    handle = mountPlaceholders(manager);
    const before = document.adoptedStyleSheets.length;
    handle.unmount();
    expect(document.querySelector('consentkit-placeholder')).toBeNull();
    expect(document.adoptedStyleSheets.length).toBe(before - 1);
  });
});
