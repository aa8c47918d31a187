import { afterEach, describe, expect, it } from 'vitest';
import { createConsentManager } from '@consentkit/core';
import { definePreferencesElement, PREFERENCES_ELEMENT } from './preferences-element';

const manager = createConsentManager({ policyVersion: 't', region: 'FR', cookies: { _ga: 'analytics' } });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('definePreferencesElement', () => {
  it('defines <consentkit-preferences> once; later calls are no-ops', () => {
    definePreferencesElement(manager);
    const defined = customElements.get(PREFERENCES_ELEMENT);
    expect(defined).toBeDefined();
    definePreferencesElement(manager);
    expect(customElements.get(PREFERENCES_ELEMENT)).toBe(defined);
  });

  it('renders the preference center inline, saves, and confirms in a live region', () => {
    definePreferencesElement(manager);
    const element = document.createElement(PREFERENCES_ELEMENT);
    document.body.append(element);
    const root = element.shadowRoot!;
    expect(root.querySelector('dialog')).toBeNull();
    expect(root.querySelectorAll('[role="switch"]').length).toBe(3);
    (root.querySelectorAll('[role="switch"]')[1] as HTMLElement).click();
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save')!.click();
    expect(manager.getConsent()).toEqual({ necessary: true, analytics: true, targeting: false });
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Your choices have been saved.');
  });

  it('follows the manager: a decision elsewhere updates the switches', () => {
    definePreferencesElement(manager);
    const element = document.createElement(PREFERENCES_ELEMENT);
    document.body.append(element);
    manager.acceptAll();
    const checked = [...element.shadowRoot!.querySelectorAll('[role="switch"]')].map((s) => s.getAttribute('aria-checked'));
    expect(checked).toEqual(['true', 'true', 'true']);
  });
});
