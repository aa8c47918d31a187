import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createConsentManager } from '@consentkit/core';
import type { ConsentManager } from '@consentkit/core';
import { ConsentProvider } from './consent-context';
import { ConsentGate } from './consent-gate';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let manager: ConsentManager | undefined;
afterEach(() => {
  act(() => root?.unmount());
  manager?.destroy();
  root = manager = undefined;
  for (const c of document.cookie.split('; ')) document.cookie = `${c.split('=')[0]}=; max-age=0; path=/`;
});

const Tracker = () => createElement('p', { id: 'tracked' }, 'analytics widget');
const gate = (props: Record<string, unknown> = {}) => createElement(ConsentGate, { category: 'analytics', ...props }, createElement(Tracker));
const create = (config = {}) => (manager = createConsentManager({ policyVersion: '2026-11-01', region: 'FR', ...config }));

function mount(node: ReturnType<typeof createElement>) {
  const container = document.createElement('div');
  root = createRoot(container);
  act(() => root!.render(createElement(ConsentProvider, { manager: manager! }, node)));
  return container;
}

describe('ConsentGate', () => {
  it('renders the fallback until the category is granted, then the children', () => {
    create();
    const container = mount(gate({ fallback: createElement('i', null, 'needs consent') }));
    expect(container.querySelector('#tracked')).toBeNull();
    expect(container.textContent).toBe('needs consent');
    act(() => manager!.acceptAll());
    expect(container.querySelector('#tracked')).not.toBeNull();
    act(() => manager!.rejectAll());
    expect(container.querySelector('#tracked')).toBeNull();
  });

  it('offers a default placeholder whose button grants only that category', () => {
    create();
    const container = mount(gate());
    const button = container.querySelector('button')!;
    expect(button.textContent).toBe('Allow Analytics');
    expect(container.querySelector('p')!.textContent).toContain('needs your consent for: Analytics');
    act(() => button.click());
    expect(manager!.getConsent()).toMatchObject({ analytics: true, targeting: false });
    expect(container.querySelector('#tracked')).not.toBeNull();
  });

  it("uses the site's texts and category labels in the placeholder", () => {
    create({ categories: { analytics: { label: 'Statistiques' } }, language: 'fr', texts: { fr: { 'placeholder.allow': 'Autoriser {category}' } } });
    const container = mount(gate());
    expect(container.querySelector('button')!.textContent).toBe('Autoriser Statistiques');
  });

  it('hydrates server HTML without a mismatch, then shows what a decided visitor chose', () => {
    create();
    manager!.acceptAll();
    // The server cannot know the choice: it renders the fallback.
    const html = renderToString(createElement(ConsentProvider, { manager: manager! }, gate({ fallback: createElement('i', null, 'fallback') })));
    expect(html).toContain('fallback');
    expect(html).not.toContain('analytics widget');
    const container = document.createElement('div');
    container.innerHTML = html;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    act(() => {
      root = hydrateRoot(container, createElement(ConsentProvider, { manager: manager! }, gate({ fallback: createElement('i', null, 'fallback') })), {
        onRecoverableError: (error) => recoverable.push(error),
      });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector('#tracked')).not.toBeNull();
    errors.mockRestore();
  });
});
