/** Logs an error thrown by site or adapter code without letting it break consent handling. */
export function reportError(where: string, error: unknown): void {
  console.error(`[consentkit] ${where} threw:`, error);
}

/** Calls site code; an error is reported (once per function) instead of breaking the caller. */
export function callSafely(fn: (...args: never[]) => void, where: string, args: unknown[] = [], reported?: WeakSet<object>): void {
  try {
    (fn as (...a: unknown[]) => void)(...args);
  } catch (error) {
    if (!reported?.has(fn)) reportError(where, error);
    reported?.add(fn);
  }
}

/**
 * A tiny typed event emitter. A listener that throws is reported once (not on every change)
 * and the others still run: one broken tag must not stop another from learning of a revoke.
 */
export function createEmitter<Events extends { [K in keyof Events]: (...args: never[]) => void }>() {
  const listeners: { [K in keyof Events]?: Set<Events[K]> } = {};
  const reported = new WeakSet<object>();
  return {
    on<E extends keyof Events>(event: E, fn: Events[E]): () => void {
      (listeners[event] ??= new Set()).add(fn);
      return () => void listeners[event]?.delete(fn);
    },
    emit<E extends keyof Events>(event: E, ...args: Parameters<Events[E]>): void {
      for (const fn of [...(listeners[event] ?? [])]) callSafely(fn, `a "${String(event)}" listener`, args, reported);
    },
  };
}
