import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, createAdapters } from './adapter-registry';

describe('createAdapters', () => {
  it('creates the adapters named in config.adapters, in order, each with its vendor name', () => {
    expect(createAdapters({ meta: {}, google: { waitForUpdate: 300 } }).map((a) => a.name)).toEqual(['meta', 'google']);
    expect(createAdapters(undefined)).toEqual([]);
  });

  it('rejects an unknown vendor, naming adapters.<name> and the known ones', () => {
    expect(() => createAdapters({ gogle: {} })).toThrow(/"adapters\.gogle" is not a known adapter \(known: google, meta/);
    expect(() => createAdapters({ toString: {} })).toThrow(/"adapters\.toString"/);
  });

  it("passes a vendor's options to its factory, which names the bad option", () => {
    expect(() => createAdapters({ google: { waitForUpdate: 'soon' } })).toThrow(/adapters\.google\.waitForUpdate/);
  });

  it('has every vendor module of @consentkit/adapters', () => {
    const dir = join(process.cwd(), 'packages', 'adapters', 'src');
    // gpp is not a vendor of `config.adapters`: the top-level `gpp` key turns it on and the script tag loads it lazily (gpp-loader.ts).
    const modules = readdirSync(dir)
      .filter((f) => /^[a-z]+\.ts$/.test(f) && !/^(adapter|follow|vendor|opt|category|gpp)/.test(f))
      .map((f) => f.replace('.ts', ''));
    for (const module of modules)
      expect(
        Object.keys(ADAPTERS).some((name) => name === module || name.startsWith(`${module}-`)),
        module,
      ).toBe(true);
  });
});

describe('createAdapters(adapters, lenient) — for an invalid configuration', () => {
  it('keeps the known vendors, with defaults when their options are bad, and drops unknown ones', () => {
    const adapters = createAdapters({ google: { waitForUpdate: -1 }, nope: {}, meta: {} }, true);
    expect(adapters.map((a) => a.name)).toEqual(['google', 'meta']);
  });

  it('ignores anything that is not an object', () => {
    expect(createAdapters('google', true)).toEqual([]);
    expect(createAdapters(null, true)).toEqual([]);
    expect(createAdapters(['google'])).toEqual([]);
  });
});
