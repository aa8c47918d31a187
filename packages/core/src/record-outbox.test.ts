import { describe, expect, it, vi } from 'vitest';
import { create, useFreshPage } from './manager.test-helpers';

useFreshPage();

const RECORD_FIELDS = [
  'recordId', 'previousRecordId', 'subjectId', 'timestamp', 'policyVersion', 'regime', 'region', 'method', 'choices', 'gpc',
];

describe('consent records and recordEndpoint', () => {
  it('posts each record with sendBeacon as text/plain JSON', () => {
    const beacon = vi.fn((_url: string, _body?: BodyInit | null) => true);
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { sendBeacon: beacon }));
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const m = create({ recordEndpoint: '/consent-records' });
    m.acceptAll();
    expect(beacon).toHaveBeenCalledTimes(1);
    const [url, body] = beacon.mock.calls[0]!;
    expect(url).toBe('/consent-records');
    expect(typeof body).toBe('string'); // a string body is sent as text/plain;charset=UTF-8
    const record = JSON.parse(body as string);
    for (const field of RECORD_FIELDS) expect(record).toHaveProperty(field);
    expect(record).toEqual(m.getRecord());
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('falls back to fetch keepalive when the beacon is refused', async () => {
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { sendBeacon: () => false }));
    const fetchSpy = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchSpy);
    create({ recordEndpoint: 'https://records.example/c' }).rejectAll();
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://records.example/c');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
    expect(JSON.parse(init.body as string).method).toBe('reject-all');
    await Promise.resolve();
    expect(localStorage.getItem('consentkit:outbox')).toBeNull();
  });

  it('keeps records that failed in an outbox and retries them on the next load', async () => {
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { sendBeacon: () => false }));
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    const m = create({ recordEndpoint: '/records' });
    m.acceptAll();
    await new Promise((r) => setTimeout(r, 0));
    const kept = JSON.parse(localStorage.getItem('consentkit:outbox')!);
    expect(kept).toEqual([m.getRecord()]);

    const beacon = vi.fn(() => true);
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { sendBeacon: beacon }));
    create({ recordEndpoint: '/records' });
    expect(beacon).toHaveBeenCalledWith('/records', JSON.stringify(m.getRecord()));
    expect(localStorage.getItem('consentkit:outbox')).toBeNull();
  });

  it('makes no network call without an endpoint', () => {
    const beacon = vi.fn(() => true);
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { sendBeacon: beacon }));
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const m = create();
    m.acceptAll();
    m.withdraw();
    expect(beacon).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('gives every record a new id linked to the previous one, with the same random subject', () => {
    const m = create();
    m.acceptAll();
    const a = m.getRecord()!;
    m.update({ targeting: false });
    const b = m.getRecord()!;
    m.withdraw();
    const c = m.getRecord()!;
    expect(new Set([a.recordId, b.recordId, c.recordId]).size).toBe(3);
    expect(b.previousRecordId).toBe(a.recordId);
    expect(c.previousRecordId).toBe(b.recordId);
    expect(new Set([a.subjectId, b.subjectId, c.subjectId]).size).toBe(1);
    expect(a.subjectId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
