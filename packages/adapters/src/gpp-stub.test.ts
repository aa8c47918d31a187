import { describe, expect, it, vi } from 'vitest';
import { gpp } from './gpp';
import { installGppStub, isGppOn, listenForFrames } from './gpp-stub';
import { create, gppCall, page, recordEvents, useFreshGppPage } from './gpp.test-support';

useFreshGppPage();

const stub = () => installGppStub(page, { cmpId: 1, supportedAPIs: ['usnat'] });

describe('installGppStub', () => {
  it('answers ping synchronously before the plug-in loads: version 1.1, stub, not ready', () => {
    stub();
    expect(gppCall('ping')).toEqual({
      success: true,
      data: {
        gppVersion: '1.1',
        cmpStatus: 'stub',
        cmpDisplayStatus: 'hidden',
        signalStatus: 'not ready',
        supportedAPIs: ['usnat'],
        cmpId: 1,
        sectionList: [],
        applicableSections: [0],
        gppString: '',
        parsedSections: {},
      },
    });
  });

  it('answers the section commands with null (not queued) and queues other commands, replayed in order by the plug-in', () => {
    stub();
    expect(gppCall('getField', 'usnat.SaleOptOut')).toEqual({ data: null, success: true });
    expect(gppCall('hasSection', 'usnat')).toEqual({ data: null, success: true });
    const order: string[] = [];
    page.__gpp!('usnat.custom', (_: unknown, ok: boolean) => order.push(`custom:${ok}`));
    page.__gpp!('other', (_: unknown, ok: boolean) => order.push(`other:${ok}`));
    expect(order).toEqual([]);
    create({ region: 'US', regimes: { US: 'opt-out' } }).use(gpp());
    // Unknown to the full API: answered (null, false), in the order they were made.
    expect(order).toEqual(['custom:false', 'other:false']);
    expect(gppCall('getField', 'usnat.SaleOptOut')).toEqual({ data: 2, success: true });
  });

  it('keeps listeners registered with the stub: they hear the plug-in load, then ready', () => {
    stub();
    const { events, listenerId } = recordEvents();
    expect(listenerId).toBe(1);
    create({ region: 'US-CA' }).use(gpp());
    expect(events).toEqual(['listenerRegistered:true', 'cmpStatus:loaded', 'cmpDisplayStatus:visible', 'signalStatus:ready']);
    expect(gppCall('ping')!.data).toMatchObject({ cmpStatus: 'loaded', signalStatus: 'ready', applicableSections: [8] });
  });

  it('removes a stub listener; an unknown id answers false', () => {
    stub();
    const { events, listenerId } = recordEvents();
    expect(gppCall('removeEventListener', listenerId)).toEqual({ data: true, success: true });
    expect(gppCall('removeEventListener', listenerId)).toEqual({ data: false, success: true });
    create({ region: 'US-CA' }).use(gpp());
    expect(events).toEqual(['listenerRegistered:true']);
  });

  it('answers bad calls (null, false) and never throws: not a string, unknown command, wrong version', () => {
    stub();
    expect(gppCall(42)).toEqual({ data: null, success: false });
    expect(gppCall('ping', undefined, '1.0')).toEqual({ data: null, success: false });
    expect(gppCall('ping', undefined, 2)).toEqual({ data: null, success: false });
    expect(gppCall('ping', undefined, '1.1')).toMatchObject({ success: true });
    expect(() => page.__gpp!('ping')).not.toThrow();
    expect(() => page.__gpp!('ping', 'not a function')).not.toThrow();
  });

  it('survives a callback that throws', () => {
    stub();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      page.__gpp!('ping', () => {
        throw new Error('vendor bug');
      }),
    ).not.toThrow();
    expect(error).toHaveBeenCalledOnce();
  });

  it('sets cmpStatus "error" when the plug-in could not load', () => {
    stub()!();
    expect(gppCall('ping')!.data).toMatchObject({ cmpStatus: 'error', signalStatus: 'not ready' });
  });

  it('creates the hidden __gppLocator frame once and leaves another CMP alone', () => {
    stub();
    const frames = document.querySelectorAll('iframe[name="__gppLocator"]');
    expect(frames).toHaveLength(1);
    expect((frames[0] as HTMLIFrameElement).style.display).toBe('none');
    delete page.__gpp;
    const foreign = () => {};
    page.__gpp = foreign;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(stub()).toBeUndefined();
    expect(page.__gpp).toBe(foreign);
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('isGppOn', () => {
  it('is on by default in opt-out regimes only; false turns it off; true or options turn it on', () => {
    expect(isGppOn(undefined, 'opt-out')).toBe(true);
    expect(isGppOn(undefined, 'opt-in')).toBe(false);
    expect(isGppOn(false, 'opt-out')).toBe(false);
    expect(isGppOn(true, 'opt-in')).toBe(true);
    expect(isGppOn({ cmpId: 1 }, 'notice')).toBe(true);
  });
});

describe('listenForFrames', () => {
  const message = (data: unknown, source: { postMessage: (...a: unknown[]) => void } | null) =>
    page.dispatchEvent(new MessageEvent('message', { data, source: source as never }));

  it('answers a __gppCall object with an object and a JSON string with a string, keeping callId', () => {
    stub();
    const source = { postMessage: vi.fn() };
    message({ __gppCall: { command: 'ping', version: '1.1', callId: 7 } }, source);
    expect(source.postMessage).toHaveBeenLastCalledWith(
      { __gppReturn: { returnValue: expect.objectContaining({ gppVersion: '1.1', cmpStatus: 'stub' }), success: true, callId: 7 } },
      '*',
    );
    message(JSON.stringify({ __gppCall: { command: 'getField', parameter: 'usnat.Gpc', callId: 'x' } }), source);
    expect(JSON.parse(source.postMessage.mock.lastCall![0] as string)).toEqual({ __gppReturn: { returnValue: null, success: true, callId: 'x' } });
  });

  it('ignores other messages, malformed JSON and messages without a source', () => {
    const invoke = vi.fn();
    listenForFrames(page, '__gpp', invoke);
    const source = { postMessage: vi.fn() };
    message('{not json', source);
    message({ hello: 1 }, source);
    message({ __gppCall: 'ping' }, source);
    message({ __gppCall: { command: 'ping' } }, null);
    expect(invoke).not.toHaveBeenCalled();
  });
});
