/**
 * The synchronous `__gpp` stub of the IAB GPP CMP API v1.1: small enough for ConsentKit's main
 * script-tag file, so `window.__gpp` exists before any vendor tag runs. It answers `ping` at once
 * (`cmpStatus: 'stub'`, `signalStatus: 'not ready'`), registers and removes listeners, answers
 * `hasSection` / `getSection` / `getField` with `null` (the spec: "may be null when the CMP is not
 * yet loaded"; these must not be queued) and queues every other command. The GPP plug-in
 * (`@consentkit/adapters/gpp`) then takes over: it reads the queue with `__gpp()` and the
 * listeners with `__gpp('events')`, as the IAB's reference stub and library do.
 *
 * It also creates the hidden `__gppLocator` iframe and answers `postMessage` calls
 * (`{ __gppCall: { command, parameter, version, callId } }` → `{ __gppReturn: { returnValue,
 * success, callId } }`) so that child frames, cross-origin ones included, reach the API.
 */

/** The GPP CMP API function, `window.__gpp`. */
export type GppFunction = (command?: unknown, callback?: unknown, parameter?: unknown, version?: unknown) => unknown;
/** A listener registered before the plug-in loaded. */
export interface GppStubListener {
  id: number;
  callback: (data: unknown, success: boolean) => void;
  parameter: unknown;
}

/** Marks the `__gpp` functions ConsentKit installed, so the plug-in takes over only its own stub. */
export const GPP_MARK: unique symbol = Symbol.for('consentkit.gpp') as never;

/** What the stub reports before the plug-in loads. */
export interface GppStubOptions {
  /** CMP id (1 for an unregistered CMP). */
  cmpId: number;
  /** Section prefixes the site sends, if it named them (`[]` until the plug-in knows). */
  supportedAPIs: readonly string[];
}

/**
 * Whether the GPP API is on for this page: `gpp: false` turns it off, `true` or an options object
 * turns it on, and by default it is on in `opt-out` regimes (US states) only — an EU visitor's
 * page has no `__gpp` and never loads the plug-in.
 */
export const isGppOn = (gpp: unknown, regime: string): boolean => (gpp === undefined ? regime === 'opt-out' : gpp !== false);

/** A valid API version argument: none (the IAB stub passes '1.1' for postMessage calls) or 1.1. */
export const isGppVersion = (version: unknown): boolean => version == null || String(version) === '1.1';

/** Calls a caller's callback; a callback that throws is the caller's bug and never reaches our code. */
export function answer(callback: (data: unknown, success: boolean) => void, data: unknown, success = true): void {
  try {
    callback(data, success);
  } catch (error) {
    console.error('[consentkit] __gpp callback:', error);
  }
}

/** A call from a child frame: `{ <prefix>Call: { command, parameter, version, callId } }`. */
export interface FrameCall {
  command?: unknown;
  parameter?: unknown;
  version?: unknown;
  callId?: unknown;
}

/**
 * Answers `{ <prefix>Call }` messages from child frames (`__gpp`, or `__uspapi` for the legacy
 * API): `invoke` runs the call and `reply` posts `{ <prefix>Return: { returnValue, success, callId } }`
 * back to the frame that asked — as a JSON string when the call was one.
 */
export function listenForFrames(win: Window, prefix: string, invoke: (call: FrameCall, reply: (returnValue: unknown, success: boolean) => void) => void): void {
  win.addEventListener('message', (event) => {
    let data: unknown = event.data;
    const isText = typeof data === 'string';
    try {
      if (isText) data = JSON.parse(data as string);
    } catch {
      return;
    }
    const call = (data as Record<string, FrameCall> | null)?.[prefix + 'Call'];
    if (!call || typeof call !== 'object' || !event.source) return;
    const source = event.source as WindowProxy;
    invoke(call, (returnValue, success) => {
      const reply = { [prefix + 'Return']: { returnValue, success, callId: call.callId } };
      // '*': the answer is the public privacy signal, meant for any vendor frame (GPP spec "Using postmessage").
      source.postMessage(isText ? JSON.stringify(reply) : reply, '*');
    });
  });
}

/** Adds the hidden locator frame (`__gppLocator`) child frames look for (to `<html>` while `<body>` does not exist yet). */
export function addLocator(doc: Document, name: string): void {
  if ((doc.defaultView?.frames as unknown as Record<string, unknown> | undefined)?.[name]) return;
  const frame = doc.createElement('iframe');
  frame.name = name;
  // display: none keeps it out of layout, the tab order and the accessibility tree.
  frame.style.display = 'none';
  (doc.body ?? doc.documentElement).appendChild(frame);
}

/**
 * Installs the stub on `win` unless a `__gpp` function is already there (another CMP: ConsentKit
 * then leaves it alone and says so). Returns a function that reports the plug-in as failed
 * (`cmpStatus: 'error'`), or `undefined` when nothing was installed.
 */
export function installGppStub(win: Window, options: GppStubOptions): (() => void) | undefined {
  const w = win as Window & { __gpp?: GppFunction };
  if (typeof w.__gpp === 'function') {
    if (!(GPP_MARK in w.__gpp)) console.warn('[consentkit] another CMP owns window.__gpp; ConsentKit leaves it.');
    return undefined;
  }
  const queue: unknown[][] = [];
  const events: GppStubListener[] = [];
  let status = 'stub';
  let lastId = 0;
  const ping = () => ({
    gppVersion: '1.1',
    cmpStatus: status,
    cmpDisplayStatus: 'hidden',
    signalStatus: 'not ready',
    supportedAPIs: [...options.supportedAPIs],
    cmpId: options.cmpId,
    sectionList: [],
    // The spec: 0 while the stub is in place (the section is chosen by the plug-in).
    applicableSections: [0],
    gppString: '',
    parsedSections: {},
  });
  const stub: GppFunction = (...args) => {
    if (!args.length || args[0] === 'queue') return queue;
    if (args[0] === 'events' && args.length === 1) return events;
    const [command, callback, parameter, version] = args;
    // Without a callback there is no one to answer: the call is ignored, never thrown at.
    if (typeof callback !== 'function') return;
    const cb = callback as GppStubListener['callback'];
    if (typeof command !== 'string' || !isGppVersion(version)) answer(cb, null, false);
    else if (command === 'ping') answer(cb, ping());
    else if (command === 'addEventListener') {
      events.push({ id: ++lastId, callback: cb, parameter });
      answer(cb, { eventName: 'listenerRegistered', listenerId: lastId, data: true, pingData: ping() });
    } else if (command === 'removeEventListener') {
      const at = events.findIndex((e) => e.id === parameter);
      if (at >= 0) events.splice(at, 1);
      answer(cb, at >= 0);
    } else if (/^(has|get)Section$|^getField$/.test(command)) answer(cb, null);
    else queue.push(args);
  };
  Object.defineProperty(stub, GPP_MARK, { value: true });
  w.__gpp = stub;
  // The current `window.__gpp` answers: the stub now, the plug-in once it has taken over.
  listenForFrames(win, '__gpp', (call, reply) => w.__gpp?.(call.command, reply, call.parameter, call.version));
  addLocator(win.document, '__gppLocator');
  return () => void (status = 'error');
}
