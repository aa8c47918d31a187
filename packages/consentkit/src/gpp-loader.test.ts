import { createConsentManager } from '@consentkit/core';
import type { ConsentConfig, ConsentManager } from '@consentkit/core';
import { createGppAdapter } from '@consentkit/adapters/gpp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startGppLoader } from './gpp-loader';

type GppPage = Window & { __gpp?: (...args: unknown[]) => void; __uspapi?: unknown };
const page = window as GppPage;
const managers: ConsentManager[] = [];
const manager = (config: Partial<ConsentConfig>) => {
  const m = createConsentManager({ policyVersion: '1', ...config });
  managers.push(m);
  return m;
};
afterEach(() => managers.splice(0).forEach((m) => m.destroy()));
const ping = () => {
  let data: Record<string, unknown> | undefined;
  page.__gpp!('ping', (d: Record<string, unknown>) => (data = d));
  return data;
};

beforeEach(() => {
  for (const c of document.cookie.split('; ').filter(Boolean)) document.cookie = `${c.split('=')[0]}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  delete page.__gpp;
  delete page.__uspapi;
});

describe('startGppLoader', () => {
  it('installs the stub synchronously in an opt-out regime, then starts the plug-in it loads', async () => {
    const load = vi.fn(async () => createGppAdapter);
    startGppLoader(manager({ region: 'US-CA' }), load);
    expect(ping()).toMatchObject({ cmpStatus: 'stub', gppVersion: '1.1', supportedAPIs: ['usnat'] });
    // By default a California visitor gets usnat and usca, which applies.
    await vi.waitFor(() => expect(ping()).toMatchObject({ cmpStatus: 'loaded', sectionList: [7, 8], applicableSections: [8] }));
    expect(load).toHaveBeenCalledOnce();
  });

  it('does nothing for an EU visitor: no __gpp, no plug-in request', () => {
    const load = vi.fn(async () => createGppAdapter);
    startGppLoader(manager({ region: 'FR' }), load);
    startGppLoader(manager({ region: 'US-CA', gpp: false }), load);
    expect(page.__gpp).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the plug-in for __uspapi alone when gpp is off but uspapi is on', async () => {
    startGppLoader(manager({ region: 'US-CA', gpp: false, uspapi: true }), async () => createGppAdapter);
    await vi.waitFor(() => expect(typeof page.__uspapi).toBe('function'));
    expect(page.__gpp).toBeUndefined();
  });

  it('reports cmpStatus "error" and one console error when the plug-in cannot be loaded', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    startGppLoader(manager({ region: 'US-TX' }), () => Promise.reject(new Error('consentkit-gpp.js could not be loaded')));
    await vi.waitFor(() => expect(ping()).toMatchObject({ cmpStatus: 'error', signalStatus: 'not ready' }));
    expect(error).toHaveBeenCalledWith(expect.stringContaining('consentkit-gpp.js could not be loaded'));
  });
});
