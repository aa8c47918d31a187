import { describe, expect, it } from 'vitest';
import { decodeConsent } from './consent-cookie';
import { cookieValue, create, setGpc, useFreshPage } from './manager.test-helpers';

useFreshPage();

describe('Global Privacy Control', () => {
  it.each(['FR', 'US-CA'])('denies targeting in %s before any decision, and never grants', (region) => {
    setGpc(true);
    const m = create({ region });
    expect(m.gpc).toBe(true);
    expect(m.isGranted('targeting')).toBe(false);
    expect(m.hasDecided()).toBe(false);
    // It does not by itself deny first-party analytics: opt-out regimes keep it on.
    expect(m.isGranted('analytics')).toBe(region === 'US-CA');
  });

  it('denies targeting in notice and none regimes too', () => {
    setGpc(true);
    expect(create({ region: 'JP', defaultRegime: 'notice' }).getConsent()).toEqual({ necessary: true, analytics: true, targeting: false });
    expect(create({ region: 'JP', defaultRegime: 'none' }).getConsent()).toEqual({ necessary: true, analytics: true, targeting: false });
  });

  it('records the honoured signal once, without deciding for the visitor or showing a dialog', () => {
    setGpc(true);
    const m = create({ region: 'US-CA' });
    expect(m.getRecord()).toMatchObject({ method: 'gpc', gpc: true, choices: { targeting: false } });
    expect(m.$view.get()).toBe('banner'); // the non-modal notice, which says "Opt-Out Request Honored"
    expect(decodeConsent(cookieValue())).toMatchObject({ method: 'gpc', gpc: true, decided: false });
    const reload = create({ region: 'US-CA' });
    expect(reload.getRecord()).toBeUndefined();
  });

  it('"accept all" grants everything except targeting', () => {
    setGpc(true);
    const m = create();
    m.acceptAll();
    expect(m.getConsent()).toEqual({ necessary: true, analytics: true, targeting: false });
    expect(m.getRecord()).toMatchObject({ method: 'accept-all', gpc: true, gpcOverride: false });
  });

  it('an explicit grant of targeting overrides the signal and the record says so (§7025(c)(3))', () => {
    setGpc(true);
    const m = create({ region: 'US-CA' });
    m.update({ targeting: true });
    expect(m.isGranted('targeting')).toBe(true);
    expect(m.getRecord()).toMatchObject({ method: 'custom', gpc: true, gpcOverride: true });
    // ... and it holds on the next page load with the signal still on.
    expect(create({ region: 'US-CA' }).isGranted('targeting')).toBe(true);
  });

  it('opts out a visitor who had granted targeting before turning GPC on, and records it', () => {
    create().acceptAll();
    setGpc(true);
    const m = create();
    expect(m.hasDecided()).toBe(true);
    expect(m.getConsent()).toEqual({ necessary: true, analytics: true, targeting: false });
    expect(m.getRecord()).toMatchObject({ method: 'gpc', choices: { analytics: true, targeting: false } });
  });

  it('is read once per page load', () => {
    setGpc(false);
    const m = create();
    setGpc(true);
    m.update({ analytics: true });
    expect(m.gpc).toBe(false);
    expect(m.getRecord()?.gpc).toBe(false);
  });

  it('can be switched off by the site (gpc: false)', () => {
    setGpc(true);
    const m = create({ region: 'US-CA', gpc: false });
    expect(m.gpc).toBe(false);
    expect(m.isGranted('targeting')).toBe(true);
  });

  it('emits the signal to listeners added after start', () => {
    setGpc(true);
    const m = create();
    const seen: unknown[] = [];
    m.on('signal', (s) => seen.push(s));
    expect(seen).toEqual([{ gpc: true }]);
    const none: unknown[] = [];
    setGpc(false);
    create().on('signal', (s) => none.push(s));
    expect(none).toEqual([]);
  });
});
