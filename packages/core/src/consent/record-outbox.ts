import type { ConsentRecord } from '../types';

/** Records not yet acknowledged are kept (at most this many, newest last) and resent later. */
const OUTBOX_LIMIT = 20;

// Record ids this page has already sent (beacon or fetch). Page-lifetime transport bookkeeping, not
// consent state: it only keeps `pagehide` from beaconing a record a second time — a record whose
// delivery is not acknowledged yet is resent on the next load instead.
const posted = new Set<string>();

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
    // Storage full or blocked: the record may be lost for the endpoint but the decision itself is kept.
  }
}

const drop = (key: string, id: string) =>
  save(
    key,
    load(key).filter((r) => r.recordId !== id),
  );

/** `${key}:retry` holds "loads that retried in vain|time before which no load retries". */
function retryState(key: string): number[] {
  try {
    return (localStorage.getItem(`${key}:retry`) ?? '0|0').split('|').map(Number);
  } catch {
    return [0, 0]; // storage blocked: nothing is kept anyway, so nothing to back off from
  }
}

/**
 * Posts a record with `fetch` + `keepalive` (text/plain JSON: CORS-safelisted, no preflight)
 * and forgets it only when the endpoint acknowledged it: a 2xx, or a 400/409/413/415 that no
 * resend can change. Anything else (no answer, 5xx, 429) leaves it in the outbox, and `attempt`
 * (how many loads in a row already retried; 0 for a new record) sets the backoff: a failed send
 * is retried on the next load, a failed retry after 30 s, then 1, 2, 4 … minutes, at most an hour.
 */
function post(endpoint: string, record: ConsentRecord, key: string, attempt: number): void {
  if (typeof fetch !== 'function') return;
  posted.add(record.recordId);
  const failed = () => localStorage.setItem(`${key}:retry`, `${attempt}|${Date.now() + (attempt && Math.min(3.6e6, 3e4 * 2 ** (attempt - 1)))}`);
  fetch(endpoint, {
    method: 'POST',
    body: JSON.stringify(record),
    keepalive: true,
    credentials: 'omit',
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
  })
    .then((response) => {
      if (response.ok) localStorage.removeItem(`${key}:retry`);
      if (response.ok || [400, 409, 413, 415].includes(response.status)) drop(key, record.recordId);
      else failed();
    }, failed)
    .catch(() => undefined);
}

/** `navigator.sendBeacon` of a record's JSON (text/plain); whether the browser queued it. */
function beacon(endpoint: string, record: ConsentRecord): boolean {
  try {
    return navigator.sendBeacon?.(endpoint, JSON.stringify(record)) === true;
  } catch {
    return false; // sendBeacon throws on some invalid URLs
  }
}

/**
 * Sends a record to the site's endpoint with `navigator.sendBeacon` (text/plain JSON: no
 * preflight, and the browser delivers it even when the visitor leaves the page at once), or with
 * `fetch` + `keepalive` when there is no beacon or the browser refused to queue it. It is written
 * to the outbox in localStorage first and stays there until the endpoint acknowledged it: a queued
 * beacon is no acknowledgement (a server answering 503, or no server, would lose it), so the next
 * load posts it again with `fetch`, which reads the answer. Resends are harmless because the server
 * is idempotent by `recordId` (`200 {"duplicate":true}`). No endpoint, no network call.
 */
export function sendRecord(endpoint: string, record: ConsentRecord, outboxKey: string): void {
  save(outboxKey, [...load(outboxKey).filter((r) => r.recordId !== record.recordId), record]);
  if (beacon(endpoint, record)) posted.add(record.recordId);
  else post(endpoint, record, outboxKey, 0);
}

/**
 * Resends what earlier pages left in the outbox with `fetch`, which reads the endpoint's
 * acknowledgement (unless backing off after repeated failures), and arranges that when this page
 * is hidden, records it has not sent yet go out with `navigator.sendBeacon` as a last resort —
 * still kept for the next load, since a queued beacon is no acknowledgement.
 */
export function flushOutbox(endpoint: string, outboxKey: string): void {
  globalThis.addEventListener?.('pagehide', () => {
    for (const record of load(outboxKey)) if (!posted.has(record.recordId)) beacon(endpoint, record);
  });
  const [attempts, notBefore] = retryState(outboxKey);
  if (!(Date.now() < notBefore!)) for (const record of load(outboxKey)) post(endpoint, record, outboxKey, attempts! + 1);
}
