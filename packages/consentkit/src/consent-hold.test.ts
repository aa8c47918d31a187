import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager, enableGating } from '@consentkit/core';
import type { GatingHandle } from '@consentkit/core';
import { holdConsent } from './consent-hold';

const NAME = 'ck_hold';
const copies = () => Array.from(document.querySelectorAll('script[data-n]:not([type])'), (s) => s.getAttribute('data-n'));

describe('holdConsent', () => {
  let handle: GatingHandle | undefined;
  beforeEach(() => {
    (window as unknown as { happyDOM: { settings: Record<string, boolean> } }).happyDOM.settings.disableJavaScriptFileLoading = true;
  });
  afterEach(() => {
    handle?.stop();
    handle = undefined;
    document.body.innerHTML = '';
    for (const pair of document.cookie.split('; ')) if (pair) document.cookie = `${pair.split('=')[0]}=; max-age=0; path=/`;
  });

  it('gating releases nothing for a granted category until release(); the visitor keeps their cookies meanwhile', () => {
    // A returning visitor who accepted everything, with a tracker cookie of a granted category.
    createConsentManager({ policyVersion: '1', region: 'FR', cookie: { name: NAME } }).acceptAll();
    document.cookie = '_fbp=fb.1.2.3; path=/';
    document.body.innerHTML = '<script type="text/plain" data-category="targeting" data-n="pixel">1</script>';
    const manager = createConsentManager({ policyVersion: '1', region: 'FR', cookie: { name: NAME } });
    expect(manager.isGranted('targeting')).toBe(true);
    const hold = holdConsent(manager);
    handle = enableGating(hold.view);
    expect(copies()).toEqual([]);
    expect(hold.view.isGranted('targeting')).toBe(false);
    expect(document.cookie).toContain('_fbp=');
    hold.release();
    expect(copies()).toEqual(['pixel']);
    expect(hold.view.getConsent()).toEqual(manager.getConsent());
    expect(document.cookie).toContain('_fbp=');
  });

  it('passes a denial at once and holds a grant made while it holds', () => {
    const manager = createConsentManager({ policyVersion: '1', region: 'FR', cookie: { name: `${NAME}2` } });
    const hold = holdConsent(manager);
    const change = vi.fn();
    hold.view.on('change', change);
    manager.acceptAll();
    expect(hold.view.isGranted('analytics')).toBe(false);
    expect(change).toHaveBeenCalledOnce();
    manager.rejectAll();
    expect(change.mock.lastCall![0].analytics).toBe(false);
    manager.acceptAll();
    hold.release();
    expect(change.mock.lastCall).toEqual([manager.getConsent(), expect.objectContaining({ necessary: true })]);
    expect(hold.view.isGranted('analytics')).toBe(true);
    // Everything else is the manager's own.
    expect(hold.view.config).toBe(manager.config);
    expect(hold.view.regime).toBe('opt-in');
  });
});
