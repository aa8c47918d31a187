import { afterEach, describe, expect, it, vi } from 'vitest';
import { create, useFreshPage } from './manager.test-helpers';

useFreshPage();
afterEach(() => {
  vi.useRealTimers();
});

const RECORD_FIELDS = ['recordId', 'previousRecordId', 'subjectId', 'timestamp', 'policyVersion', 'regime', 'region', 'method', 'choices', 'gpc'];
const OUTBOX = 'consentkit:outbox';
const outbox = () => JSON.parse(localStorage.getItem(OUTBOX) ?? '[]') as { recordId: string }[];
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A fetch whose answers the test gives one by one. */
function controlledFetch() {
  const answers: ((r: Response | Error) => void)[] = [];
  const spy = vi.fn(
    (_url: string, _init?: RequestInit) => new Promise<Response>((resolve, reject) => answers.push((r) => (r instanceof Error ? reject(r) : resolve(r)))),
  );
  vi.stubGlobal('fetch', spy);
  return { spy, answer: (r: Response | Error) => answers.shift()!(r) };
}

/** A `navigator.sendBeacon` that queues (`true`) or, as browsers do over their quota, refuses (`false`). */
function stubBeacon(queues = false) {
  const beacon = vi.fn((_url: string, _body?: BodyInit | null) => queues);
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { sendBeacon: beacon }));
  return beacon;
}

describe('consent records and recordEndpoint', () => {
  it('beacons each record as text/plain JSON at once and keeps it until the next load has it acknowledged by fetch', async () => {
    const beacon = stubBeacon(true);
    const net = controlledFetch();
    const m = create({ recordEndpoint: 'https://records.example/v1/records' });
    m.acceptAll();
    expect(beacon).toHaveBeenCalledTimes(1);
    const [url, body] = beacon.mock.calls[0]!;
    expect(url).toBe('https://records.example/v1/records');
    expect(typeof body).toBe('string'); // a string body: Content-Type text/plain;charset=UTF-8, no preflight
    const record = JSON.parse(body as string);
    for (const field of RECORD_FIELDS) expect(record).toHaveProperty(field);
    expect(record).toEqual(m.getRecord());
    expect(net.spy).not.toHaveBeenCalled();
    // Queued is not delivered: the record stays in the outbox, and pagehide does not beacon it again.
    expect(outbox().map((r) => r.recordId)).toEqual([record.recordId]);
    dispatchEvent(new Event('pagehide'));
    expect(beacon).toHaveBeenCalledTimes(1);
    m.destroy();

    create({ recordEndpoint: 'https://records.example/v1/records' }); // the next load confirms it
    expect(net.spy).toHaveBeenCalledTimes(1);
    expect(JSON.parse(net.spy.mock.calls[0]![1]!.body as string)).toEqual(record);
    net.answer(new Response('{"stored":false,"duplicate":true}', { status: 200 }));
    await settle();
    expect(localStorage.getItem(OUTBOX)).toBeNull();
  });

  it('posts with fetch keepalive as text/plain JSON when the browser does not queue the beacon, and keeps it until a 2xx comes back', async () => {
    const beacon = stubBeacon(false);
    const net = controlledFetch();
    const m = create({ recordEndpoint: 'https://records.example/v1/records' });
    m.acceptAll();
    expect(net.spy).toHaveBeenCalledTimes(1);
    const [url, init] = net.spy.mock.calls[0]!;
    expect(url).toBe('https://records.example/v1/records');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit', headers: { 'content-type': 'text/plain;charset=UTF-8' } });
    const record = JSON.parse(init!.body as string);
    for (const field of RECORD_FIELDS) expect(record).toHaveProperty(field);
    expect(record).toEqual(m.getRecord());
    // Sent but not yet acknowledged: still in the outbox.
    expect(outbox().map((r) => r.recordId)).toEqual([record.recordId]);
    net.answer(new Response('{"stored":true}', { status: 201 }));
    await settle();
    expect(localStorage.getItem(OUTBOX)).toBeNull();
    expect(beacon).toHaveBeenCalledTimes(1); // the refused beacon, nothing more
  });

  it('keeps a record the server answered 503 to, or that met no server, and resends it on the next load', async () => {
    stubBeacon();
    const net = controlledFetch();
    const m = create({ recordEndpoint: '/records-503' });
    m.acceptAll();
    net.answer(new Response('', { status: 503 }));
    m.rejectAll();
    net.answer(new TypeError('offline'));
    await settle();
    const made = outbox().map((r) => r.recordId);
    expect(made.length).toBe(2);

    create({ recordEndpoint: '/records-503' });
    expect(net.spy.mock.calls.slice(2).map(([, init]) => JSON.parse(init!.body as string).recordId)).toEqual(made);
    net.answer(new Response(null, { status: 201 }));
    net.answer(new Response('{"stored":false,"duplicate":true}', { status: 200 })); // a resend the server already had
    await settle();
    expect(localStorage.getItem(OUTBOX)).toBeNull();
  });

  it('backs off after repeated failures: a later load waits before resending', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    stubBeacon();
    const net = controlledFetch();
    create({ recordEndpoint: '/records-down' }).acceptAll();
    net.answer(new Response('', { status: 503 }));
    await settle();
    create({ recordEndpoint: '/records-down' }); // next load: retried at once
    expect(net.spy).toHaveBeenCalledTimes(2);
    net.answer(new Response('', { status: 502 }));
    await settle();
    create({ recordEndpoint: '/records-down' }); // second failure: waits 30 s
    expect(net.spy).toHaveBeenCalledTimes(2);
    vi.setSystemTime(new Date('2026-12-01T10:00:31Z'));
    create({ recordEndpoint: '/records-down' });
    expect(net.spy).toHaveBeenCalledTimes(3);
    expect(outbox().length).toBe(1);
  });

  it('forgets a record the server refused for good (400, 409) instead of resending it forever', async () => {
    stubBeacon();
    const net = controlledFetch();
    const m = create({ recordEndpoint: '/records-strict' });
    m.acceptAll();
    m.rejectAll();
    net.answer(new Response('{"error":"x","field":"region"}', { status: 400 }));
    net.answer(new Response('{"error":"x","field":"recordId"}', { status: 409 }));
    await settle();
    expect(localStorage.getItem(OUTBOX)).toBeNull();
  });

  it('on pagehide beacons only records this page has not sent, and keeps them for the next load', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    const beacon = stubBeacon();
    const net = controlledFetch();
    // Each "page load" gets a fresh copy of the modules and its own pagehide listeners, as in a browser.
    const realAdd = window.addEventListener.bind(window);
    let pagehide: EventListener[] = [];
    const load = async () => {
      vi.resetModules();
      pagehide = [];
      vi.stubGlobal('addEventListener', (type: string, fn: EventListener, options?: AddEventListenerOptions) =>
        type === 'pagehide' ? pagehide.push(fn) : realAdd(type, fn, options),
      );
      const { createConsentManager } = await import('./consent-manager');
      const manager = createConsentManager({ policyVersion: 'v1', region: 'FR', recordEndpoint: '/records-hide' });
      loaded.push(manager);
      return manager;
    };
    const loaded: { destroy(): void }[] = [];
    (await load()).acceptAll();
    net.answer(new Response('', { status: 503 }));
    await settle();
    await load(); // retried at once, fails again: the next loads back off
    net.answer(new Response('', { status: 503 }));
    await settle();
    const pending = outbox().map((r) => r.recordId);
    const page = await load();
    const fetches = net.spy.mock.calls.length;
    page.rejectAll(); // the beacon is refused: handed to fetch now, the keepalive request outlives the page
    const fresh = page.getRecord()!.recordId;
    const beaconsBefore = beacon.mock.calls.length;
    for (const fn of pagehide) fn(new Event('pagehide'));
    expect(net.spy.mock.calls.length).toBe(fetches + 1);
    const beaconed = beacon.mock.calls
      .slice(beaconsBefore)
      .filter(([url]) => url === '/records-hide')
      .map(([, body]) => JSON.parse(body as string).recordId);
    expect(beaconed).toContain(pending[0]);
    expect(beaconed).not.toContain(fresh);
    expect(outbox().map((r) => r.recordId)).toEqual([...pending, fresh]);
    for (const m of loaded) m.destroy();
  });

  it('makes no network call without an endpoint', () => {
    const beacon = stubBeacon();
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const m = create();
    m.acceptAll();
    m.withdraw();
    dispatchEvent(new Event('pagehide'));
    expect(beacon.mock.calls.filter(([url]) => !url.startsWith('/records-'))).toEqual([]);
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
