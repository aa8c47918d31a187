/**
 * Region → GPP section: which section a visitor's state gets, as data. A US state with its own
 * IAB section gets it; any other US region (and a state whose section the site leaves out of
 * `gpp.sections`) gets the national section `usnat`. A site overrides entries with `gpp.regions`,
 * e.g. `{ "US-CA": "usnat" }` to send California visitors the national section instead.
 */
export const GPP_REGION_SECTIONS: Readonly<Record<string, string>> = Object.freeze({
  'US-CA': 'usca',
  'US-VA': 'usva',
  'US-CO': 'usco',
  'US-UT': 'usut',
  'US-CT': 'usct',
  'US-FL': 'usfl',
  'US-MT': 'usmt',
  'US-OR': 'usor',
  'US-TX': 'ustx',
  'US-DE': 'usde',
  'US-IA': 'usia',
  'US-NE': 'usne',
  'US-NH': 'usnh',
  'US-NJ': 'usnj',
  'US-TN': 'ustn',
  'US-MN': 'usmn',
  'US-MD': 'usmd',
  'US-IN': 'usin',
  'US-KY': 'usky',
  'US-RI': 'usri',
});

/** What decides the section of a page view. */
export interface SectionChoice {
  /** The visitor's region (`US-CA`), if known. */
  region: string | undefined;
  /** The regime ConsentKit applies to it. */
  regime: string;
  /** The sections the site sends (API prefixes). */
  sections: readonly string[];
  /** Site overrides of the region table. */
  regions: Readonly<Record<string, string>>;
}

/**
 * The API prefix of the section that applies to this visitor, or `undefined` when none does
 * (`applicableSections: [-1]`): a region outside the US. A visitor whose region is unknown but
 * whom the site treats as `opt-out` gets `usnat` (the site has said US law applies).
 */
export function chooseSection({ region, regime, sections, regions }: SectionChoice): string | undefined {
  const us = region === 'US' || !!region?.startsWith('US-');
  if (!us && !(region === undefined && regime === 'opt-out')) return undefined;
  const state = region ? (regions[region] ?? GPP_REGION_SECTIONS[region]) : undefined;
  if (state && sections.includes(state)) return state;
  return sections.includes('usnat') ? 'usnat' : undefined;
}
