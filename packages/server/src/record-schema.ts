import type { ConsentRecord, DecisionMethod, Regime } from '@consentkit/core';

/** How the region of a record was known: from the site's config, or estimated in the browser. */
export type RegionSource = 'config' | 'estimated';

/** A consent record as the SDK posts it, after validation (UUIDs lowercased). */
export interface IncomingRecord {
  recordId: string;
  previousRecordId: string | null;
  subjectId: string;
  timestamp: string;
  policyVersion: string;
  regime: Regime;
  region: string | null;
  method: DecisionMethod;
  choices: Record<string, boolean>;
  gpc: boolean;
  gpcOverride?: boolean;
  regionSource?: RegionSource;
}

// Compile-time check that the server accepts everything the SDK's record type can hold.
type SdkFieldsCovered = keyof ConsentRecord extends keyof IncomingRecord ? true : never;
const SDK_FIELDS_COVERED: SdkFieldsCovered = true;
void SDK_FIELDS_COVERED;

/** The methods a record may carry (the SDK's `DecisionMethod`). */
export const METHODS = ['accept-all', 'reject-all', 'custom', 'close', 'gpc', 'withdraw', 'expire'] as const satisfies readonly DecisionMethod[];
/** The regimes a record may carry (the SDK's `Regime`). */
export const REGIMES = ['opt-in', 'opt-out', 'notice', 'none'] as const satisfies readonly Regime[];
const REGION_SOURCES: readonly RegionSource[] = ['config', 'estimated'];

/**
 * Default tolerance for a browser clock ahead of the server's: none is enforced. A record's
 * `timestamp` is the visitor's device clock, and devices run minutes to days fast; the SDK drops
 * a record the server answers 400 to (no resend can change it), so refusing a fast clock would
 * lose that visitor's proof of consent. The server's own time is `receivedAt`, stored beside it
 * and covered by the hash chain. A deployment that wants to refuse far-future timestamps sets
 * `clockSkewMs`.
 */
export const DEFAULT_CLOCK_SKEW_MS = Number.POSITIVE_INFINITY;

/** A rejected record: what was wrong and with which field (`body` for the whole body). */
export interface RecordProblem {
  error: string;
  field: string;
}

/** The result of {@link checkRecord}: the normalised record, or what was wrong. */
export type RecordCheck = { ok: true; record: IncomingRecord } | ({ ok: false } & RecordProblem);

// RFC 4122 / 9562: versions 1-8, variant 10xx. Case-insensitive on input, stored lowercase.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// ISO 8601 in UTC as `Date#toISOString` writes it; the fraction of a second is optional and may
// have up to 9 digits (nanoseconds, as Java's Instant or Go's RFC3339Nano write it).
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/;
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
const CATEGORY_ID = /^[a-z][a-z0-9_-]{0,31}$/;
// A policy version is the site's label for its privacy notice, in any language ("2026-11-01",
// "v3 (rev. 2)", "Datenschutzerklärung 2026"): it starts with a letter or digit; markup and quoting
// characters (< > " ` \), control and invisible format characters (bidi overrides, zero-width
// spaces) and line separators are refused so that nothing stored can turn into HTML in a dashboard
// or fool a reader of an export. The SDK accepts any 1-64 characters, and a 400 makes it drop the
// record, so anything narrower loses proof of consent of sites whose labels are ordinary text.
const POLICY_VERSION = /^[\p{L}\p{N}][^\p{C}\p{Zl}\p{Zp}<>"`\\]{0,63}$/u;

const KNOWN_FIELDS = new Set([
  'recordId',
  'previousRecordId',
  'subjectId',
  'timestamp',
  'policyVersion',
  'regime',
  'region',
  'method',
  'choices',
  'gpc',
  'gpcOverride',
  'regionSource',
]);
const REQUIRED_FIELDS = ['recordId', 'previousRecordId', 'subjectId', 'timestamp', 'policyVersion', 'regime', 'region', 'method', 'choices', 'gpc'];

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isValidUtc(text: string): boolean {
  const m = ISO_UTC.exec(text);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  // Rejects 2026-02-30 and 25:00 that Date would silently roll over.
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo! - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi &&
    date.getUTCSeconds() === s
  );
}

/**
 * The first name that appears twice in one object of a JSON text, as a dotted path such as
 * `method` or `choices.analytics`; undefined when there is none. `JSON.parse` keeps the last of
 * two equal names silently, and other parsers keep the first, so such a body says two things at
 * once: it is refused rather than guessed. Expects text that `JSON.parse` accepted.
 */
export function duplicateName(text: string): string | undefined {
  const objects: ({ names: Set<string>; name?: string } | undefined)[] = []; // undefined: an array
  let expectName = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = objects[objects.length - 1];
      if (top && expectName) {
        const name = JSON.parse(text.slice(i, end + 1)) as string;
        const path = [...objects.map((o) => o?.name).slice(0, -1), name].filter((n) => n !== undefined).join('.');
        if (top.names.has(name)) return path;
        top.names.add(name);
        top.name = name;
        expectName = false;
      }
      i = end;
    } else if (ch === '{') {
      objects.push({ names: new Set() });
      expectName = true;
    } else if (ch === '[') {
      objects.push(undefined);
    } else if (ch === '}' || ch === ']') {
      objects.pop();
    } else if (ch === ',') {
      expectName = objects[objects.length - 1] !== undefined;
    }
  }
  return undefined;
}

/**
 * Checks a parsed request body strictly against the record the SDK sends. Unknown fields,
 * wrong types, malformed UUIDs or timestamps, a timestamp more than `skewMs` in the future (no limit by default),
 * unknown methods, regimes or region sources are refused with the name of the field, so that
 * nothing half-valid is ever stored.
 *
 * @param now server time in ms (default `Date.now()`)
 * @param skewMs how far a browser clock may run ahead (default {@link DEFAULT_CLOCK_SKEW_MS})
 */
export function checkRecord(body: unknown, now = Date.now(), skewMs = DEFAULT_CLOCK_SKEW_MS): RecordCheck {
  const bad = (field: string, error: string): RecordCheck => ({ ok: false, field, error });
  if (!isPlainObject(body)) return bad('body', 'must be a JSON object (one consent record)');
  for (const key of Object.keys(body)) if (!KNOWN_FIELDS.has(key)) return bad(key, 'is not a field of a consent record');
  for (const key of REQUIRED_FIELDS) if (!(key in body)) return bad(key, 'is required');
  const b = body;

  for (const key of ['recordId', 'subjectId'] as const) {
    if (typeof b[key] !== 'string' || !UUID.test(b[key])) return bad(key, 'must be an RFC 4122 UUID');
  }
  if (b.previousRecordId !== null && (typeof b.previousRecordId !== 'string' || !UUID.test(b.previousRecordId))) {
    return bad('previousRecordId', 'must be an RFC 4122 UUID or null');
  }
  if (b.previousRecordId != null && String(b.previousRecordId).toLowerCase() === String(b.recordId).toLowerCase()) {
    return bad('previousRecordId', 'must not be the record itself');
  }
  if (typeof b.timestamp !== 'string' || !isValidUtc(b.timestamp)) {
    return bad('timestamp', 'must be an ISO 8601 UTC time such as "2026-11-01T12:00:00.000Z"');
  }
  if (Date.parse(b.timestamp) > now + skewMs) return bad('timestamp', 'is in the future');
  if (typeof b.policyVersion !== 'string' || !POLICY_VERSION.test(b.policyVersion)) {
    return bad('policyVersion', 'must be 1-64 characters starting with a letter or digit, without < > " ` \\ or control characters');
  }
  if (!(REGIMES as readonly unknown[]).includes(b.regime)) return bad('regime', `must be one of ${REGIMES.join(', ')}`);
  if (b.region !== null && (typeof b.region !== 'string' || !REGION.test(b.region))) {
    return bad('region', 'must be an ISO 3166 code such as "FR" or "US-CA", or null');
  }
  if (!(METHODS as readonly unknown[]).includes(b.method)) return bad('method', `must be one of ${METHODS.join(', ')}`);
  if (!isPlainObject(b.choices)) return bad('choices', 'must be an object of category → boolean');
  const entries = Object.entries(b.choices);
  if (entries.length > 32) return bad('choices', 'has more than 32 categories');
  for (const [id, granted] of entries) {
    if (!CATEGORY_ID.test(id)) return bad(`choices.${id.slice(0, 40)}`, 'is not a category id (a-z, 0-9, _, -)');
    if (typeof granted !== 'boolean') return bad(`choices.${id}`, 'must be true or false');
  }
  if (b.choices.necessary !== true) return bad('choices.necessary', 'must be true (necessary is always granted)');
  for (const id of ['analytics', 'targeting']) if (!(id in b.choices)) return bad(`choices.${id}`, 'is required');
  if (typeof b.gpc !== 'boolean') return bad('gpc', 'must be true or false');
  if ('gpcOverride' in b && typeof b.gpcOverride !== 'boolean') return bad('gpcOverride', 'must be true or false');
  if ('regionSource' in b && !REGION_SOURCES.includes(b.regionSource as RegionSource)) {
    return bad('regionSource', 'must be "config" or "estimated"');
  }

  const record: IncomingRecord = {
    recordId: String(b.recordId).toLowerCase(),
    previousRecordId: b.previousRecordId === null ? null : (b.previousRecordId as string).toLowerCase(),
    subjectId: String(b.subjectId).toLowerCase(),
    timestamp: b.timestamp,
    policyVersion: b.policyVersion,
    regime: b.regime as Regime,
    region: b.region as string | null,
    method: b.method as DecisionMethod,
    choices: { ...(b.choices as Record<string, boolean>) },
    gpc: b.gpc,
  };
  if ('gpcOverride' in b) record.gpcOverride = b.gpcOverride as boolean;
  if ('regionSource' in b) record.regionSource = b.regionSource as RegionSource;
  return { ok: true, record };
}
