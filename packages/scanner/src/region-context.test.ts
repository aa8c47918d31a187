import { describe, expect, it } from 'vitest';
import { regionContext } from './region-context';

describe('regionContext', () => {
  it('gives the time zone and locale of a region, falling back to its country', () => {
    expect(regionContext('FR')).toEqual({ timezoneId: 'Europe/Paris', locale: 'fr-FR' });
    expect(regionContext('US-CA')).toEqual({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });
    expect(regionContext('DE-BY')).toEqual({ timezoneId: 'Europe/Berlin', locale: 'de-DE' });
  });

  it('changes nothing without a region or for an unknown one', () => {
    expect(regionContext(null)).toEqual({});
    expect(regionContext('ZZ')).toEqual({});
  });
});
