import { GPC_FIELD, SENSITIVE_FIELD } from './gpp-sections';
import type { GppField, GppSection } from './gpp-sections';

/**
 * A focused encoder for the GPP string (IAB GPP Consent String Specification v1): the header
 * (type 3, version 1, section ids as a Fibonacci range) and the US sections of `gpp-sections.ts`.
 * Bits are concatenated, padded with 0 to a whole byte and then to a multiple of 6, and written
 * in the URL-safe base64 alphabet without `=` ("compressed base64url", as the reference library).
 */

/** A field's value: a 2- or 6-bit integer, a list of 2-bit integers, or the GPC flag. */
export type GppValue = number | readonly number[] | boolean;
/** Field name → value. A field that is missing is written as 0 (N/A); the version field is always the section's. */
export type GppValues = Readonly<Record<string, GppValue | undefined>>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bits (`"0101…"`) → compressed base64url. */
export function toBase64Url(bits: string): string {
  while (bits.length % 8) bits += '0';
  while (bits.length % 6) bits += '0';
  let out = '';
  for (let i = 0; i < bits.length; i += 6) out += ALPHABET[parseInt(bits.slice(i, i + 6), 2)];
  return out;
}

/** `value` as `bits` bits; throws on a value that does not fit (a bug, never a visitor's input). */
function int(value: number, bits: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 2 ** bits) throw new RangeError(`GPP: ${value} does not fit in ${bits} bits`);
  return value.toString(2).padStart(bits, '0');
}

/** Fibonacci code of `n` ≥ 1: Zeckendorf bits, smallest weight (1, 2, 3, 5, …) first, then the closing 1. */
export function fibonacci(n: number): string {
  const weights = [1];
  for (let next = 2; next <= n; next = weights[weights.length - 1]! + weights[weights.length - 2]!) weights.push(next);
  let bits = '1';
  for (let i = weights.length - 1; i >= 0; i--) {
    const used = n >= weights[i]!;
    if (used) n -= weights[i]!;
    bits = (used ? '1' : '0') + bits;
  }
  return bits;
}

/**
 * Range(Fibonacci): a 12-bit count of groups, then per group `0` + the Fibonacci-coded offset
 * from the previous id, or `1` + start and end offsets for a run of consecutive ids.
 */
function fibonacciRange(ids: readonly number[]): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const id of sorted) {
    const last = groups[groups.length - 1];
    if (last && last[last.length - 1]! + 1 === id) last.push(id);
    else groups.push([id]);
  }
  let bits = int(groups.length, 12);
  let offset = 0;
  for (const group of groups) {
    const start = group[0]!;
    const end = group[group.length - 1]!;
    bits += group.length === 1 ? '0' + fibonacci(start - offset) : '1' + fibonacci(start - offset) + fibonacci(end - start);
    offset = end;
  }
  return bits;
}

/** The GPP header for a string holding the sections `ids`. */
export const encodeHeader = (ids: readonly number[]): string => toBase64Url(int(3, 6) + int(1, 6) + fibonacciRange(ids));

/** The value a field takes when `values` does not give it. */
function valueOf(section: GppSection, field: GppField, values: GppValues): number | readonly number[] {
  if (field === section.core[0]) return section.version;
  const given = values[field.name];
  return typeof given === 'boolean' ? Number(given) : (given ?? (field.count ? new Array<number>(field.count).fill(0) : 0));
}

function encodeField(field: GppField, value: number | readonly number[]): string {
  if (!field.count) return int(value as number, field.bits);
  const list = value as readonly number[];
  if (!Array.isArray(list) || list.length !== field.count) throw new RangeError(`GPP: ${field.name} needs ${field.count} values`);
  return list.map((v) => int(v, field.bits)).join('');
}

/** One section: the core subsection, then its GPC or sensitive-data subsection. */
export function encodeSection(section: GppSection, values: GppValues): string {
  let out = toBase64Url(section.core.map((f) => encodeField(f, valueOf(section, f, values))).join(''));
  // GPC subsection: SubsectionType Int(2) = 1, then Gpc Boolean (1 = true).
  if (section.sub === 'gpc') out += '.' + toBase64Url('01' + (values[GPC_FIELD] === true ? '1' : '0'));
  if (section.sub === 'sensitive') out += '.' + toBase64Url(encodeField(SENSITIVE_FIELD, valueOf(section, SENSITIVE_FIELD, values)));
  return out;
}

/** The whole GPP string: header, then each section in ascending id order, joined by `~`. */
export function encodeGppString(sections: readonly { section: GppSection; values: GppValues }[]): string {
  const sorted = [...sections].sort((a, b) => a.section.id - b.section.id);
  return [encodeHeader(sorted.map((s) => s.section.id)), ...sorted.map((s) => encodeSection(s.section, s.values))].join('~');
}

/**
 * A section as plain field values, for `getSection`, `getField` and `parsedSections`: one flat
 * object in encoding order, as the reference library returns it (`GpcSegmentType` and `Gpc`
 * last for a section with a GPC subsection).
 */
export function parseSection(section: GppSection, values: GppValues): Record<string, number | number[] | boolean> {
  const parsed: Record<string, number | number[] | boolean> = {};
  const fields = section.sub === 'sensitive' ? [...section.core, SENSITIVE_FIELD] : section.core;
  for (const f of fields) {
    const value = valueOf(section, f, values);
    parsed[f.name] = Array.isArray(value) ? [...value] : (value as number);
  }
  if (section.sub === 'gpc') {
    parsed.GpcSegmentType = 1;
    parsed[GPC_FIELD] = values[GPC_FIELD] === true;
  }
  return parsed;
}
