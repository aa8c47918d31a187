import { computed, defineComponent, h } from 'vue';
import type { PropType } from 'vue';
import type { Category, ConsentManager } from '@consentkit/core';
import { gateTexts } from '@consentkit/banner';
import { useConsentKit } from './consent-plugin';
import { useConsent } from './use-consent';

/** The default fallback: says what the content needs and offers to grant just that category. */
function placeholder(manager: ConsentManager, category: Category) {
  const { text, allow } = gateTexts(manager, category);
  return h('div', { 'data-consentkit-gate': category, role: 'group', 'aria-label': allow }, [
    h('p', text),
    h('button', { type: 'button', onClick: () => manager.update({ [category]: true }) }, allow),
  ]);
}

/**
 * Renders its default slot only while `category` is granted; otherwise the `fallback` slot, or a
 * short notice with an "Allow …" button.
 *
 * @example
 * <ConsentGate category="targeting"><VideoEmbed /><template #fallback>Video hidden</template></ConsentGate>
 */
export const ConsentGate = defineComponent({
  name: 'ConsentGate',
  props: { category: { type: String as PropType<Category>, required: true } },
  setup(props, { slots }) {
    const { manager } = useConsentKit();
    const consent = useConsent();
    const granted = computed(() => consent.value[props.category] === true);
    return () => (granted.value ? slots.default?.() : (slots.fallback?.() ?? placeholder(manager, props.category)));
  },
});
