import { describe, expect, it, vi } from 'vitest';
import { connectTabs } from './cross-tab';
import { create, useFreshPage } from './manager.test-helpers';

useFreshPage();

describe('cross-tab sync', () => {
  it('a decision in one tab reaches another open tab without reload', async () => {
    const tabA = create();
    const tabB = create();
    const changed = new Promise((resolve) => tabB.on('change', resolve));
    tabA.acceptAll();
    await changed;
    expect(tabB.hasDecided()).toBe(true);
    expect(tabB.getConsent()).toEqual({ necessary: true, analytics: true, targeting: true });
    const withdrawn = new Promise((resolve) => tabB.on('change', resolve));
    tabA.withdraw();
    await withdrawn;
    expect(tabB.hasDecided()).toBe(false);
    expect(tabB.$view.get()).toBe('banner');
  });

  it('falls back to storage events without BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const onChange = vi.fn();
    const tabs = connectTabs('consentkit:sync', onChange);
    window.dispatchEvent(new StorageEvent('storage', { key: 'other' }));
    expect(onChange).not.toHaveBeenCalled();
    window.dispatchEvent(new StorageEvent('storage', { key: 'consentkit:sync' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    tabs.notify();
    expect(localStorage.getItem('consentkit:sync')).not.toBeNull();
    tabs.stop();
    window.dispatchEvent(new StorageEvent('storage', { key: 'consentkit:sync' }));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
