import type { Regime, ResolvedConfig } from '../types';

// EU member states and the other EEA states: ePrivacy Art. 5(3) + GDPR consent (opt-in).
const EEA = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO';
// The United Kingdom (PECR), Switzerland (FDPIC guidance; Google's EU consent policy covers CH),
// Brazil (ANPD cookie guide) and Quebec (Law 25, s. 8.1) are treated as opt-in too.
const OTHER_OPT_IN = 'GB CH BR CA-QC';
// US states with a comprehensive privacy law giving an opt-out of sale/sharing/targeted ads.
const US_OPT_OUT = 'CA CO CT VA UT TX OR MT IA DE NE NH NJ TN MN MD IN KY RI';

/**
 * The built-in region → regime table. A region that is in neither this table nor the site's
 * `regimes` gets `defaultRegime` (default `opt-in`).
 */
export const DEFAULT_REGIMES: Readonly<Record<string, Regime>> = Object.freeze(
  Object.fromEntries([
    ...`${EEA} ${OTHER_OPT_IN}`.split(' ').map((code) => [code, 'opt-in'] as const),
    ...US_OPT_OUT.split(' ').map((state) => [`US-${state}`, 'opt-out'] as const),
  ]),
);

/**
 * The regime for the configured region. The most specific match wins: the site's override
 * for the exact region, then for its country, then the built-in table likewise, then
 * `defaultRegime`. A missing region gets `defaultRegime` (fail closed: `opt-in` by default).
 *
 * @example resolveRegime(resolveConfig({ policyVersion: '1', region: 'US-CA' })) // 'opt-out'
 */
export function resolveRegime(config: Pick<ResolvedConfig, 'region' | 'regimes' | 'defaultRegime'>): Regime {
  const { region, regimes, defaultRegime } = config;
  if (!region) return defaultRegime;
  const country = region.slice(0, 2);
  return regimes[region] ?? regimes[country] ?? DEFAULT_REGIMES[region] ?? DEFAULT_REGIMES[country] ?? defaultRegime;
}
