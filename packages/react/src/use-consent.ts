import { useMemo } from 'react';
import { useStore } from '@nanostores/react';
import type { Category, ConsentChoices, ConsentManager } from '@consentkit/core';
import { useConsentManager } from './consent-context';

/**
 * What the server renders, and what the client renders while it hydrates server HTML: every
 * category but `necessary` denied. The server cannot know the visitor's choice, so it never
 * renders consent-gated content; the client then renders what the visitor chose, without a
 * hydration mismatch.
 */
export function deniedChoices(manager: ConsentManager): ConsentChoices {
  return Object.freeze(Object.fromEntries(manager.categories.map((id) => [id, id === 'necessary']))) as ConsentChoices;
}

/**
 * The visitor's current choices, `{ necessary: true, analytics: false, … }`. The component
 * re-renders only when a choice changes (not on every event).
 */
export function useConsent(): ConsentChoices {
  const manager = useConsentManager();
  const denied = useMemo(() => deniedChoices(manager), [manager]);
  return useStore(manager.$consent, { ssr: () => denied });
}

/** Whether `category` is granted now; `false` on the server and while hydrating. */
export function useGranted(category: Category): boolean {
  return useConsent()[category] === true;
}

/** The visitor's actions, for your own buttons and links. Stable between renders. */
export interface ConsentActions {
  acceptAll(): void;
  rejectAll(): void;
  update(choices: Partial<Record<Category, boolean>>): void;
  withdraw(): void;
  showPreferences(): void;
}

/**
 * The actions a visitor can take, bound to the provider's manager.
 *
 * @example
 * const { showPreferences } = useConsentActions();
 * return <button onClick={showPreferences}>Privacy settings</button>;
 */
export function useConsentActions(): ConsentActions {
  const m = useConsentManager();
  return useMemo(
    () => ({
      acceptAll: () => m.acceptAll(),
      rejectAll: () => m.rejectAll(),
      update: (choices) => m.update(choices),
      withdraw: () => m.withdraw(),
      showPreferences: () => m.showPreferences(),
    }),
    [m],
  );
}
