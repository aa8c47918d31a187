import { patchMethod, patchProperty } from './patch-property';
import type { Category } from '../types';

/** The category that blocks a request to `url` right now, or `undefined` to let it through. */
export type BlockCheck = (url: string) => Category | undefined;

/** The message of a blocked request, naming the URL and the missing category. */
export const blockedMessage = (url: string, category: Category) => `ConsentKit blocked a request to ${url}: category "${category}" is not granted`;

/** The URL of a `fetch` input, `sendBeacon` or `XMLHttpRequest.open` argument: a string, a `URL` or a `Request`. */
const urlOf = (input: unknown): string => String((input as { url?: unknown } | null)?.url ?? input);

/**
 * Blocks `fetch`, `navigator.sendBeacon` and `XMLHttpRequest` requests whose URL needs a
 * category that is not granted, so a tag that is already running (or was loaded as
 * `necessary`) cannot report to a tracker endpoint before consent:
 * - `fetch` rejects with a `TypeError` (what it does for a network error);
 * - `sendBeacon` returns `false` (the spec's "could not queue" answer) and sends nothing;
 * - `XMLHttpRequest.send` sends nothing and fires `error` then `loadend` asynchronously.
 * - `new WebSocket`, `new EventSource`, `new Worker`, `new SharedWorker` throw a
 *   `SecurityError` `DOMException` (what they throw for a URL the page may not use).
 * Blocked requests are dropped, not replayed on grant: they describe behaviour from before
 * consent. Returns the stop function.
 */
export function installNetworkGuard(win: Window & typeof globalThis, isBlocked: BlockCheck): () => void {
  const targets = new WeakMap<object, string>();
  const xhr = win.XMLHttpRequest?.prototype ?? {};
  const stops = [
    patchMethod(
      win,
      'fetch',
      (fetch) =>
        function (this: unknown, input: unknown, init?: unknown) {
          const url = urlOf(input);
          const category = isBlocked(url);
          // A bare `fetch(url)` call has no `this`: the native needs the window.
          return category ? Promise.reject(new TypeError(blockedMessage(url, category))) : fetch.call(this ?? win, input, init);
        },
    ),
    patchMethod(
      win.navigator,
      'sendBeacon',
      (send) =>
        function (this: unknown, url: unknown, data?: unknown) {
          return !isBlocked(urlOf(url)) && send.call(this, url, data);
        },
    ),
    patchMethod(
      xhr,
      'open',
      (open) =>
        function (this: XMLHttpRequest, ...args: unknown[]) {
          targets.set(this, urlOf(args[1]));
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
    ...['WebSocket', 'EventSource', 'Worker', 'SharedWorker'].map((name) =>
      patchProperty(
        win,
        name,
        ({ value }) =>
          typeof value === 'function' && {
            value: new Proxy(value, {
              construct(target, args, newTarget) {
                const url = urlOf(args[0]);
                // A WebSocket reaches the same host as its http(s) twin.
                const category = isBlocked(url.replace(/^ws(s?):/i, 'http$1:'));
                if (category) throw new DOMException(blockedMessage(url, category), 'SecurityError');
                return Reflect.construct(target, args, newTarget);
              },
            }),
          },
      ),
    ),
  ];
  return () => stops.forEach((stop) => stop?.());
}
