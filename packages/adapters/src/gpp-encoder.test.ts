import { GppModel, HeaderV1 } from '@iabgpp/cmpapi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGppString, encodeHeader, encodeSection, fibonacci, parseSection } from './gpp-encoder';
import type { GppValues } from './gpp-encoder';
import { GPP_SECTIONS, findSection } from './gpp-sections';
import type { GppSection } from './gpp-sections';

// The IAB reference library (@iabgpp/cmpapi, a devDependency only) is the oracle: our focused
// encoder must write the very same string, byte for byte, for any state of any section.
const RUNS_PER_SECTION = 2000;

/** Random values for every field of `section` within what the library accepts (0–2; MspaCoveredTransaction 1–2). */
function arbitraryValues(section: GppSection): fc.Arbitrary<GppValues> {
  const fields = [...section.core.slice(1), ...(section.sub === 'sensitive' ? [{ name: 'SensitiveDataProcessing', bits: 2, count: 8 }] : [])];
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of fields) {
    const value = fc.integer({ min: f.name === 'MspaCoveredTransaction' ? 1 : 0, max: 2 });
    record[f.name] = f.count ? fc.array(fc.integer({ min: 0, max: 2 }), { minLength: f.count, maxLength: f.count }) : value;
  }
  if (section.sub === 'gpc') record.Gpc = fc.boolean();
  return fc.record(record) as fc.Arbitrary<GppValues>;
}

/** The reference library's model of the same state. */
function referenceModel(states: readonly { section: GppSection; values: GppValues }[]): GppModel {
  const model = new GppModel();
  for (const { section, values } of states) {
    for (const [name, value] of Object.entries(values)) model.setFieldValue(section.prefix, name, value);
  }
  return model;
}

describe('encodeSection (property: same bytes as @iabgpp/cmpapi)', () => {
  for (const section of GPP_SECTIONS) {
    it(`${section.prefix} (${section.id}): ${RUNS_PER_SECTION} random states`, () => {
      let tried = 0;
      fc.assert(
        fc.property(arbitraryValues(section), (values) => {
          tried++;
          const model = referenceModel([{ section, values }]);
          expect(encodeGppString([{ section, values }])).toBe(model.encode());
          expect(parseSection(section, values)).toEqual(model.getSection(section.prefix));
        }),
        { numRuns: RUNS_PER_SECTION },
      );
      expect(tried).toBe(RUNS_PER_SECTION);
    });
  }

  it('several sections in one string: header ranges and section order match, 500 random sets', () => {
    const someSections = fc
      .subarray([...GPP_SECTIONS], { minLength: 1 })
      .chain((sections) => fc.tuple(...sections.map((section) => arbitraryValues(section).map((values) => ({ section, values })))));
    fc.assert(
      fc.property(someSections, (states) => {
        expect(encodeGppString([...states].reverse())).toBe(referenceModel(states).encode());
      }),
      { numRuns: 500 },
    );
  });
});

describe('encodeHeader', () => {
  it('matches the library for any set of section ids 1–40', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 12 }), (ids) => {
        const header = new HeaderV1();
        header.setFieldValue('SectionIds', ids);
        expect(encodeHeader(ids)).toBe(header.encode());
      }),
      { numRuns: 1000 },
    );
  });

  it('writes the vectors of the specification (padded to a whole byte, as the library)', () => {
    expect(encodeHeader([])).toBe('DBAA');
    expect(encodeHeader([2])).toBe('DBABMA');
    expect(encodeHeader([2, 6])).toBe('DBACNYA');
    expect(encodeHeader([7])).toBe('DBABLA');
    expect(encodeHeader([8])).toBe('DBABBg');
  });
});

describe('fibonacci', () => {
  it('follows the specification table', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(fibonacci)).toEqual(['11', '011', '0011', '1011', '00011', '10011', '01011']);
  });
});

describe('encodeSection', () => {
  const usnat = findSection('usnat')!;
  const notices = { SharingNotice: 1, SaleOptOutNotice: 1, SharingOptOutNotice: 1, TargetedAdvertisingOptOutNotice: 1, MspaCoveredTransaction: 2 };

  it('writes the known usnat vectors: GPC opt-out, and notice given without opt-out', () => {
    expect(encodeSection(usnat, { ...notices, SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1, Gpc: true })).toBe('CVQVAAAAAACA.YA');
    expect(encodeSection(usnat, { ...notices, SaleOptOut: 2, SharingOptOut: 2, TargetedAdvertisingOptOut: 2 })).toBe('CVQqAAAAAACA.QA');
  });

  it('writes the known usca vector', () => {
    const values = { SaleOptOutNotice: 1, SharingOptOutNotice: 1, SaleOptOut: 1, SharingOptOut: 1, MspaCoveredTransaction: 2, Gpc: true };
    expect(encodeSection(findSection('usca')!, values)).toBe('BUUAAACA.YA');
  });

  it('refuses a value that does not fit its field instead of writing a wrong string', () => {
    expect(() => encodeSection(usnat, { SaleOptOut: 4 })).toThrow(/does not fit/);
    expect(() => encodeSection(usnat, { SensitiveDataProcessing: [0, 1] })).toThrow(/needs 16 values/);
  });
});

describe('GPP_SECTIONS', () => {
  it('has every US section of the library with its id, version and field widths', () => {
    const model = new GppModel();
    expect(GPP_SECTIONS.map((s) => s.prefix)).toEqual([
      'usnat',
      'usca',
      'usva',
      'usco',
      'usut',
      'usct',
      'usfl',
      'usmt',
      'usor',
      'ustx',
      'usde',
      'usia',
      'usne',
      'usnh',
      'usnj',
      'ustn',
      'usmn',
      'usmd',
      'usin',
      'usky',
      'usri',
    ]);
    for (const section of GPP_SECTIONS) {
      model.setFieldValue(section.prefix, section.core[1]!.name, 2);
      expect(model.getSectionIds(), section.prefix).toContain(section.id);
      expect(Object.keys(model.getSection(section.prefix)), section.prefix).toEqual(Object.keys(parseSection(section, {})));
    }
  });
});
