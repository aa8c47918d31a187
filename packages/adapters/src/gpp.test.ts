import { ConsentConfigError, resolveConfig } from '@consentkit/core';
import { describe, expect, it } from 'vitest';
import { GPP_REGION_SECTIONS, gpp, gppData } from './gpp';
import { GPP_SECTIONS } from './gpp-sections';
import { create, gppCall, page, recordEvents, setGpc, settle, useFreshGppPage } from './gpp.test-support';

useFreshGppPage();

const usnat = (region = 'US') => create({ region, regimes: { US: 'opt-out' } });
const fields = (prefix: string) => gppCall('getSection', prefix)!.data as Record<string, unknown>;

describe('gppData: the visitor state → GPP string table', () => {
  it('notice given, no opt-out: usnat with the notices 1 and the three opt-outs 2, MSPA not covered', () => {
    const data = gppData(usnat());
    expect(data).toMatchObject({ gppString: 'DBABLA~CVQqAAAAAACA.QA', sectionList: [7], applicableSections: [7] });
    expect(data.parsedSections.usnat).toMatchObject({ SaleOptOut: 2, SharingOptOut: 2, TargetedAdvertisingOptOut: 2, MspaCoveredTransaction: 2, Gpc: false });
  });

  it('opted out by the visitor ("Do Not Sell or Share"): the three opt-outs 1, Gpc false', () => {
    const manager = usnat();
    manager.update({ targeting: false });
    expect(gppData(manager).parsedSections.usnat).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1, Gpc: false });
  });

  it('opted out by Global Privacy Control: the three opt-outs 1 and Gpc true', () => {
    setGpc(true);
    expect(gppData(usnat()).gppString).toBe('DBABLA~CVQVAAAAAACA.YA');
  });

  it('each state region gets its own section and id in applicableSections', () => {
    for (const [region, prefix] of Object.entries(GPP_REGION_SECTIONS)) {
      const section = GPP_SECTIONS.find((s) => s.prefix === prefix)!;
      const data = gppData(create({ region, regimes: { US: 'opt-out' } }));
      expect(data.applicableSections, region).toEqual([section.id]);
      expect(data.gppString.split('~'), region).toHaveLength(2);
      expect(data.parsedSections[prefix], region).toMatchObject({ SaleOptOut: 2, SaleOptOutNotice: 1, MspaCoveredTransaction: 2 });
    }
    expect(Object.keys(GPP_REGION_SECTIONS)).toHaveLength(20);
  });

  it('California under GPC: the known usca string', () => {
    setGpc(true);
    expect(gppData(create({ region: 'US-CA' })).gppString).toBe('DBABBg~BUUAAACA.YA');
  });

  it('a state the site leaves out of `sections` gets usnat; `regions` overrides the table', () => {
    expect(gppData(create({ region: 'US-CA' }), { sections: ['usnat'] }).applicableSections).toEqual([7]);
    expect(gppData(create({ region: 'US-VA' }), { regions: { 'US-VA': 'usnat' } }).applicableSections).toEqual([7]);
  });

  it('outside the US no section applies: [-1] and a header-only string', () => {
    expect(gppData(create({ region: 'FR' }))).toEqual({ gppString: 'DBAA', sectionList: [], applicableSections: [-1], parsedSections: {} });
  });

  it('an MSPA covered transaction says so, in Opt-Out Option Mode', () => {
    const data = gppData(usnat(), { mspaCoveredTransaction: true });
    expect(data.parsedSections.usnat).toMatchObject({ MspaCoveredTransaction: 1, MspaOptOutOptionMode: 1, MspaServiceProviderMode: 2 });
    expect(gppData(create({ region: 'US-MD' }), { mspaCoveredTransaction: true }).parsedSections.usmd).toMatchObject({ MspaCoveredTransaction: 1, MspaMode: 1 });
  });
});

describe('gpp adapter', () => {
  it('is on by default in opt-out regimes: __gpp answers with the visitor section, cmpId 1', () => {
    create({ region: 'US-CO' }).use(gpp());
    expect(gppCall('ping')!.data).toMatchObject({ gppVersion: '1.1', cmpStatus: 'loaded', signalStatus: 'ready', cmpId: 1, applicableSections: [10] });
    expect(gppCall('getField', 'usco.SaleOptOut')).toEqual({ data: 2, success: true });
    expect(document.querySelector('iframe[name="__gppLocator"]')).not.toBeNull();
  });

  it('is off in an opt-in regime unless configured, and off everywhere with gpp: false', () => {
    create({ region: 'FR' }).use(gpp());
    expect(page.__gpp).toBeUndefined();
    create({ region: 'US-CA', gpp: false }).use(gpp());
    expect(page.__gpp).toBeUndefined();
    create({ region: 'FR', gpp: { cmpId: 7 } }).use(gpp());
    expect(gppCall('ping')!.data).toMatchObject({ cmpId: 7, applicableSections: [-1] });
  });

  it('fires the spec order on a decision: not ready, display hidden, sectionChange, ready', async () => {
    const manager = create({ region: 'US-CA' });
    manager.use(gpp());
    const { events } = recordEvents();
    expect(manager.$view.get()).toBe('banner');
    manager.update({ targeting: false });
    await settle();
    expect(events).toEqual([
      'listenerRegistered:true',
      'signalStatus:not ready',
      'cmpDisplayStatus:hidden',
      'sectionChange:usca',
      'signalStatus:ready',
    ]);
    expect(fields('usca')).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1 });
  });

  it('holds the signal while the visitor re-opens the preferences, then releases it', async () => {
    const manager = usnat();
    manager.acceptAll();
    manager.use(gpp());
    const { events } = recordEvents();
    manager.showPreferences();
    await settle();
    expect(gppCall('ping')!.data).toMatchObject({ signalStatus: 'not ready', cmpDisplayStatus: 'visible' });
    manager.update({ targeting: false });
    await settle();
    expect(events.slice(1)).toEqual([
      'signalStatus:not ready',
      'cmpDisplayStatus:visible',
      'cmpDisplayStatus:hidden',
      'sectionChange:usnat',
      'signalStatus:ready',
    ]);
  });

  it('leaves a __gpp from another CMP alone', () => {
    const foreign = () => 'other';
    page.__gpp = foreign;
    usnat().use(gpp());
    expect(page.__gpp).toBe(foreign);
  });
});

describe('gpp options (also the `gpp` key of the configuration)', () => {
  const bad: [unknown, string][] = [
    [{ cmpID: 1 }, 'gpp.cmpID'],
    [{ cmpId: 0 }, 'gpp.cmpId'],
    [{ cmpId: 1.5 }, 'gpp.cmpId'],
    [{ sections: ['usnat', 'usxx'] }, 'gpp.sections.1'],
    [{ regions: { 'US-CA': 'tcfeuv2' } }, 'gpp.regions.US-CA'],
    [{ regions: { 'US-California': 'usnat' } }, 'gpp.regions'],
    [{ mspaCoveredTransaction: 'yes' }, 'gpp.mspaCoveredTransaction'],
    [{ mspaMode: 'service-provider' }, 'gpp.mspaMode'],
    [{ sections: 'usnat' }, 'gpp.sections'],
    ['usnat', 'gpp'],
  ];
  it.each(bad)('refuses %j naming %s', (options, field) => {
    expect(() => gpp(options as never)).toThrow(ConsentConfigError);
    expect(() => resolveConfig({ policyVersion: '1', gpp: options })).toThrow(expect.objectContaining({ field }));
  });

  it('accepts true, false and a full options object; uspapi is a boolean', () => {
    expect(resolveConfig({ policyVersion: '1', gpp: { sections: ['usnat', 'usca'], regions: { US: 'usnat' }, cmpId: 300, mspaCoveredTransaction: true } }).gpp).toMatchObject({ cmpId: 300 });
    expect(resolveConfig({ policyVersion: '1', gpp: false, uspapi: true })).toMatchObject({ gpp: false, uspapi: true });
    expect(() => resolveConfig({ policyVersion: '1', uspapi: 'yes' })).toThrow(expect.objectContaining({ field: 'uspapi' }));
  });
});
