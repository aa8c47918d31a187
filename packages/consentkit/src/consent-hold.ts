import type { ConsentChoices, ConsentEvents, ConsentManager } from '@consentkit/core';

/**
 * A category that is granted but held: not `true`, so gating's guards and gates (which release
 * only on `=== true`) keep its tags, requests and cookie writes held; but truthy, so gating's
 * cleanup (which deletes a category's cookies and storage keys when its value is falsy) does not
 * delete a returning visitor's cookies of a category they granted while its adapter loads.
 */
const HELD = 1 as unknown as boolean;

/** What `holdConsent` returns. */
export interface ConsentHold {
  /** The manager as gating should see it: every granted category but `necessary` held until `release()`. */
  readonly view: ConsentManager;
  /** The adapters have applied the consent state: gating sees the real consent from now on. */
  release(): void;
}

/**
 * Holds what gating would release for granted categories until the lazily loaded adapters have
 * applied the consent state, so that a vendor's tag (e.g. Meta's `fbevents.js`) never runs before
 * its adapter has told it the visitor's choice. Denials are never held: a withdrawal reaches
 * gating at once. Everything but consent reads and `change` events is the manager itself.
 */
export function holdConsent(manager: ConsentManager): ConsentHold {
  let held = true;
  const seen = (consent: ConsentChoices): ConsentChoices => {
    if (!held) return consent;
    const result = { ...consent };
    for (const id of Object.keys(result)) if (id !== 'necessary' && result[id]) result[id] = HELD;
    return result;
  };
  const listeners = new Set<ConsentEvents['change']>();
  let last = seen(manager.getConsent());
  const emit = () => {
    const next = seen(manager.getConsent());
    const previous = last;
    if (Object.keys(next).every((id) => next[id] === previous[id])) return;
    last = next;
    for (const fn of [...listeners]) fn(next, previous);
  };
  manager.on('change', emit);
  const view = Object.create(manager, {
    getConsent: { value: () => last },
    isGranted: { value: (category: string) => last[category] === true },
    on: {
      value: <E extends keyof ConsentEvents>(event: E, fn: ConsentEvents[E]) => {
        if (event !== 'change') return manager.on(event, fn);
        listeners.add(fn as ConsentEvents['change']);
        return () => void listeners.delete(fn as ConsentEvents['change']);
      },
    },
  }) as ConsentManager;
  return {
    view,
    release() {
      held = false;
      emit();
    },
  };
}
