import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config';
import { resolveRegime } from './regimes';

const regimeFor = (extra: Record<string, unknown>) => resolveRegime(resolveConfig({ policyVersion: '1', ...extra }));

describe('resolveRegime', () => {
  it.each([
    ['FR', 'opt-in'],
    ['DE', 'opt-in'],
    ['NO', 'opt-in'],
    ['GB', 'opt-in'],
    ['CH', 'opt-in'],
    ['BR', 'opt-in'],
    ['CA-QC', 'opt-in'],
    ['FR-75', 'opt-in'],
    ['US-CA', 'opt-out'],
    ['US-CO', 'opt-out'],
    ['US-TX', 'opt-out'],
  ])('maps %s to %s by default', (region, regime) => {
    expect(regimeFor({ region })).toBe(regime);
  });

  it('falls back to opt-in for a missing or unlisted region (fail closed)', () => {
    expect(regimeFor({})).toBe('opt-in');
    expect(regimeFor({ region: 'JP' })).toBe('opt-in');
    expect(regimeFor({ region: 'US-AL' })).toBe('opt-in');
    expect(regimeFor({ region: 'CA-ON' })).toBe('opt-in');
  });

  it('uses the configured default regime for unlisted regions', () => {
    expect(regimeFor({ region: 'JP', defaultRegime: 'notice' })).toBe('notice');
    expect(regimeFor({ defaultRegime: 'none' })).toBe('none');
    expect(regimeFor({ region: 'FR', defaultRegime: 'none' })).toBe('opt-in');
  });

  it('lets site overrides win, the most specific first', () => {
    expect(regimeFor({ region: 'US-AL', regimes: { US: 'opt-out' } })).toBe('opt-out');
    expect(regimeFor({ region: 'US-CA', regimes: { US: 'notice', 'US-CA': 'opt-in' } })).toBe('opt-in');
    expect(regimeFor({ region: 'US-CA', regimes: { US: 'notice' } })).toBe('notice');
    expect(regimeFor({ region: 'CH', regimes: { CH: 'opt-out' } })).toBe('opt-out');
  });
});
