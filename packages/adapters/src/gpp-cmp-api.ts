import { GPP_MARK, answer, isGppVersion } from './gpp-stub';
import type { GppFunction, GppStubListener } from './gpp-stub';

/** `cmpDisplayStatus` of the CMP API. */
export type GppDisplayStatus = 'hidden' | 'visible' | 'disabled';
/** `signalStatus` of the CMP API. */
export type GppSignalStatus = 'not ready' | 'ready';

/** The `PingReturn` object of the GPP CMP API v1.1. */
export interface GppPing {
  gppVersion: '1.1';
  cmpStatus: 'loaded';
  cmpDisplayStatus: GppDisplayStatus;
  signalStatus: GppSignalStatus;
  supportedAPIs: string[];
  cmpId: number;
  sectionList: number[];
  applicableSections: number[];
  gppString: string;
  parsedSections: Record<string, Record<string, unknown>>;
}

/** The encoded state the API serves. */
export interface GppData {
  gppString: string;
  sectionList: number[];
  applicableSections: number[];
  /** API prefix → the section's fields. */
  parsedSections: Record<string, Record<string, unknown>>;
}

/** The full CMP API, in control of `window.__gpp`. */
export interface GppCmpApi {
  /** The `__gpp` function now on the page. */
  readonly call: GppFunction;
  ping(): GppPing;
  /** Sets `cmpDisplayStatus`; fires `cmpDisplayStatus` when it changed. */
  setDisplay(status: GppDisplayStatus): void;
  /** Sets `signalStatus`; fires `signalStatus` when it changed. */
  setSignal(status: GppSignalStatus): void;
  /** Replaces the sections; fires `sectionChange` (data = prefix) for each section that changed. */
  setData(data: GppData): void;
  /** Fires an event to every listener. */
  fire(eventName: string, data: unknown): void;
}

type Callback = GppStubListener['callback'];
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Takes over `window.__gpp` with the full CMP API v1.1: `ping`, `addEventListener`,
 * `removeEventListener`, `hasSection`, `getSection`, `getField`, all answered synchronously.
 * Listeners registered with ConsentKit's stub keep their ids and hear every event from now on;
 * the calls the stub queued run next, in the order they were made.
 *
 * Bad calls never throw (spec: `__gpp` "must be able to handle calls at all times"): a command
 * that is not a string, an unknown command, a version other than 1.1 or a missing parameter is
 * answered `(null, false)`; an unknown listener id in `removeEventListener` is answered
 * `(false, true)`; a call without a callback function is ignored.
 */
export function createGppCmpApi(win: Window, cmpId: number, supportedAPIs: readonly string[], initial: GppData): GppCmpApi {
  const w = win as Window & { __gpp?: GppFunction };
  const listeners = new Map<number, Callback>();
  let lastId = 0;
  let display: GppDisplayStatus = 'hidden';
  let signal: GppSignalStatus = 'not ready';
  let data = initial;

  const ping = (): GppPing => ({
    gppVersion: '1.1',
    cmpStatus: 'loaded',
    cmpDisplayStatus: display,
    signalStatus: signal,
    supportedAPIs: [...supportedAPIs],
    cmpId,
    sectionList: [...data.sectionList],
    applicableSections: [...data.applicableSections],
    gppString: data.gppString,
    parsedSections: copy(data.parsedSections),
  });
  const fire = (eventName: string, eventData: unknown) => {
    for (const [listenerId, callback] of [...listeners]) answer(callback, { eventName, listenerId, data: eventData, pingData: ping() });
  };
  const section = (prefix: unknown) =>
    typeof prefix === 'string' && Object.prototype.hasOwnProperty.call(data.parsedSections, prefix) ? data.parsedSections[prefix] : undefined;

  const call: GppFunction = (command, callback, parameter, version) => {
    if (typeof callback !== 'function') return;
    const cb = callback as Callback;
    const fail = () => answer(cb, null, false);
    if (typeof command !== 'string' || !isGppVersion(version)) return fail();
    switch (command) {
      case 'ping':
        return answer(cb, ping());
      case 'addEventListener':
        listeners.set(++lastId, cb);
        return answer(cb, { eventName: 'listenerRegistered', listenerId: lastId, data: true, pingData: ping() });
      case 'removeEventListener':
        return answer(cb, listeners.delete(parameter as number));
      case 'hasSection':
        return typeof parameter === 'string' ? answer(cb, !!section(parameter)) : fail();
      case 'getSection': {
        const found = section(parameter);
        return typeof parameter === 'string' ? answer(cb, found ? copy(found) : null) : fail();
      }
      case 'getField': {
        const [prefix, field, extra] = typeof parameter === 'string' ? parameter.split('.') : [];
        if (!prefix || !field || extra !== undefined) return fail();
        const value = section(prefix)?.[field];
        return answer(cb, value === undefined ? null : copy(value));
      }
      default:
        return fail();
    }
  };
  Object.defineProperty(call, GPP_MARK, { value: true });

  // Take over ConsentKit's stub: its listeners (ids kept) and its queue.
  const stub = w.__gpp;
  let queued: unknown[][] = [];
  if (typeof stub === 'function' && GPP_MARK in stub) {
    for (const { id, callback } of (stub('events') as GppStubListener[]) ?? []) {
      listeners.set(id, callback);
      lastId = Math.max(lastId, id);
    }
    queued = (stub() as unknown[][]) ?? [];
  }
  w.__gpp = call;
  fire('cmpStatus', 'loaded');
  for (const args of queued.splice(0)) call(...args);

  return {
    call,
    ping,
    fire,
    setDisplay(status) {
      if (status !== display) fire('cmpDisplayStatus', (display = status));
    },
    setSignal(status) {
      if (status !== signal) fire('signalStatus', (signal = status));
    },
    setData(next) {
      const before = data.parsedSections;
      data = next;
      const prefixes = new Set([...Object.keys(before), ...Object.keys(next.parsedSections)]);
      for (const prefix of prefixes) {
        if (JSON.stringify(before[prefix]) !== JSON.stringify(next.parsedSections[prefix])) fire('sectionChange', prefix);
      }
    },
  };
}
