import { computed, onMounted, shallowRef } from 'vue';
import type { ComputedRef } from 'vue';
import { useStore } from '@nanostores/vue';
import type { Category, ConsentChoices } from '@consentkit/core';
import { useConsentKit } from './consent-plugin';

/**
 * The visitor's current choices as a reactive value, `{ necessary: true, analytics: false, … }`.
 * On the server (and, with `ssr: true`, until the app is mounted) every category but
 * `necessary` is denied: the server cannot know the visitor's choice, so it never renders
 * consent-gated content.
 */
export function useConsent(): ComputedRef<ConsentChoices> {
  const { manager, ssr } = useConsentKit();
  const denied = Object.freeze(Object.fromEntries(manager.categories.map((id) => [id, id === 'necessary']))) as ConsentChoices;
  if (typeof window === 'undefined') return computed(() => denied);
  const choices = useStore(manager.$consent);
  const mounted = shallowRef(!ssr);
  if (ssr) onMounted(() => (mounted.value = true));
  return computed(() => (mounted.value ? choices.value : denied));
}

/** Whether `category` is granted, as a reactive boolean. */
export function useGranted(category: Category): ComputedRef<boolean> {
  const consent = useConsent();
  return computed(() => consent.value[category] === true);
}
