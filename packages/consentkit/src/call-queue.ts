/** A call made before the bundle loaded: `['onGranted', 'analytics', fn]` = `ConsentKit.onGranted('analytics', fn)`. */
export type QueuedCall = readonly [method: string, ...args: unknown[]];

/** The object that replaces the page's `window.consentkit` array: `push` now calls at once. */
export interface CallQueue {
  push(...calls: QueuedCall[]): number;
}

/**
 * Runs the calls a page queued before ConsentKit loaded and returns the queue that replaces
 * the array, so later `consentkit.push([...])` calls run at once — the pattern of
 * `window.dataLayer` and `_paq`, which lets a site write
 * `window.consentkit = window.consentkit || []; consentkit.push(['onGranted', 'analytics', fn])`
 * anywhere, even in a script that loads before the bundle.
 *
 * A call that names no method of `api`, or throws, is reported on the console and skipped: one
 * bad call never stops the others. Queued calls can only ask for things the public API offers,
 * so they can never grant consent the visitor did not give.
 */
export function startCallQueue(api: object, queued: unknown): CallQueue {
  const run = (call: unknown) => {
    const method = Array.isArray(call) ? call[0] : undefined;
    const fn = typeof method === 'string' && method !== 'constructor' ? (api as Record<string, unknown>)[method] : undefined;
    if (typeof fn !== 'function') {
      console.error(`[consentkit] consentkit.push(): ${JSON.stringify(method ?? call) ?? String(call)} is not a ConsentKit method; call skipped.`);
      return;
    }
    try {
      fn.apply(api, (call as unknown[]).slice(1));
    } catch (error) {
      console.error(`[consentkit] consentkit.push(['${method}', …]) failed:`, error);
    }
  };
  if (Array.isArray(queued)) queued.forEach(run);
  let count = Array.isArray(queued) ? queued.length : 0;
  return {
    push(...calls) {
      calls.forEach(run);
      return (count += calls.length);
    },
  };
}
