// Time zone → region, only where the zone names one region whose regime the built-in table
// knows: every EU/EEA zone, the UK, Switzerland, Brazil, Quebec and the US zones that lie in
// one state. A zone shared by places with different rules (America/New_York, America/Chicago,
// America/Toronto = Ontario + most of Quebec) or not listed gives no estimate, so the visitor
// gets `defaultRegime` (opt-in unless the site set another). Groups are "<region> <zone>…";
// a zone without a "/" is under "Europe/". Zone names as in the IANA tz database, plus the
// older names browsers still report (ICU keeps e.g. Europe/Ljubljana, America/Montreal).
const ZONES =
  'AT Vienna|BE Brussels|BG Sofia|HR Zagreb|CY Nicosia Asia/Nicosia Asia/Famagusta|CZ Prague|DK Copenhagen|' +
  'EE Tallinn|FI Helsinki Mariehamn|FR Paris|DE Berlin Busingen|GR Athens|HU Budapest|IE Dublin|IT Rome|' +
  'LV Riga|LT Vilnius|LU Luxembourg|MT Malta|NL Amsterdam|PL Warsaw|PT Lisbon Atlantic/Madeira Atlantic/Azores|' +
  'RO Bucharest|SK Bratislava|SI Ljubljana|ES Madrid Africa/Ceuta Atlantic/Canary|SE Stockholm|' +
  'IS Atlantic/Reykjavik|LI Vaduz|NO Oslo Arctic/Longyearbyen|GB London|CH Zurich|' +
  'BR America/Sao_Paulo America/Bahia America/Fortaleza America/Recife America/Belem America/Maceio ' +
  'America/Araguaina America/Santarem America/Manaus America/Cuiaba America/Campo_Grande America/Porto_Velho ' +
  'America/Boa_Vista America/Rio_Branco America/Eirunepe America/Noronha|' +
  'CA-QC America/Montreal America/Blanc-Sablon|US-CA America/Los_Angeles|US-IN America/Indianapolis America/Indiana/|US-KY America/Louisville America/Kentucky/';

/** Zone (or zone prefix ending in "/") → region, built on first use. */
let table: Map<string, string> | undefined;

/**
 * Estimates the visitor's region from an IANA time zone such as `Europe/Paris` (→ `FR`) or
 * `America/Los_Angeles` (→ `US-CA`). Returns `undefined` for a zone shared by regions with
 * different rules (`America/New_York`) or not known, so the caller falls back to the site's
 * `defaultRegime` (opt-in unless set): an estimate never makes a visitor's regime less
 * protective than the default because of doubt. A time zone is a guess, not a location; a
 * server or CDN knows better (see docs/region.md).
 *
 * @example estimateRegion('Europe/Berlin') // 'DE'
 * @example estimateRegion('America/Chicago') // undefined
 */
export function estimateRegion(timeZone: string | undefined): string | undefined {
  if (!table) {
    table = new Map();
    for (const group of ZONES.split('|')) {
      const [region, ...zones] = group.split(' ');
      for (const zone of zones) table.set(zone.includes('/') ? zone : `Europe/${zone}`, region!);
    }
  }
  if (!timeZone) return undefined;
  return table.get(timeZone) ?? table.get(timeZone.slice(0, timeZone.lastIndexOf('/') + 1));
}

/**
 * The browser's IANA time zone, or `undefined` where there is none: outside a browser (a
 * server's zone says nothing about the visitor) or when `Intl` fails.
 */
export function readTimeZone(): string | undefined {
  try {
    return typeof document === 'undefined' ? undefined : Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    // No zone means no estimate: the visitor gets the default (opt-in unless set).
    return undefined;
  }
}
