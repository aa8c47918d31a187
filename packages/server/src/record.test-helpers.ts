import { randomUUID } from 'node:crypto';
import type { IncomingRecord } from './record-schema';

/** A valid record as the SDK would send it, with overrides. */
export function makeRecord(overrides: Partial<IncomingRecord> = {}): IncomingRecord {
  return {
    recordId: randomUUID(),
    previousRecordId: null,
    subjectId: randomUUID(),
    timestamp: new Date().toISOString(),
    policyVersion: '2026-11-01',
    regime: 'opt-in',
    region: 'FR',
    method: 'accept-all',
    choices: { necessary: true, analytics: true, targeting: true },
    gpc: false,
    gpcOverride: false,
    ...overrides,
  };
}
