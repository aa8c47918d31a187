import { patchMethod, patchProperty } from './patch-property';
import type { Category } from '../types';

/** The category that blocks a request to `url` right now, or `undefined` to let it through. */
export type BlockCheck = (url: string) => Category | undefined;

/** The message of a blocked request, naming the URL and the missing category. */
export const blockedMessage = (url: string, category: Category) => `ConsentKit blocked a request to ${url}: category "${category}" is not granted`;

/**
 * Blocks `fetch`, `navigator.sendBeacon` and `XMLHttpRequest` requests whose URL needs a
 * category that is not granted, so a tag that is already running (or was loaded as
 * `necessary`) cannot report to a tracker endpoint before consent:
 * - `fetch` rejects with a `TypeError` (what it does for a network error), `fetchLater` throws it;
 * - `sendBeacon` returns `false` (the spec's "could not queue" answer) and sends nothing;
 * - `XMLHttpRequest.send` sends nothing and fires `error` then `loadend` asynchronously.
 * - `new WebSocket`, `new WebTransport`, `new EventSource`, `new Worker`, `new SharedWorker` throw a
 *   `SecurityError` `DOMException` (what they throw for a URL the page may not use);
 * - `navigator.serviceWorker.register` and a worklet's `addModule` (`CSS.paintWorklet`,
 *   `audioWorklet`) reject with that `DOMException`.
 * Each URL is read once, resolved against this window's document, and what was judged is what
 * the native receives (a `Request` is passed as it is: its URL is internal), so neither a value
 * that names another URL when read again, a shadowed `Request.url`, nor a `<base>` changed
 * between `open()` and `send()` can reach a host other than the one judged.
 * Blocked requests are dropped, not replayed on grant: they describe behaviour from before
 * consent. Returns the stop function.
 */
/**
 * The URL each `XMLHttpRequest` was opened with, shared by the guards of every window: a fresh
 * frame's `open` or `send` called on this page's request (or the other way round) finds it too.
 */
const targets = new WeakMap<object, string>();

export function installNetworkGuard(win: Window & typeof globalThis, isBlocked: BlockCheck): () => void {
  const xhr = win.XMLHttpRequest?.prototype ?? {};
  const requestUrl = win.Request && Object.getOwnPropertyDescriptor(win.Request.prototype, 'url')?.get;
  const trusted = (win as { TrustedScriptURL?: new () => unknown }).TrustedScriptURL;
  /**
   * A request argument (a string, a `URL`, a `Request`, anything with a `url` or a `toString`),
   * read once: its absolute URL, and what the native receives — a real `Request` (its URL is
   * internal) or a `TrustedScriptURL` (Trusted Types may require one) as it is, anything else as
   * the URL judged.
   */
  const read = (input: unknown): [url: string, arg: unknown] => {
    let url: string;
    let own = false;
    // A string (the common call) is no Request: no getter call that throws for it.
    if (typeof input === 'string') url = input;
    else
      try {
        url = requestUrl!.call(input);
        own = true;
      } catch {
        url = String((input as { url?: unknown } | null)?.url ?? input);
        own = !!trusted && input instanceof trusted;
      }
    try {
      url = new URL(url, win.document.baseURI).href;
    } catch {
      // Not a URL the browser could request either (or no document): judged as it is.
    }
    return [url, own ? input : url];
  };
  /** Rejects like a refused module or registration: a `SecurityError` naming the URL. */
  const refusing = (original: (...args: unknown[]) => Promise<unknown>) =>
    function (this: unknown, ...args: unknown[]) {
      const [url, arg] = read(args[0]);
      const category = isBlocked(url);
      if (category) return Promise.reject(new DOMException(blockedMessage(url, category), 'SecurityError'));
      if (args.length) args[0] = arg;
      return original.apply(this, args);
    };
  const stops = [
    // `fetchLater` (a request sent later, at the latest when the page goes away) throws where `fetch` rejects.
    ...['fetch', 'fetchLater'].map((name, later) =>
      patchMethod(
        win,
        name,
        (fetch) =>
          function (this: unknown, input: unknown, init?: unknown) {
            const [url, arg] = read(input);
            const category = isBlocked(url);
            // A bare `fetch(url)` call has no `this`: the native needs the window.
            if (!category) return fetch.call(this ?? win, arg, init);
            const error = new TypeError(blockedMessage(url, category));
            if (later) throw error;
            return Promise.reject(error);
          },
      ),
    ),
    patchMethod(
      win.navigator,
      'sendBeacon',
      (send) =>
        function (this: unknown, input: unknown, data?: unknown) {
          const [url] = read(input);
          return !isBlocked(url) && send.call(this, url, data);
        },
    ),
    patchMethod(
      xhr,
      'open',
      (open) =>
        function (this: XMLHttpRequest, ...args: unknown[]) {
          // Resolved now, as the native resolves it: a later <base> change cannot move it.
          if (args.length > 1) targets.set(this, (args[1] = read(args[1])[0]));
          return open.apply(this, args);
        },
    ),
    patchMethod(
      xhr,
      'send',
      (send) =>
        function (this: XMLHttpRequest, body?: unknown) {
          const url = targets.get(this);
          if (url === undefined || !isBlocked(url)) return send.call(this, body);
          setTimeout(() => {
            for (const type of ['error', 'loadend']) this.dispatchEvent(new ProgressEvent(type));
          });
        },
    ),
    ...['WebSocket', 'WebTransport', 'EventSource', 'Worker', 'SharedWorker'].map((name) =>
      patchProperty(
        win,
        name,
        ({ value }) =>
          typeof value === 'function' && {
            value: new Proxy(value, {
              construct(target, args, newTarget) {
                const [url, arg] = read(args[0]);
                // A WebSocket reaches the same host as its http(s) twin.
                const category = isBlocked(url.replace(/^ws(s?):/i, 'http$1:'));
                if (category) throw new DOMException(blockedMessage(url, category), 'SecurityError');
                if (args.length) args[0] = arg;
                return Reflect.construct(target, args, newTarget);
              },
            }),
          },
      ),
    ),
    patchMethod(win.ServiceWorkerContainer?.prototype ?? {}, 'register', refusing),
    patchMethod(win.Worklet?.prototype ?? {}, 'addModule', refusing),
  ];
  return () => stops.forEach((stop) => stop?.());
}
