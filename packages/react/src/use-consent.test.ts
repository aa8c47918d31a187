import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { createConsentManager } from '@consentkit/core';
import type { ConsentManager } from '@consentkit/core';
import { ConsentProvider } from './consent-context';
import { useConsent, useConsentActions, useGranted } from './use-consent';

// React's test mode: act() flushes renders and effects synchronously.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let manager: ConsentManager | undefined;
afterEach(() => {
  act(() => root?.unmount());
  manager?.destroy();
  root = manager = undefined;
  for (const c of document.cookie.split('; ')) document.cookie = `${c.split('=')[0]}=; max-age=0; path=/`;
});

function mount(node: ReturnType<typeof createElement>) {
  manager = createConsentManager({ policyVersion: '2026-11-01', region: 'FR' });
  const container = document.createElement('div');
  root = createRoot(container);
  act(() => root!.render(createElement(ConsentProvider, { manager: manager! }, node)));
  return { container, manager };
}

describe('useConsent', () => {
  it('gives the current choices and re-renders once per decision', () => {
    const renders: string[] = [];
    function Probe() {
      const consent = useConsent();
      renders.push(JSON.stringify(consent));
      return createElement('span', null, consent.analytics ? 'on' : 'off');
    }
    const { container, manager } = mount(createElement(Probe));
    expect(container.textContent).toBe('off');
    expect(renders).toHaveLength(1);
    act(() => manager.acceptAll());
    expect(container.textContent).toBe('on');
    expect(renders).toHaveLength(2);
    // A decision that changes nothing (accept again) does not render again.
    act(() => manager.acceptAll());
    expect(renders).toHaveLength(2);
  });
});

describe('useGranted', () => {
  it('follows one category', () => {
    function Probe() {
      return createElement('span', null, String(useGranted('targeting')));
    }
    const { container, manager } = mount(createElement(Probe));
    expect(container.textContent).toBe('false');
    act(() => manager.update({ targeting: true }));
    expect(container.textContent).toBe('true');
    act(() => manager.rejectAll());
    expect(container.textContent).toBe('false');
  });
});

describe('useConsentActions', () => {
  it('calls the manager and keeps the same object between renders', () => {
    const seen: unknown[] = [];
    let actions: ReturnType<typeof useConsentActions> | undefined;
    function Probe() {
      actions = useConsentActions();
      seen.push(actions);
      useConsent();
      return null;
    }
    const { manager } = mount(createElement(Probe));
    const show = vi.spyOn(manager.$view, 'get');
    act(() => actions!.acceptAll());
    expect(manager.getConsent().analytics).toBe(true);
    expect(seen[0]).toBe(seen[seen.length - 1]);
    act(() => actions!.showPreferences());
    expect(manager.$view.get()).toBe('preferences');
    show.mockRestore();
    act(() => actions!.withdraw());
    expect(manager.hasDecided()).toBe(false);
  });
});

describe('without a provider', () => {
  it('says what is missing', () => {
    function Probe() {
      useConsent();
      return null;
    }
    const container = document.createElement('div');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    root = createRoot(container);
    expect(() => act(() => root!.render(createElement(Probe)))).toThrow(/ConsentProvider/);
    errors.mockRestore();
  });
});
