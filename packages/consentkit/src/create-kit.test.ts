import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsentAdapter } from '@consentkit/core';
import { createKit } from './create-kit';
import type { LazyEntry } from './build-adapters';
import type { AdapterFactory } from './lazy-parts';

/** A lazily loaded adapter's registry entry whose init-time check lets every option through (the factory checks again). */
const file = (name: string): LazyEntry => [name, (options) => options];

/** An adapter that records what it was told. */
function recorder(name: string, log: string[]): AdapterFactory {
  return (options) => {
    if ('bad' in options) throw new Error(`ConsentKit config: "adapters.${name}.bad" is not a known option`);
    return { name, start: (manager) => void log.push(`${name}:${manager.isGranted('targeting')}`) } as ConsentAdapter;
  };
}

describe('createKit with adapters in separate files', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    for (const pair of document.cookie.split('; ')) if (pair) document.cookie = `${pair.split('=')[0]}=; max-age=0; path=/`;
  });

  it('loads only the files of the adapters the config enables, then starts each with the site options', async () => {
    const log: string[] = [];
    const files: string[] = [];
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const registry = { google: recorder('google', log), meta: file('meta.js'), tiktok: file('tiktok.js') };
    const start = vi.fn();
    const kit = createKit({
      registry,
      start,
      loadAdapters: (file) => (files.push(file), arrived.then(() => ({ meta: recorder('meta', log) }))),
    }).init({ policyVersion: '1', region: 'FR', cookie: { name: 'ck_kit_lazy' }, adapters: { meta: {} } });
    expect(files).toEqual(['meta.js']);
    expect(log).toEqual([]);
    kit.acceptAll();
    arrive();
    await vi.waitFor(() => expect(log).toEqual(['meta:true']));
    expect(start).toHaveBeenCalledOnce();
  });

  it('an unknown vendor is still refused at init; a bad option of a lazy adapter is reported when its file arrives and nothing is released', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const registry = { meta: file('meta.js') };
    createKit({ registry }).init({ policyVersion: '1', region: 'FR', cookie: { name: 'ck_kit_bad1' }, adapters: { mta: {} } } as never);
    expect(String(error.mock.calls[0]![0])).toMatch(/"adapters\.mta" is not a known adapter \(known: meta\)/);
    error.mockClear();
    const log: string[] = [];
    createKit({ registry, loadAdapters: async () => ({ meta: recorder('meta', log) }) }).init({
      policyVersion: '1',
      region: 'FR',
      cookie: { name: 'ck_kit_bad2' },
      adapters: { meta: { bad: 1 } },
    });
    await vi.waitFor(() => expect(String(error.mock.calls[0]?.[0])).toMatch(/"adapters\.meta\.bad" is not a known option.*stay held/));
    expect(log).toEqual([]);
  });

  it('a bad option of a lazy adapter that its registry entry checks fails closed at init: the stored decision is kept but not applied', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const config = { policyVersion: '1', region: 'FR', cookie: { name: 'ck_kit_bad3' } };
    createKit({ registry: {} }).init(config).acceptAll();
    const stored = document.cookie;
    const check: LazyEntry[1] = (options, field) => {
      if ('bad' in (options as object)) throw new Error(`ConsentKit config: "${field}.bad" is not a known option`);
      return options;
    };
    const kit = createKit({ registry: { meta: ['meta.js', check] }, loadAdapters: async () => ({}) }).init({
      ...config,
      adapters: { meta: { bad: 1 } },
    });
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]![0])).toMatch(/"adapters\.meta\.bad" is not a known option.*fail-closed/);
    expect([kit.getConsent(), kit.hasDecided()]).toEqual([{ necessary: true, analytics: false, targeting: false }, false]);
    kit.rejectAll();
    expect(document.cookie).toBe(stored);
  });

  it('a file that cannot be loaded is reported once, naming it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    createKit({ registry: { meta: file('meta.js') }, loadAdapters: () => Promise.reject(new Error('https://cdn.example/meta.js could not be loaded')) }).init({
      policyVersion: '1',
      region: 'FR',
      cookie: { name: 'ck_kit_missing' },
      adapters: { meta: {} },
    });
    await vi.waitFor(() => expect(error).toHaveBeenCalledOnce());
    expect(String(error.mock.calls[0]![0])).toContain('meta.js could not be loaded');
  });
});
