/**
 * How adapters reach a vendor's global (window.fbq, window._paq, window.posthog ...), whether
 * the vendor's snippet ran before the adapter started or runs after it. Adapters never load a
 * vendor: they only talk to what the page's own snippet put (or will put) on `window`.
 */

/** The page's globals, read by name so vendor globals need no declarations. */
const page = () => window as unknown as Record<string, unknown>;

/** Something with an array-like `push`: the vendor's pre-load queue, or the object that replaces it once loaded. */
export interface VendorQueue {
  push(...items: unknown[]): unknown;
}

/** How long a function-style vendor is waited for after each consent change: 50 × 200 ms = 10 s. */
export const VENDOR_POLL_MS = 200;
export const VENDOR_POLL_TRIES = 50;

/** Reads `window[name]`. */
export function readGlobal<T>(name: string): T | undefined {
  return page()[name] as T | undefined;
}

/**
 * Returns `window[name]`, first creating the vendor's documented array queue when absent
 * (`window._paq = window._paq || []`, `window.uetq = window.uetq || []`). The vendor's script
 * drains the array when it loads and may replace it by an object with its own `push`, so
 * callers read it again on every call instead of keeping it.
 */
export function arrayQueue(name: string): VendorQueue {
  const globals = page();
  const existing = globals[name] as VendorQueue | undefined;
  if (existing && typeof existing.push === 'function') return existing;
  const queue: unknown[] = [];
  globals[name] = queue;
  return queue;
}

/**
 * Calls a function-style vendor (fbq, posthog, mixpanel, amplitude) that may not exist yet.
 * `run(apply)` applies now when `read()` finds the vendor; otherwise it keeps only the latest
 * `apply` and polls for the vendor for {@link VENDOR_POLL_TRIES} × {@link VENDOR_POLL_MS} ms
 * (each `run` restarts that window). A gated vendor script is inserted when its category is
 * granted, i.e. right at a consent change, so it appears inside that window. A vendor loaded
 * later than that runs with the defaults of its own init options; the adapter docs tell sites
 * to init vendors opted out (e.g. PostHog `opt_out_capturing_by_default: true`), so the
 * visitor stays opted out in that case.
 *
 * Errors thrown by `apply` are logged once here, whether `apply` ran at once or from the poll
 * (which has no caller to catch them), so a broken vendor is reported once in all.
 */
export function waitForVendor<V>(adapter: string, read: () => V | undefined) {
  let pending: ((vendor: V) => void) | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let tries = 0;
  let logged = false;

  const stopPolling = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  /** A broken vendor is logged once (like the manager's `use()` does) and never breaks consent handling. */
  const call = (apply: (vendor: V) => void, vendor: V) => {
    try {
      apply(vendor);
    } catch (error) {
      if (!logged) console.error(`[consentkit] adapter "${adapter}" threw:`, error);
      logged = true;
    }
  };
  const tick = () => {
    const vendor = read();
    if (vendor === undefined) {
      if (++tries >= VENDOR_POLL_TRIES) stopPolling();
      return;
    }
    const apply = pending;
    pending = undefined;
    stopPolling();
    if (apply) call(apply, vendor);
  };

  return {
    run(apply: (vendor: V) => void): void {
      const vendor = read();
      if (vendor !== undefined) {
        pending = undefined;
        stopPolling();
        call(apply, vendor);
        return;
      }
      pending = apply;
      tries = 0;
      timer ??= setInterval(tick, VENDOR_POLL_MS);
    },
    stop(): void {
      pending = undefined;
      stopPolling();
    },
  };
}

/** Reads `window[name]` when it is a function (a vendor's call-style API such as `fbq` or `clarity`). */
export function readFunction<F extends (...args: never[]) => unknown>(name: string): F | undefined {
  const vendor = readGlobal<F>(name);
  return typeof vendor === 'function' ? vendor : undefined;
}

/** Reads `window[name]` when it has a callable `method` (the vendor's snippet stub or the loaded library). */
export function readVendorWith<V>(name: string, method: string): V | undefined {
  const vendor = readGlobal<Record<string, unknown>>(name);
  return vendor != null && typeof vendor[method] === 'function' ? (vendor as V) : undefined;
}
