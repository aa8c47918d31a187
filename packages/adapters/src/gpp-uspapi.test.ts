import { describe, expect, it, vi } from 'vitest';
import { gpp } from './gpp';
import { installUspApi, uspString } from './gpp-uspapi';
import { create, page, setGpc, useFreshGppPage } from './gpp.test-support';

useFreshGppPage();

/** What `__uspapi(command, version, cb)` answered synchronously. */
function uspCall(command: unknown, version: unknown) {
  let result: { data: unknown; success: boolean } | undefined;
  page.__uspapi!(command, version, (data: unknown, success: boolean) => (result = { data, success }));
  return result;
}

describe('__uspapi (legacy US Privacy API)', () => {
  it('answers getUSPData with 1YNN after a notice without opt-out, and 1YYN once the visitor opts out', () => {
    const manager = create({ region: 'US-CA', uspapi: true, gpp: false });
    manager.use(gpp());
    expect(page.__gpp).toBeUndefined();
    expect(uspCall('getUSPData', 1)).toEqual({ data: { version: 1, uspString: '1YNN' }, success: true });
    manager.update({ targeting: false });
    expect(uspCall('getUSPData', 1)).toEqual({ data: { version: 1, uspString: '1YYN' }, success: true });
    expect(document.querySelector('iframe[name="__uspapiLocator"]')).not.toBeNull();
  });

  it('says 1YYN under Global Privacy Control and 1--- outside the US', () => {
    setGpc(true);
    expect(uspString(create({ region: 'US-VA' }))).toBe('1YYN');
    expect(uspString(create({ region: 'DE' }))).toBe('1---');
  });

  it('is off by default', () => {
    create({ region: 'US-CA' }).use(gpp());
    expect(page.__uspapi).toBeUndefined();
  });

  it('answers other commands and versions (null, false) and ignores a call without callback', () => {
    installUspApi(page, create({ region: 'US-CA' }));
    expect(uspCall('getUSPData', 2)).toEqual({ data: null, success: false });
    expect(uspCall('getTCData', 1)).toEqual({ data: null, success: false });
    expect(() => page.__uspapi!('getUSPData', 1)).not.toThrow();
  });

  it("leaves another CMP's __uspapi alone", () => {
    const foreign = () => {};
    page.__uspapi = foreign;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    installUspApi(page, create({ region: 'US-CA' }));
    expect(page.__uspapi).toBe(foreign);
    expect(warn).toHaveBeenCalledOnce();
  });
});
