import { Fragment, createElement } from 'react';
import type { ReactNode } from 'react';
import type { Category, ConsentManager } from '@consentkit/core';
import { gateTexts } from '@consentkit/banner';
import { useConsentManager } from './consent-context';
import { useGranted } from './use-consent';

/** Props of `ConsentGate`. */
export interface ConsentGateProps {
  /** The category the children need, e.g. `analytics`. */
  category: Category;
  /** What to render instead while it is not granted. Default: a short notice with an "Allow …" button. */
  fallback?: ReactNode;
  children?: ReactNode;
}

/** The default fallback: says what the content needs and offers to grant just that category. */
function Placeholder({ manager, category }: { manager: ConsentManager; category: Category }) {
  const { text, allow } = gateTexts(manager, category);
  return createElement(
    'div',
    { 'data-consentkit-gate': category, role: 'group', 'aria-label': allow },
    createElement('p', null, text),
    createElement('button', { type: 'button', onClick: () => manager.update({ [category]: true }) }, allow),
  );
}

/**
 * Renders its children only while `category` is granted, and `fallback` otherwise. On the server
 * and during hydration it renders the fallback, so gated content (and the tags it loads) never
 * reaches a visitor who has not agreed.
 *
 * @example
 * <ConsentGate category="targeting" fallback={<p>Video hidden</p>}><VideoEmbed /></ConsentGate>
 */
export function ConsentGate({ category, fallback, children }: ConsentGateProps) {
  const manager = useConsentManager();
  const granted = useGranted(category);
  if (granted) return createElement(Fragment, null, children);
  return fallback === undefined ? createElement(Placeholder, { manager, category }) : fallback;
}
