import type { ConsentRecord } from './types';

/** Records that could not be sent are kept (at most this many, newest last) and retried on the next load. */
const OUTBOX_LIMIT = 20;

function load(key: string): ConsentRecord[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? (parsed as ConsentRecord[]) : [];
  } catch {
    return [];
  }
}

function save(key: string, records: ConsentRecord[]): void {
  try {
    if (records.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(records.slice(-OUTBOX_LIMIT)));
  } catch {
    // Storage full or blocked: the record is lost for the endpoint but the decision itself is kept.
  }
}

/**
 * Posts a record to the site's endpoint: `navigator.sendBeacon` with a text/plain JSON body
 * (CORS-safelisted, so no preflight), else `fetch` with `keepalive`. A record that cannot be
 * handed over goes to the outbox in localStorage. No endpoint, no network call.
 */
export function sendRecord(endpoint: string, record: ConsentRecord, outboxKey: string): void {
  const body = JSON.stringify(record);
  try {
    if (typeof navigator !== 'undefined' && navigator.sendBeacon?.(endpoint, body)) return;
  } catch {
    // sendBeacon throws on some invalid URLs; try fetch.
  }
  const keep = () => save(outboxKey, [...load(outboxKey).filter((r) => r.recordId !== record.recordId), record]);
  if (typeof fetch !== 'function') return keep();
  fetch(endpoint, {
    method: 'POST',
    body,
    keepalive: true,
    credentials: 'omit',
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
  }).then((response) => {
    if (!response.ok) keep();
  }, keep);
}

/** Retries the records left in the outbox by an earlier page. */
export function flushOutbox(endpoint: string, outboxKey: string): void {
  const pending = load(outboxKey);
  if (pending.length === 0) return;
  save(outboxKey, []);
  for (const record of pending) sendRecord(endpoint, record, outboxKey);
}
