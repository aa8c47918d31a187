/**
 * The US sections of the IAB Global Privacy Platform (GPP) string, as data: section id, API
 * prefix, version, and the fields of each subsection in the order they are encoded.
 *
 * Field lists, widths and ids follow the IAB reference library `@iabgpp/cmpapi` 3.2
 * (Apache-2.0; facts only, no code taken), which a property test uses as the oracle, byte for byte.
 * Where the IAB's section documents and the library disagree — the Maryland, Indiana, Kentucky
 * and Rhode Island documents describe a per-section header (SectionID, Version, SubSections)
 * that the library does not write, and start the core with `MspaVersion` — we follow the
 * library, because that is what ad tech decodes today (see docs/us-privacy.md).
 *
 * A field is written `Name` (a 2-bit integer), `Name:6` (a 6-bit integer) or `Name*n` (a list of
 * n 2-bit integers).
 */

/** One field of a subsection. */
export interface GppField {
  readonly name: string;
  /** Bits of the value (of each element for a list). */
  readonly bits: number;
  /** Number of elements for a list; 0 for a single integer. */
  readonly count: number;
}

/** A section's second subsection: the GPC flag, or (usin, usky, usri) the sensitive-data consents. */
export type GppSubsection = 'gpc' | 'sensitive' | undefined;

/** One US section of the GPP string. */
export interface GppSection {
  readonly id: number;
  /** The API prefix, e.g. `usnat`. */
  readonly prefix: string;
  readonly version: number;
  /** The core subsection's fields; the first is the version (`Version` or `MspaVersion`). */
  readonly core: readonly GppField[];
  /** The second subsection, always written when there is one. */
  readonly sub: GppSubsection;
}

const MSPA = 'MspaCoveredTransaction MspaOptOutOptionMode MspaServiceProviderMode';
const STATE = 'Version:6 SharingNotice SaleOptOutNotice TargetedAdvertisingOptOutNotice SaleOptOut TargetedAdvertisingOptOut';
const PROCESSING = 'Version:6 ProcessingNotice SaleOptOutNotice TargetedAdvertisingOptOutNotice SaleOptOut TargetedAdvertisingOptOut';
const NEWER =
  'MspaVersion:6 MspaCoveredTransaction MspaMode ProcessingNotice SaleOptOutNotice TargetedAdvertisingOptOutNotice SaleOptOut TargetedAdvertisingOptOut';
const SDP = 'SensitiveDataProcessing';
const KIDS = 'KnownChildSensitiveDataConsents';
const MORE = 'AdditionalDataProcessingConsent';

// [id, prefix, version, core fields, second subsection]
const TABLE: readonly [number, string, number, string, GppSubsection][] = [
  [
    7,
    'usnat',
    2,
    `Version:6 SharingNotice SaleOptOutNotice SharingOptOutNotice TargetedAdvertisingOptOutNotice SensitiveDataProcessingOptOutNotice SensitiveDataLimitUseNotice SaleOptOut SharingOptOut TargetedAdvertisingOptOut ${SDP}*16 ${KIDS}*3 PersonalDataConsents ${MSPA}`,
    'gpc',
  ],
  [
    8,
    'usca',
    1,
    `Version:6 SaleOptOutNotice SharingOptOutNotice SensitiveDataLimitUseNotice SaleOptOut SharingOptOut ${SDP}*9 ${KIDS}*2 PersonalDataConsents ${MSPA}`,
    'gpc',
  ],
  [9, 'usva', 1, `${STATE} ${SDP}*8 ${KIDS} ${MSPA}`, undefined],
  [10, 'usco', 1, `${STATE} ${SDP}*7 ${KIDS} ${MSPA}`, 'gpc'],
  [
    11,
    'usut',
    1,
    `Version:6 SharingNotice SaleOptOutNotice TargetedAdvertisingOptOutNotice SensitiveDataProcessingOptOutNotice SaleOptOut TargetedAdvertisingOptOut ${SDP}*8 ${KIDS} ${MSPA}`,
    undefined,
  ],
  [12, 'usct', 1, `${STATE} ${SDP}*8 ${KIDS}*3 ${MSPA}`, 'gpc'],
  [13, 'usfl', 1, `${PROCESSING} ${SDP}*8 ${KIDS}*3 ${MORE} ${MSPA}`, undefined],
  [14, 'usmt', 1, `${STATE} ${SDP}*8 ${KIDS}*3 ${MORE} ${MSPA}`, 'gpc'],
  [15, 'usor', 1, `${PROCESSING} ${SDP}*11 ${KIDS}*3 ${MORE} ${MSPA}`, 'gpc'],
  [16, 'ustx', 1, `${PROCESSING} ${SDP}*8 ${KIDS} ${MORE} ${MSPA}`, 'gpc'],
  [17, 'usde', 1, `${PROCESSING} ${SDP}*9 ${KIDS}*5 ${MORE} ${MSPA}`, 'gpc'],
  [
    18,
    'usia',
    1,
    `Version:6 ProcessingNotice SaleOptOutNotice TargetedAdvertisingOptOutNotice SensitiveDataOptOutNotice SaleOptOut TargetedAdvertisingOptOut ${SDP}*8 ${KIDS} ${MSPA}`,
    'gpc',
  ],
  [19, 'usne', 1, `${PROCESSING} ${SDP}*8 ${KIDS} ${MORE} ${MSPA}`, 'gpc'],
  [20, 'usnh', 1, `${PROCESSING} ${SDP}*8 ${KIDS}*3 ${MORE} ${MSPA}`, 'gpc'],
  [21, 'usnj', 1, `${PROCESSING} ${SDP}*10 ${KIDS}*5 ${MORE} ${MSPA}`, 'gpc'],
  [22, 'ustn', 1, `${PROCESSING} ${SDP}*8 ${KIDS} ${MORE} ${MSPA}`, 'gpc'],
  [23, 'usmn', 1, `${PROCESSING} ${SDP}*8 ${KIDS} ${MORE} ${MSPA}`, 'gpc'],
  [24, 'usmd', 1, `${NEWER} ${MORE}`, 'gpc'],
  [25, 'usin', 1, `${NEWER} ${KIDS} ${MORE}`, 'sensitive'],
  [26, 'usky', 1, `${NEWER} ${KIDS} ${MORE}`, 'sensitive'],
  [27, 'usri', 1, `${NEWER} ${KIDS} ${MORE}`, 'sensitive'],
];

const field = (token: string): GppField => {
  const [, name, kind, n] = /^(\w+)(?:([:*])(\d+))?$/.exec(token)!;
  return { name: name!, bits: kind === ':' ? Number(n) : 2, count: kind === '*' ? Number(n) : 0 };
};

/** The fields of the GPC subsection (after its 2-bit subsection type, 1). */
export const GPC_FIELD = 'Gpc';
/** The field of the sensitive-data consent subsection of usin, usky and usri (8 entries). */
export const SENSITIVE_FIELD: GppField = { name: SDP, bits: 2, count: 8 };

/** Every US section, by ascending id (the order they take in a GPP string). */
export const GPP_SECTIONS: readonly GppSection[] = TABLE.map(([id, prefix, version, core, sub]) => ({
  id,
  prefix,
  version,
  core: core.split(' ').map(field),
  sub,
}));

/** The section with API prefix `prefix`, if it is one of ours. */
export const findSection = (prefix: unknown): GppSection | undefined => GPP_SECTIONS.find((s) => s.prefix === prefix);
