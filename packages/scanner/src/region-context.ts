/**
 * Time zone and locale per region, so that a visit with `--region` looks as if it came from
 * there: ConsentKit (when the site gives no region) and other consent tools estimate the
 * visitor's region from the browser's time zone. Regions not listed keep the machine's zone.
 */
const ZONES: Readonly<Record<string, [timezoneId: string, locale: string]>> = {
  AT: ['Europe/Vienna', 'de-AT'],
  BE: ['Europe/Brussels', 'fr-BE'],
  BG: ['Europe/Sofia', 'bg-BG'],
  CH: ['Europe/Zurich', 'de-CH'],
  CY: ['Asia/Nicosia', 'el-CY'],
  CZ: ['Europe/Prague', 'cs-CZ'],
  DE: ['Europe/Berlin', 'de-DE'],
  DK: ['Europe/Copenhagen', 'da-DK'],
  EE: ['Europe/Tallinn', 'et-EE'],
  ES: ['Europe/Madrid', 'es-ES'],
  FI: ['Europe/Helsinki', 'fi-FI'],
  FR: ['Europe/Paris', 'fr-FR'],
  GB: ['Europe/London', 'en-GB'],
  GR: ['Europe/Athens', 'el-GR'],
  HR: ['Europe/Zagreb', 'hr-HR'],
  HU: ['Europe/Budapest', 'hu-HU'],
  IE: ['Europe/Dublin', 'en-IE'],
  IS: ['Atlantic/Reykjavik', 'is-IS'],
  IT: ['Europe/Rome', 'it-IT'],
  LI: ['Europe/Vaduz', 'de-LI'],
  LT: ['Europe/Vilnius', 'lt-LT'],
  LU: ['Europe/Luxembourg', 'fr-LU'],
  LV: ['Europe/Riga', 'lv-LV'],
  MT: ['Europe/Malta', 'mt-MT'],
  NL: ['Europe/Amsterdam', 'nl-NL'],
  NO: ['Europe/Oslo', 'nb-NO'],
  PL: ['Europe/Warsaw', 'pl-PL'],
  PT: ['Europe/Lisbon', 'pt-PT'],
  RO: ['Europe/Bucharest', 'ro-RO'],
  SE: ['Europe/Stockholm', 'sv-SE'],
  SI: ['Europe/Ljubljana', 'sl-SI'],
  SK: ['Europe/Bratislava', 'sk-SK'],
  BR: ['America/Sao_Paulo', 'pt-BR'],
  'CA-QC': ['America/Toronto', 'fr-CA'],
  CA: ['America/Toronto', 'en-CA'],
  US: ['America/New_York', 'en-US'],
  'US-CA': ['America/Los_Angeles', 'en-US'],
  'US-CO': ['America/Denver', 'en-US'],
  'US-CT': ['America/New_York', 'en-US'],
  'US-TX': ['America/Chicago', 'en-US'],
  'US-VA': ['America/New_York', 'en-US'],
  'US-NY': ['America/New_York', 'en-US'],
  'US-OR': ['America/Los_Angeles', 'en-US'],
  'US-WA': ['America/Los_Angeles', 'en-US'],
  AU: ['Australia/Sydney', 'en-AU'],
  JP: ['Asia/Tokyo', 'ja-JP'],
  IN: ['Asia/Kolkata', 'en-IN'],
};

/** Browser-context options (`timezoneId`, `locale`) for a region; `{}` when none or unknown. */
export function regionContext(region: string | null): { timezoneId?: string; locale?: string } {
  if (!region) return {};
  const zone = ZONES[region] ?? ZONES[region.slice(0, 2)];
  return zone ? { timezoneId: zone[0], locale: zone[1] } : {};
}
