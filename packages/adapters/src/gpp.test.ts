import { ConsentConfigError } from '@consentkit/core';
import { resolveConfig } from '@consentkit/core/internal';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GPP_SECTIONS, GPP_REGION_SECTIONS, gpp, gppData } from './gpp';
import { GPP_SECTIONS } from './gpp-sections';
import { create, gppCall, page, recordEvents, setGpc, settle, useFreshGppPage } from './gpp.test-support';

useFreshGppPage();

const usnat = (region = 'US') => create({ region, regimes: { US: 'opt-out' } });
/** Every section: usnat and all the states. */
const ALL = GPP_SECTIONS.map((s) => s.prefix) as never[];
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

  it('passes the GPC signal on even where the site does not honour it (gpc: false): Gpc true, no opt-out', () => {
    setGpc(true);
    expect(gppData(create({ region: 'US', regimes: { US: 'opt-out' }, gpc: false })).parsedSections.usnat).toMatchObject({ Gpc: true, SaleOptOut: 2 });
  });

  it('by default a visitor from a state with its own section gets usnat plus that section, which applies', () => {
    // usnat + usca of a first visit in California, as the IAB reference library writes it.
    expect(gppData(create({ region: 'US-CA' }))).toMatchObject({
      gppString: 'DBABrw~CVQqAAAAAACA.QA~BUoAAACA.QA',
      sectionList: [7, 8],
      applicableSections: [8],
    });
    for (const [region, id] of [
      ['US-VA', 9],
      ['US-MD', 24],
      ['US-RI', 27],
    ] as const) {
      expect(gppData(create({ region })), region).toMatchObject({ sectionList: [7, id], applicableSections: [id] });
    }
    expect(DEFAULT_GPP_SECTIONS).toEqual(['usnat', ...Object.values(GPP_REGION_SECTIONS)]);
  });

  it('sections: ["usnat"] sends every US region the national section only ("National Approach"): [7]', () => {
    for (const region of ['US-CA', 'US-VA', 'US-MD', 'US-RI']) {
      expect(gppData(create({ region }), { sections: ['usnat'] }), region).toMatchObject({
        gppString: 'DBABLA~CVQqAAAAAACA.QA',
        sectionList: [7],
        applicableSections: [7],
      });
    }
  });

  it('with the state sections listed, each state region gets usnat plus its own section, which applies', () => {
    for (const [region, prefix] of Object.entries(GPP_REGION_SECTIONS)) {
      const section = GPP_SECTIONS.find((s) => s.prefix === prefix)!;
      const data = gppData(create({ region, regimes: { US: 'opt-out' } }), { sections: ALL });
      expect(data.applicableSections, region).toEqual([section.id]);
      expect(data.sectionList, region).toEqual([7, section.id]);
      expect(data.gppString.split('~'), region).toHaveLength(3);
      expect(data.parsedSections[prefix], region).toMatchObject({ SaleOptOut: 2, SaleOptOutNotice: 1, MspaCoveredTransaction: 2 });
      expect(data.parsedSections.usnat, region).toMatchObject({ SaleOptOut: 2, MspaCoveredTransaction: 2 });
    }
    expect(Object.keys(GPP_REGION_SECTIONS)).toHaveLength(20);
    // A US region without a state section gets usnat alone.
    expect(gppData(create({ region: 'US-NY', regimes: { US: 'opt-out' } }), { sections: ALL }).applicableSections).toEqual([7]);
  });

  it('California with usnat and usca: the reference library string, before and after the visitor opts out', () => {
    const manager = create({ region: 'US-CA' });
    expect(gppData(manager, { sections: ['usnat', 'usca'] }).gppString).toBe('DBABrw~CVQqAAAAAACA.QA~BUoAAACA.QA');
    manager.update({ targeting: false });
    expect(gppData(manager, { sections: ['usnat', 'usca'] }).gppString).toBe('DBABrw~CVQVAAAAAACA.QA~BUUAAACA.QA');
  });

  it('California under GPC, usca alone: the known usca string', () => {
    setGpc(true);
    expect(gppData(create({ region: 'US-CA' }), { sections: ['usca'] })).toMatchObject({ gppString: 'DBABBg~BUUAAACA.YA', applicableSections: [8] });
  });

  it('a state the site leaves out of `sections` gets usnat; `regions` overrides the table', () => {
    expect(gppData(create({ region: 'US-CA' }), { sections: ['usnat', 'usva'] }).applicableSections).toEqual([7]);
    expect(gppData(create({ region: 'US-VA' }), { sections: ALL, regions: { 'US-VA': 'usnat' } })).toMatchObject({ sectionList: [7], applicableSections: [7] });
    expect(gppData(create({ region: 'US-CO' }), { sections: ALL, regions: { 'US-CO': 'usct' } }).applicableSections).toEqual([12]);
    // A site that sends no usnat and not this state's section: no section applies.
    expect(gppData(create({ region: 'US-TX' }), { sections: ['usca'] })).toMatchObject({ gppString: 'DBAA', applicableSections: [-1] });
  });

  it('outside the US no section applies: [-1] and a header-only string', () => {
    expect(gppData(create({ region: 'FR' }))).toEqual({ gppString: 'DBAA', sectionList: [], applicableSections: [-1], parsedSections: {} });
  });

  it('an MSPA covered transaction says so, in Opt-Out Option Mode', () => {
    const data = gppData(usnat(), { mspaCoveredTransaction: true });
    expect(data.parsedSections.usnat).toMatchObject({ MspaCoveredTransaction: 1, MspaOptOutOptionMode: 1, MspaServiceProviderMode: 2 });
    expect(gppData(create({ region: 'US-MD' }), { sections: ['usmd'], mspaCoveredTransaction: true }).parsedSections.usmd).toMatchObject({
      MspaCoveredTransaction: 1,
      MspaMode: 1,
    });
  });
});

describe('gpp adapter', () => {
  it("is on by default in opt-out regimes: __gpp answers with usnat and the visitor's state section, cmpId 1; sections lists what is sent", () => {
    create({ region: 'US-CO' }).use(gpp());
    expect(gppCall('ping')!.data).toMatchObject({
      gppVersion: '1.1',
      cmpStatus: 'loaded',
      signalStatus: 'ready',
      cmpId: 1,
      sectionList: [7, 10],
      applicableSections: [10],
      supportedAPIs: [...DEFAULT_GPP_SECTIONS],
    });
    expect(gppCall('getField', 'usnat.SaleOptOut')).toEqual({ data: 2, success: true });
    expect(gppCall('getField', 'usco.SaleOptOut')).toEqual({ data: 2, success: true });
    delete page.__gpp;
    create({ region: 'US-CO', gpp: { sections: ['usnat'] } }).use(gpp());
    expect(gppCall('ping')!.data).toMatchObject({ sectionList: [7], applicableSections: [7], supportedAPIs: ['usnat'] });
    delete page.__gpp;
    create({ region: 'US-CO', gpp: { sections: ['usnat', 'usco'] } }).use(gpp());
    expect(gppCall('ping')!.data).toMatchObject({ sectionList: [7, 10], applicableSections: [10], supportedAPIs: ['usnat', 'usco'] });
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

  it('fires the spec order on a decision: not ready, display hidden, sectionChange (each section), ready', async () => {
    const manager = create({ region: 'US-CA', gpp: { sections: ['usnat', 'usca'] } });
    manager.use(gpp());
    const { events } = recordEvents();
    expect(manager.$view.get()).toBe('banner');
    manager.update({ targeting: false });
    await settle();
    expect(events).toEqual([
      'listenerRegistered:true',
      'signalStatus:not ready',
      'cmpDisplayStatus:hidden',
      'sectionChange:usnat',
      'sectionChange:usca',
      'signalStatus:ready',
    ]);
    expect(fields('usca')).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1 });
    expect(fields('usnat')).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1 });
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
    expect(
      resolveConfig({ policyVersion: '1', gpp: { sections: ['usnat', 'usca'], regions: { US: 'usnat' }, cmpId: 300, mspaCoveredTransaction: true } }).gpp,
    ).toMatchObject({ cmpId: 300 });
    expect(resolveConfig({ policyVersion: '1', gpp: false, uspapi: true })).toMatchObject({ gpp: false, uspapi: true });
    expect(() => resolveConfig({ policyVersion: '1', uspapi: 'yes' })).toThrow(expect.objectContaining({ field: 'uspapi' }));
  });
});
