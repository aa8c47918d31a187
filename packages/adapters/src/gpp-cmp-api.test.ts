import { describe, expect, it } from 'vitest';
import { gpp } from './gpp';
import { create, gppCall, page, recordEvents, useFreshGppPage } from './gpp.test-support';

useFreshGppPage();

const loaded = () => create({ region: 'US-CA', gpp: { sections: ['usca'] } }).use(gpp());

describe('createGppCmpApi (through the gpp adapter)', () => {
  it('ping after load: loaded, ready, the string, section list and parsed sections', () => {
    loaded();
    expect(gppCall('ping')).toEqual({
      success: true,
      data: expect.objectContaining({
        gppVersion: '1.1',
        cmpStatus: 'loaded',
        cmpDisplayStatus: 'visible',
        signalStatus: 'ready',
        cmpId: 1,
        sectionList: [8],
        applicableSections: [8],
        gppString: 'DBABBg~BUoAAACA.QA',
        parsedSections: { usca: expect.objectContaining({ SaleOptOut: 2, Gpc: false }) },
      }),
    });
  });

  it('hasSection, getSection and getField answer from the current sections', () => {
    loaded();
    expect(gppCall('hasSection', 'usca')).toEqual({ data: true, success: true });
    expect(gppCall('hasSection', 'usnat')).toEqual({ data: false, success: true });
    expect(gppCall('getSection', 'usca')!.data).toMatchObject({ Version: 1, SaleOptOutNotice: 1 });
    expect(gppCall('getSection', 'tcfeuv2')).toEqual({ data: null, success: true });
    expect(gppCall('getField', 'usca.SharingOptOut')).toEqual({ data: 2, success: true });
    expect(gppCall('getField', 'usca.NoSuchField')).toEqual({ data: null, success: true });
    expect(gppCall('getField', 'usca.KnownChildSensitiveDataConsents')).toEqual({ data: [0, 0], success: true });
  });

  it('gives copies: a caller cannot change the signal', () => {
    loaded();
    (gppCall('getSection', 'usca')!.data as Record<string, unknown>).SaleOptOut = 1;
    (gppCall('ping')!.data as { applicableSections: number[] }).applicableSections.push(99);
    expect(gppCall('getField', 'usca.SaleOptOut')!.data).toBe(2);
    expect((gppCall('ping')!.data as { applicableSections: number[] }).applicableSections).toEqual([8]);
  });

  it('removes a listener: it hears nothing more; an unknown id answers false', async () => {
    const manager = create({ region: 'US-CA', gpp: { sections: ['usca'] } });
    manager.use(gpp());
    const kept = recordEvents();
    const removed = recordEvents();
    expect(removed.listenerId).toBe(kept.listenerId + 1);
    expect(gppCall('removeEventListener', removed.listenerId)).toEqual({ data: true, success: true });
    expect(gppCall('removeEventListener', 999)).toEqual({ data: false, success: true });
    manager.rejectAll();
    await Promise.resolve();
    expect(kept.events.length).toBeGreaterThan(1);
    expect(removed.events).toEqual(['listenerRegistered:true']);
  });

  it('answers bad calls (null, false) without throwing', () => {
    loaded();
    for (const [command, parameter, version] of [
      ['nope', undefined, undefined],
      [null, undefined, undefined],
      ['ping', undefined, '1.0'],
      ['getField', 'usca', undefined],
      ['getField', 'usca.SaleOptOut.extra', undefined],
      ['getField', 42, undefined],
      ['getSection', undefined, undefined],
      ['hasSection', 7, undefined],
    ] as const) {
      expect(gppCall(command, parameter, version), `${String(command)} ${String(parameter)} ${String(version)}`).toEqual({ data: null, success: false });
    }
    expect(() => page.__gpp!('addEventListener')).not.toThrow();
    expect(() => page.__gpp!()).not.toThrow();
  });
});
