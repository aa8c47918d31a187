import { describe, expect, it, vi } from 'vitest';
import { decodeConsent } from './consent-cookie';
import { cookieOwner, cookieValue, create, useFreshPage } from './manager.test-helpers';
import type { ConsentRecord } from '../types';

useFreshPage();

describe('createConsentManager: opt-in regime', () => {
  it('starts undecided with everything but necessary denied and asks', () => {
    const m = create();
    expect(m.regime).toBe('opt-in');
    expect(m.getConsent()).toEqual({ necessary: true, analytics: false, targeting: false });
    expect(m.hasDecided()).toBe(false);
    expect(m.$view.get()).toBe('banner');
    expect(cookieValue()).toBeUndefined();
  });

  it('accept all grants everything, stores it and records it', () => {
    const m = create();
    const decisions: ConsentRecord[] = [];
    m.on('decision', (r) => decisions.push(r));
    m.acceptAll();
    expect(m.getConsent()).toEqual({ necessary: true, analytics: true, targeting: true });
    expect(m.hasDecided()).toBe(true);
    expect(m.$view.get()).toBe('hidden');
    const stored = decodeConsent(cookieValue());
    expect(stored).toMatchObject({ decided: true, method: 'accept-all', policyVersion: 'v1' });
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({
      method: 'accept-all',
      previousRecordId: null,
      policyVersion: 'v1',
      regime: 'opt-in',
      region: 'FR',
      gpc: false,
      choices: { necessary: true, analytics: true, targeting: true },
    });
    expect(decisions[0]!.recordId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(decisions[0]!.timestamp)).not.toBeNaN();
    expect(Object.keys(decisions[0]!)).not.toContain('ip');
    expect(Object.isFrozen(decisions[0])).toBe(true);
  });

  it('reject all and close deny everything but necessary; close is recorded as close', () => {
    const m = create();
    m.rejectAll();
    expect(m.getConsent()).toEqual({ necessary: true, analytics: false, targeting: false });
    expect(m.getRecord()?.method).toBe('reject-all');
    const n = create();
    n.acceptAll();
    n.close();
    expect(n.getConsent()).toEqual({ necessary: true, analytics: false, targeting: false });
    expect(n.hasDecided()).toBe(true);
    expect(n.getRecord()?.method).toBe('close');
  });

  it('update sets only the given categories (custom)', () => {
    const m = create({ categories: { functional: { label: 'Functional' } } });
    m.update({ analytics: true });
    expect(m.getConsent()).toEqual({ necessary: true, analytics: true, targeting: false, functional: false });
    m.update({ functional: true, analytics: false });
    expect(m.getConsent()).toEqual({ necessary: true, analytics: false, targeting: false, functional: true });
    expect(m.getRecord()?.method).toBe('custom');
  });

  it('never revokes necessary', () => {
    const m = create();
    m.update({ necessary: false });
    expect(m.isGranted('necessary')).toBe(true);
  });

  it.each([
    [{ ads: true }, 'unknown category "ads"'],
    [{ analytics: 'yes' }, '"analytics" must be true or false'],
    [null, 'expected an object'],
  ])('update(%j) throws clearly and changes nothing', (choices, message) => {
    const m = create();
    expect(() => m.update(choices as never)).toThrow(message);
    expect(m.hasDecided()).toBe(false);
    expect(m.getConsent().analytics).toBe(false);
  });

  it('restores the decision on the next page load', () => {
    create().update({ analytics: true });
    const next = create();
    expect(next.hasDecided()).toBe(true);
    expect(next.getConsent()).toEqual({ necessary: true, analytics: true, targeting: false });
    expect(next.$view.get()).toBe('hidden');
  });

  it('asks again when the policy version changes, chaining records to the same subject', () => {
    const first = create();
    first.acceptAll();
    const old = first.getRecord()!;
    const next = create({ policyVersion: 'v2' });
    expect(next.hasDecided()).toBe(false);
    expect(next.getConsent()).toEqual({ necessary: true, analytics: false, targeting: false });
    expect(next.$view.get()).toBe('banner');
    next.rejectAll();
    expect(next.getRecord()).toMatchObject({ previousRecordId: old.recordId, subjectId: old.subjectId, policyVersion: 'v2' });
  });

  it('does not ask again after a reject until the decision expires', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1), toFake: ['Date'] });
    try {
      create({ cookie: { expiresDays: 30 } }).rejectAll();
      vi.setSystemTime(Date.UTC(2026, 0, 29));
      expect(create({ cookie: { expiresDays: 30 } }).$view.get()).toBe('hidden');
      // The cookie outlives a shortened lifetime: the decision still expires, with a record.
      vi.setSystemTime(Date.UTC(2026, 0, 29));
      const short = create({ cookie: { expiresDays: 7 } });
      expect(short.hasDecided()).toBe(false);
      expect(short.$view.get()).toBe('banner');
      expect(short.getRecord()?.method).toBe('expire');
    } finally {
      vi.useRealTimers();
    }
  });

  it('withdraw goes back to undecided and asks again', () => {
    const m = create();
    m.acceptAll();
    const accepted = m.getRecord()!;
    m.withdraw();
    expect(m.hasDecided()).toBe(false);
    expect(m.getConsent()).toEqual({ necessary: true, analytics: false, targeting: false });
    expect(m.$view.get()).toBe('banner');
    expect(m.getRecord()).toMatchObject({ method: 'withdraw', previousRecordId: accepted.recordId });
    expect(create().hasDecided()).toBe(false);
  });

  it.each([
    ['garbage', 'hello'],
    ['a forged grant in another format', 'analytics=true'],
    ['a future format', '9|x|v1|a1.t1|0|1|a|b'],
  ])('treats %s in the cookie as undecided without throwing', (_name, value) => {
    document.cookie = `consentkit=${value}; path=/`;
    const m = create();
    expect(m.hasDecided()).toBe(false);
    expect(m.getConsent()).toEqual({ necessary: true, analytics: false, targeting: false });
    // ... and the stored value is left alone until the visitor decides.
    expect(cookieValue()).toBe(value);
  });

  it('uses the configured cookie name', () => {
    create({ cookie: { name: 'site_consent' } }).acceptAll();
    expect(decodeConsent(cookieValue('site_consent'))?.method).toBe('accept-all');
    expect(cookieValue()).toBeUndefined();
  });

  it('writes the cookie with SameSite=Lax, the path and the expiry', () => {
    const owner = cookieOwner();
    const descriptor = Object.getOwnPropertyDescriptor(owner, 'cookie')!;
    const writes: string[] = [];
    vi.spyOn(owner, 'cookie', 'set').mockImplementation(function (this: Document, value: string) {
      writes.push(value);
      descriptor.set!.call(this, value);
    });
    create({ cookie: { expiresDays: 100 } }).acceptAll();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^consentkit=1\|/);
    expect(writes[0]).toMatch(/; path=\//);
    expect(writes[0]).toMatch(/; sameSite=Lax/i);
    const expires = Date.parse(/expires=([^;]+)/.exec(writes[0]!)![1]!);
    expect(Math.round((expires - Date.now()) / 86400_000)).toBe(100);
    expect(writes[0]).not.toMatch(/secure/i); // happy-dom pages are http:
  });

  it('keeps working in memory when cookies are refused', () => {
    vi.spyOn(cookieOwner(), 'cookie', 'set').mockImplementation(() => {});
    const m = create();
    m.acceptAll();
    expect(m.getConsent().analytics).toBe(true);
    expect(m.hasDecided()).toBe(true);
  });

  it('freezes the manager so page code cannot swap a method', () => {
    const m = create();
    expect(() => {
      (m as { isGranted: unknown }).isGranted = () => true;
    }).toThrow(TypeError);
    expect(m.isGranted('targeting')).toBe(false);
  });
});

describe('createConsentManager: other regimes', () => {
  it('opt-out (US-CA): granted by default, undecided, notice shown', () => {
    const m = create({ region: 'US-CA' });
    expect(m.regime).toBe('opt-out');
    expect(m.getConsent()).toEqual({ necessary: true, analytics: true, targeting: true });
    expect(m.hasDecided()).toBe(false);
    expect(m.$view.get()).toBe('banner');
    m.update({ targeting: false });
    expect(m.getConsent()).toEqual({ necessary: true, analytics: true, targeting: false });
  });

  it('opt-out: closing the notice keeps the current state', () => {
    const m = create({ region: 'US-CA' });
    m.close();
    expect(m.getConsent()).toEqual({ necessary: true, analytics: true, targeting: true });
    expect(m.hasDecided()).toBe(true);
    expect(m.getRecord()?.method).toBe('close');
  });

  it('none: everything granted, nothing shown', () => {
    const m = create({ region: 'JP', defaultRegime: 'none' });
    expect(m.getConsent()).toEqual({ necessary: true, analytics: true, targeting: true });
    expect(m.$view.get()).toBe('hidden');
  });
});
