import type { ConsentRecord } from '../types';

/** A random RFC 4122 version-4 id (`crypto.randomUUID` where available, e.g. outside secure contexts). */
export function randomId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const h = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export type RecordInput = Omit<ConsentRecord, 'recordId' | 'timestamp' | 'region'> & {
  timestamp: number;
  region: string | undefined;
};

/** Creates an immutable consent record (a new random `recordId`, linked to the previous one). */
export function createRecord(input: RecordInput): ConsentRecord {
  return Object.freeze({
    recordId: randomId(),
    ...input,
    timestamp: new Date(input.timestamp).toISOString(),
    region: input.region ?? null,
    choices: Object.freeze({ ...input.choices }),
  });
}
