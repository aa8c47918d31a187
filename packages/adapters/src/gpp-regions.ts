/**
 * Region → GPP state section, as data: the section a visitor from a US state with its own IAB
 * section gets beside the national section `usnat` (unless `gpp.sections` leaves that section out). A site overrides entries with `gpp.regions`, e.g. `{ "US-CA": "usnat" }`
 * to send California visitors the national section only.
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

/**
 * The sections a site sends unless it lists them: the national section `usnat` and every state
 * section, so a visitor from a state with its own section gets `usnat` plus that section (which
 * then applies), any other US visitor `usnat` alone. `sections: ["usnat"]` is the "National Approach".
 */
export const DEFAULT_GPP_SECTIONS: readonly string[] = Object.freeze(['usnat', ...Object.values(GPP_REGION_SECTIONS)]);

/** What decides the sections of a page view. */
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

/** The sections of a visitor's GPP string, and the one in force (`applicableSections`). */
export interface SectionPlan {
  /** API prefixes written into the string. */
  include: string[];
  /** The section that applies, or `undefined` for none (`applicableSections: [-1]`). */
  applicable: string | undefined;
}

/**
 * The sections for this visitor. Outside the US: none (`[-1]`). In the US: `usnat` when the site
 * sends it, plus the visitor's state section when the site lists that state's section in
 * `sections`; the state section is then the one that applies, else `usnat`. A visitor whose region
 * is unknown but whom the site treats as `opt-out` is a US visitor (the site has said US law applies).
 */
export function planSections({ region, regime, sections, regions }: SectionChoice): SectionPlan {
  const us = region === 'US' || !!region?.startsWith('US-') || (region === undefined && regime === 'opt-out');
  if (!us) return { include: [], applicable: undefined };
  const national = sections.includes('usnat');
  const mapped = region ? (regions[region] ?? GPP_REGION_SECTIONS[region]) : undefined;
  const state = mapped && mapped !== 'usnat' && sections.includes(mapped) ? mapped : undefined;
  return {
    include: [...(national ? ['usnat'] : []), ...(state ? [state] : [])],
    applicable: state ?? (national ? 'usnat' : undefined),
  };
}
