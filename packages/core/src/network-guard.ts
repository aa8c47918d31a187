import type { Category } from './types';

/** The category that blocks a request to `url` right now, or `undefined` to let it through. */
export type BlockCheck = (url: string) => Category | undefined;

/** The message of a blocked request, naming the URL and the missing category. */
export const blockedMessage = (url: string, category: Category) =>
  `ConsentKit blocked a request to ${url}: category "${category}" is not granted`;

/** Replaces `owner[key]` with `wrap(original)`; the returned function restores it if still ours. */
function patch<T extends object, K extends keyof T>(owner: T, key: K, wrap: (original: T[K]) => T[K]): () => void {
  const original = owner[key];
  if (typeof original !== 'function') return () => {};
  const replacement = wrap(original);
  owner[key] = replacement;
  return () => {
    if (owner[key] === replacement) owner[key] = original;
  };
}

const urlOf = (input: unknown): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : String((input as { url?: unknown } | null)?.url ?? input);

/**
 * Blocks `fetch`, `navigator.sendBeacon` and `XMLHttpRequest` requests whose URL needs a
 * category that is not granted, so a tag that is already running (or was loaded as
 * `necessary`) cannot report to a tracker endpoint before consent:
 * - `fetch` rejects with a `TypeError` (what it does for a network error);
 * - `sendBeacon` returns `false` (the spec's "could not queue" answer) and sends nothing;
 * - `XMLHttpRequest.send` sends nothing and fires `error` then `loadend` asynchronously.
 * Blocked requests are dropped, not replayed on grant: they describe behaviour from before
 * consent. Returns the stop function.
 */
export function installNetworkGuard(win: Window & typeof globalThis, isBlocked: BlockCheck): () => void {
  const stops: (() => void)[] = [];
  stops.push(
    patch(win, 'fetch', (original) =>
      function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
        const url = urlOf(input);
        const category = isBlocked(url);
        if (category !== undefined) return Promise.reject(new TypeError(blockedMessage(url, category)));
        return original.call(this ?? win, input, init);
      },
    ),
  );
  let navigatorOwner: object | null = win.navigator;
  while (navigatorOwner && !Object.prototype.hasOwnProperty.call(navigatorOwner, 'sendBeacon')) navigatorOwner = Object.getPrototypeOf(navigatorOwner);
  if (navigatorOwner) {
    stops.push(
      patch(navigatorOwner as Navigator, 'sendBeacon', (original) =>
        function sendBeacon(this: Navigator, url: string | URL, data?: BodyInit | null) {
          if (isBlocked(urlOf(url)) !== undefined) return false;
          return original.call(this, url, data);
        },
      ),
    );
  }
  const xhr = win.XMLHttpRequest?.prototype;
  if (xhr) {
    const targets = new WeakMap<XMLHttpRequest, string>();
    stops.push(
      patch(xhr, 'open', (original) =>
        function open(this: XMLHttpRequest, ...args: unknown[]) {
          targets.set(this, urlOf(args[1]));
          return (original as (...a: unknown[]) => void).apply(this, args);
        } as XMLHttpRequest['open'],
      ),
      patch(xhr, 'send', (original) =>
        function send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
          const url = targets.get(this);
          const category = url === undefined ? undefined : isBlocked(url);
          if (category === undefined) return original.call(this, body);
          setTimeout(() => {
            this.dispatchEvent(new ProgressEvent('error'));
            this.dispatchEvent(new ProgressEvent('loadend'));
          });
        },
      ),
    );
  }
  return () => stops.forEach((stop) => stop());
}
