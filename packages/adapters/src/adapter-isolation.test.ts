import { afterEach, describe, expect, it, vi } from 'vitest';
import { googleConsentMode } from './google';
import { matomoConsent } from './matomo';
import { metaPixelConsent } from './meta';
import { microsoftUetConsent } from './microsoft';
import { posthogConsent } from './posthog';
import { newManager, resetPage } from './scenarios.test-support';
import { VENDOR_POLL_MS } from './vendor-queue';

const globals = window as unknown as Record<string, unknown>;
const broken = () => {
  throw new Error('vendor is broken');
};

afterEach(() => {
  vi.useRealTimers();
  resetPage();
});

describe('a broken vendor', () => {
  it('throwing on start and on every call: logged once, consent and the other adapters unaffected', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    globals.fbq = broken;
    globals.uetq = { push: broken };
    const manager = newManager();
    manager.use(metaPixelConsent());
    manager.use(microsoftUetConsent());
    manager.use(googleConsentMode({ dataLayerEvent: false }));
    manager.use(matomoConsent());
    manager.acceptAll();
    manager.rejectAll();

    expect(manager.getConsent()).toEqual({ necessary: true, analytics: false, targeting: false });
    expect(manager.getDecision()?.method).toBe('reject-all');
    expect((globals.dataLayer as ArrayLike<unknown>[]).map((e) => Array.from(e).slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['consent', 'update'],
      ['consent', 'update'],
    ]);
    expect(globals._paq).toEqual([['requireConsent'], ['setConsentGiven'], ['forgetConsentGiven']]);
    expect(error.mock.calls.map((c) => c[0])).toEqual(['[consentkit] adapter "meta" threw:', '[consentkit] adapter "microsoft-uet" threw:']);
  });

  it('throwing only on updates: logged once however many decisions follow', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const calls: unknown[][] = [];
    globals.fbq = (...args: unknown[]) => (args[1] === 'grant' ? broken() : calls.push(args));
    const manager = newManager();
    manager.use(metaPixelConsent());
    manager.acceptAll();
    manager.rejectAll();
    manager.acceptAll();
    expect(calls).toEqual([
      ['consent', 'revoke'],
      ['consent', 'revoke'],
    ]);
    expect(error).toHaveBeenCalledOnce();
    expect(manager.isGranted('targeting')).toBe(true);
  });

  it('appearing late and throwing: logged once from the poll, no uncaught error', () => {
    vi.useFakeTimers();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const manager = newManager();
    manager.use(posthogConsent());
    globals.posthog = { opt_in_capturing: broken, opt_out_capturing: broken };
    expect(() => vi.advanceTimersByTime(VENDOR_POLL_MS)).not.toThrow();
    manager.acceptAll();
    manager.rejectAll();
    expect(error).toHaveBeenCalledOnce();
    expect(manager.getConsent().analytics).toBe(false);
  });
});
