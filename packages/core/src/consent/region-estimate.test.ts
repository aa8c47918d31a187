import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager } from './consent-manager';
import { DEFAULT_REGIMES, resolveRegime } from './regimes';
import { resolveConfig } from './config';
import { estimateRegion, readTimeZone } from './region-estimate';

describe('estimateRegion', () => {
  it.each([
    ['Europe/Paris', 'FR'],
    ['Europe/Berlin', 'DE'],
    ['Europe/Busingen', 'DE'],
    ['Europe/Ljubljana', 'SI'],
    ['Europe/Dublin', 'IE'],
    ['Europe/Mariehamn', 'FI'],
    ['Asia/Nicosia', 'CY'],
    ['Atlantic/Canary', 'ES'],
    ['Africa/Ceuta', 'ES'],
    ['Atlantic/Azores', 'PT'],
    ['Atlantic/Reykjavik', 'IS'],
    ['Europe/Vaduz', 'LI'],
    ['Arctic/Longyearbyen', 'NO'],
    ['Europe/London', 'GB'],
    ['Europe/Zurich', 'CH'],
    ['America/Sao_Paulo', 'BR'],
    ['America/Manaus', 'BR'],
    ['America/Montreal', 'CA-QC'],
    ['America/Los_Angeles', 'US-CA'],
    ['America/Indiana/Indianapolis', 'US-IN'],
    ['America/Kentucky/Louisville', 'US-KY'],
  ])('%s → %s', (zone, region) => {
    expect(estimateRegion(zone)).toBe(region);
  });

  it.each([
    // Shared by states or provinces with different rules: no estimate, the default applies.
    'America/New_York',
    'America/Chicago',
    'America/Denver',
    'America/Toronto',
    // Unknown, not a place, or not a zone at all.
    'Asia/Tokyo',
    'Etc/UTC',
    'UTC',
    'Europe/',
    'America/',
    'Paris',
    '',
    undefined,
  ])('%s → no estimate', (zone) => {
    expect(estimateRegion(zone)).toBeUndefined();
  });

  it('covers every opt-in country of the built-in regime table', () => {
    const zones = [
      'Vienna',
      'Brussels',
      'Sofia',
      'Zagreb',
      'Nicosia',
      'Prague',
      'Copenhagen',
      'Tallinn',
      'Helsinki',
      'Paris',
      'Berlin',
      'Athens',
      'Budapest',
      'Dublin',
      'Rome',
      'Riga',
      'Vilnius',
      'Luxembourg',
      'Malta',
      'Amsterdam',
      'Warsaw',
      'Lisbon',
      'Bucharest',
      'Bratislava',
      'Ljubljana',
      'Madrid',
      'Stockholm',
      'Vaduz',
      'Oslo',
      'London',
      'Zurich',
    ];
    const regions = new Set([...zones.map((z) => estimateRegion(`Europe/${z}`)), estimateRegion('Atlantic/Reykjavik')]);
    for (const region of regions) {
      expect(region).toBeDefined();
      expect(resolveRegime(resolveConfig({ policyVersion: '1', region }))).toBe('opt-in');
    }
    expect(regions.size).toBe(32); // 30 EEA states + GB + CH
  });

  it("maps every zone that the browser's own data (CLDR) lists for an opt-in country to that country", () => {
    const zonesOf = (country: string): string[] => {
      const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] };
      return locale.getTimeZones?.() ?? locale.timeZones ?? [];
    };
    const optIn = Object.entries(DEFAULT_REGIMES).filter(([r, regime]) => regime === 'opt-in' && r.length === 2);
    let checked = 0;
    for (const [country] of optIn) {
      for (const zone of zonesOf(country)) {
        expect(`${zone} → ${estimateRegion(zone)}`).toBe(`${zone} → ${country}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(45);
  });
});

describe('readTimeZone', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads the browser's zone", () => {
    vi.spyOn(Intl, 'DateTimeFormat').mockReturnValue({
      resolvedOptions: () => ({ timeZone: 'Europe/Paris' }),
    } as Intl.DateTimeFormat);
    expect(readTimeZone()).toBe('Europe/Paris');
  });

  it('gives no zone when Intl throws (so no estimate)', () => {
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => {
      throw new Error('no Intl');
    });
    expect(readTimeZone()).toBeUndefined();
  });

  it('gives no zone outside a browser: a server zone says nothing about the visitor', () => {
    vi.stubGlobal('document', undefined);
    expect(readTimeZone()).toBeUndefined();
  });
});

describe('createConsentManager without a region', () => {
  const inZone = (timeZone: string) => vi.spyOn(Intl, 'DateTimeFormat').mockReturnValue({ resolvedOptions: () => ({ timeZone }) } as Intl.DateTimeFormat);
  afterEach(() => {
    document.cookie = 'consentkit=; max-age=0; path=/';
  });

  it('estimates US-CA from America/Los_Angeles: opt-out, and the record says "estimated"', () => {
    inZone('America/Los_Angeles');
    const m = createConsentManager({ policyVersion: '1' });
    expect([m.region, m.regionSource, m.regime]).toEqual(['US-CA', 'estimated', 'opt-out']);
    m.rejectAll();
    expect(m.getRecord()).toMatchObject({ region: 'US-CA', regionSource: 'estimated', regime: 'opt-out' });
    m.destroy();
  });

  it('estimates FR from Europe/Paris even when the site made the default "notice"', () => {
    inZone('Europe/Paris');
    const m = createConsentManager({ policyVersion: '1', defaultRegime: 'notice' });
    expect([m.region, m.regime]).toEqual(['FR', 'opt-in']);
    m.destroy();
  });

  it('gives an ambiguous zone the default regime: opt-in unless set', () => {
    inZone('America/New_York');
    const m = createConsentManager({ policyVersion: '1' });
    expect([m.region, m.regionSource, m.regime]).toEqual([undefined, 'estimated', 'opt-in']);
    m.acceptAll();
    expect(m.getRecord()).toMatchObject({ region: null, regionSource: 'estimated' });
    m.destroy();
    const set = createConsentManager({ policyVersion: '1', defaultRegime: 'opt-out' });
    expect(set.regime).toBe('opt-out');
    set.destroy();
  });

  it("uses the site's regime overrides for an estimated region", () => {
    inZone('Europe/Zurich');
    const m = createConsentManager({ policyVersion: '1', regimes: { CH: 'notice' } });
    expect([m.region, m.regime]).toEqual(['CH', 'notice']);
    m.destroy();
  });

  it('never overrides a configured region, and says "config"', () => {
    inZone('America/Los_Angeles');
    const m = createConsentManager({ policyVersion: '1', region: 'FR' });
    expect([m.region, m.regionSource, m.regime]).toEqual(['FR', 'config', 'opt-in']);
    m.acceptAll();
    expect(m.getRecord()).toMatchObject({ region: 'FR', regionSource: 'config' });
    m.destroy();
  });
});
