import { afterEach, describe, expect, it, vi } from 'vitest';
import { googleConsentMode } from './google';
import { SCENARIOS, newManager, play, resetPage, sendGpc } from './scenarios.test-support';
import type { ScenarioName } from './scenarios.test-support';

const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Arguments]';
const layer = (name = 'dataLayer') => ((window as unknown as Record<string, unknown[]>)[name] ?? []) as unknown[];
/** The data layer as plain values: `arguments` entries become arrays, GTM-style objects stay. */
const entries = (name = 'dataLayer') => layer(name).map((e) => (isArguments(e) ? Array.from(e as ArrayLike<unknown>) : e));

// Standards.md §2.2 / §10: all seven types, security_storage granted by `necessary`.
const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};
const ANALYTICS_ONLY = { ...DENIED, analytics_storage: 'granted' };
const ALL = { ...ANALYTICS_ONLY, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' };
const DEFAULT = ['consent', 'default', { ...DENIED, wait_for_update: 500 }];
const update = (state: object) => ['consent', 'update', state];
const event = (analytics: boolean, targeting: boolean) => ({ event: 'consentkit_update', consentkit: { necessary: true, analytics, targeting } });

const EXPECTED: Record<ScenarioName, unknown[][]> = {
  'first visit (opt-in)': [[DEFAULT]],
  'accept all': [[DEFAULT], [update(ALL), event(true, true)]],
  'reject all': [[DEFAULT], [update(DENIED), event(false, false)]],
  'custom (analytics only)': [[DEFAULT], [update(ANALYTICS_ONLY), event(true, false)]],
  withdraw: [[DEFAULT], [update(ALL), event(true, true)], [update(DENIED), event(false, false)]],
  'GPC, then accept all': [[DEFAULT], [update(ANALYTICS_ONLY), event(true, false)]],
  'no-op change (accept all twice)': [[DEFAULT], [update(ALL), event(true, true)], []],
  'returning visitor who accepted': [[DEFAULT, update(ALL), event(true, true)]],
};

afterEach(resetPage);

describe('googleConsentMode', () => {
  it.each(Object.keys(SCENARIOS) as ScenarioName[])('pushes the documented gtag sequence: %s', (name) => {
    expect(play(name, () => googleConsentMode(), entries)).toEqual(EXPECTED[name]);
    // Checklist §9.21: gtag commands are `arguments` objects; only the GTM event is a plain object.
    for (const entry of layer()) expect(isArguments(entry) || (entry as { event?: string }).event === 'consentkit_update').toBe(true);
  });

  it('creates window.gtag, whose later page calls land after the default as arguments objects', () => {
    newManager().use(googleConsentMode());
    const gtag = (window as unknown as { gtag: (...a: unknown[]) => void }).gtag;
    gtag('js', new Date(0));
    gtag('config', 'G-TEST');
    expect(entries().map((e) => (e as unknown[]).slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['js', new Date(0)],
      ['config', 'G-TEST'],
    ]);
    expect(layer().every(isArguments)).toBe(true);
  });

  it('reuses an existing data layer and gtag', () => {
    const existing: unknown[] = [{ event: 'page_ready' }];
    const gtag = vi.fn(function (this: unknown) {
      // eslint-disable-next-line prefer-rest-params
      existing.push(arguments);
    });
    Object.assign(window, { dataLayer: existing, gtag });
    newManager().use(googleConsentMode());
    expect(layer()).toBe(existing);
    expect(gtag).toHaveBeenCalledWith('consent', 'default', { ...DENIED, wait_for_update: 500 });
    expect(entries()).toEqual([{ event: 'page_ready' }, DEFAULT]);
  });

  it('pushes one update on the first decision even when it equals the default, then nothing for a repeat', () => {
    const manager = newManager();
    manager.use(googleConsentMode({ dataLayerEvent: false }));
    manager.rejectAll();
    manager.rejectAll();
    manager.close();
    expect(entries()).toEqual([DEFAULT, update(DENIED)]);
  });

  it('sends region defaults after the global default, each with its region list', () => {
    newManager().use(googleConsentMode({ waitForUpdate: 0, regions: { 'US-CA': { ad_storage: 'granted', analytics_storage: 'granted' }, GB: {} } }));
    expect(entries()).toEqual([
      ['consent', 'default', { ...DENIED, wait_for_update: 0 }],
      ['consent', 'default', { ...DENIED, ad_storage: 'granted', analytics_storage: 'granted', wait_for_update: 0, region: ['US-CA'] }],
      ['consent', 'default', { ...DENIED, wait_for_update: 0, region: ['GB'] }],
    ]);
  });

  it('sets ads_data_redaction and url_passthrough only when enabled', () => {
    newManager().use(googleConsentMode({ adsDataRedaction: true, urlPassthrough: true }));
    expect(entries()).toEqual([DEFAULT, ['set', 'ads_data_redaction', true], ['set', 'url_passthrough', true]]);
    resetPage();
    newManager().use(googleConsentMode({ adsDataRedaction: false }));
    expect(entries()).toEqual([DEFAULT]);
  });

  it('maps a site-declared functional category to functionality_storage and personalization_storage', () => {
    const manager = newManager({ categories: { functional: { label: 'Functional' } } });
    manager.use(googleConsentMode({ dataLayerEvent: false }));
    manager.update({ functional: true });
    expect(entries()).toEqual([DEFAULT, update({ ...DENIED, functionality_storage: 'granted', personalization_storage: 'granted' })]);
  });

  it('lets a site declare functionality_storage necessary, so it is granted in the default', () => {
    newManager().use(googleConsentMode({ mapping: { necessary: ['security_storage', 'functionality_storage'] } }));
    expect(entries()).toEqual([['consent', 'default', { ...DENIED, functionality_storage: 'granted', wait_for_update: 500 }]]);
  });

  it('keeps a type denied unless every category mapped to it is granted', () => {
    const manager = newManager();
    manager.use(
      googleConsentMode({
        dataLayerEvent: false,
        mapping: { analytics: ['analytics_storage', 'personalization_storage'], targeting: ['ad_storage', 'personalization_storage'] },
      }),
    );
    manager.update({ analytics: true });
    manager.update({ targeting: true });
    expect(entries()).toEqual([
      DEFAULT,
      update({ ...DENIED, analytics_storage: 'granted' }),
      update({ ...DENIED, analytics_storage: 'granted', ad_storage: 'granted', personalization_storage: 'granted' }),
    ]);
  });

  it('denies the ad types under GPC until the visitor explicitly grants targeting', () => {
    sendGpc();
    const manager = newManager();
    manager.use(googleConsentMode({ dataLayerEvent: false }));
    manager.acceptAll();
    manager.update({ targeting: true });
    expect(entries()).toEqual([DEFAULT, update(ANALYTICS_ONLY), update(ALL)]);
  });

  it('in a US opt-out region with GPC: default, then analytics granted at once and ads denied', () => {
    sendGpc();
    newManager({ region: 'US-CA' }).use(googleConsentMode({ dataLayerEvent: false }));
    expect(entries()).toEqual([DEFAULT, update(ANALYTICS_ONLY)]);
  });

  it('uses another data layer name without touching window.gtag', () => {
    const manager = newManager();
    manager.use(googleConsentMode({ dataLayerName: 'siteLayer', dataLayerEvent: 'consent_ready' }));
    manager.acceptAll();
    expect('gtag' in window).toBe(false);
    expect(entries('siteLayer')).toEqual([DEFAULT, update(ALL), { event: 'consent_ready', consentkit: { necessary: true, analytics: true, targeting: true } }]);
    expect(layer('siteLayer').slice(0, 2).every(isArguments)).toBe(true);
  });

  it('follows decisions made in another tab', () => {
    const manager = newManager();
    manager.use(googleConsentMode({ dataLayerEvent: false }));
    const other = newManager();
    other.acceptAll();
    // The other tab writes the cookie; this manager applies it when the sync message arrives.
    return vi.waitFor(() => expect(entries()).toEqual([DEFAULT, update(ALL)]));
  });

  it('stays denied and says so when the mapping names a category the site does not have', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const manager = newManager();
    manager.use(googleConsentMode({ dataLayerEvent: false, mapping: { marketing: ['ad_storage'] } }));
    manager.acceptAll();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('adapters.google.mapping: "marketing" is not a category of this site'));
    expect(entries()).toEqual([DEFAULT, update({ ...ALL, ad_storage: 'denied' })]);
  });

  it.each([
    [{ waitForUpdat: 500 }, 'adapters.google.waitForUpdat" is not a known option'],
    [{ waitForUpdate: -1 }, 'adapters.google.waitForUpdate" must be a whole number'],
    [{ waitForUpdate: '500' }, 'adapters.google.waitForUpdate" must be a whole number'],
    [{ regions: { eu: {} } }, 'adapters.google.regions.eu" must be an upper-case ISO 3166 code'],
    [{ regions: { DE: { ad_storage: true } } }, 'adapters.google.regions.DE.ad_storage" must be one of "granted", "denied"'],
    [{ regions: { DE: { ads: 'denied' } } }, 'adapters.google.regions.DE.ads" must be one of "ad_storage"'],
    [{ mapping: { analytics: 'analytics_storage' } }, 'adapters.google.mapping.analytics" must be a list of Consent Mode types'],
    [{ mapping: { analytics: ['analytics'] } }, 'adapters.google.mapping.analytics.0" must be one of'],
    [{ adsDataRedaction: 'yes' }, 'adapters.google.adsDataRedaction" must be true or false'],
    [{ dataLayerName: 'data layer' }, 'adapters.google.dataLayerName" must be a JavaScript identifier'],
    [{ dataLayerEvent: true }, 'adapters.google.dataLayerEvent" must be an event name or false'],
    ['fast', 'adapters.google" must be an object'],
  ])('rejects bad options %j before pushing anything', (options, message) => {
    expect(() => googleConsentMode(options as never)).toThrow(message);
    expect('dataLayer' in window).toBe(false);
  });
});
