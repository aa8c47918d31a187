import type { Category } from './types';

/** Set on an embed that waits for consent; its value lists the categories it needs. */
export const BLOCKED_ATTRIBUTE = 'data-consentkit-blocked';

/** Dispatched (bubbling) on an embed that waits for consent, so a UI can render a placeholder. */
export const BLOCKED_EVENT = 'consentkit:blocked';

/** Dispatched (bubbling) on an embed when it is loaded after consent. */
export const UNBLOCKED_EVENT = 'consentkit:unblocked';

/** `detail` of the `consentkit:blocked` / `consentkit:unblocked` events. */
export interface BlockedEventDetail {
  /** Every category the element needs. */
  readonly categories: readonly Category[];
  /** The URL that loads once they are granted. */
  readonly src: string;
}

/**
 * The categories an element's `data-category` lists (space-separated, all required).
 * An empty or missing list yields `[]`, which never counts as granted: markup that meant to
 * gate something but names no category stays blocked.
 */
export function readCategories(element: Element): Category[] {
  return (element.getAttribute('data-category') ?? '').split(/\s+/).filter(Boolean);
}

/** Whether every listed category is granted (`[]` never is). */
export function allGranted(categories: readonly Category[], isGranted: (category: Category) => boolean): boolean {
  return categories.length > 0 && categories.every(isGranted);
}

/** Marks `element` as waiting for `categories` and tells listeners (placeholders) about it. */
export function markBlocked(element: Element, categories: readonly Category[], src: string): void {
  if (element.getAttribute(BLOCKED_ATTRIBUTE) === categories.join(' ')) return;
  element.setAttribute(BLOCKED_ATTRIBUTE, categories.join(' '));
  const detail: BlockedEventDetail = { categories, src };
  element.dispatchEvent(new CustomEvent(BLOCKED_EVENT, { bubbles: true, composed: true, detail }));
}

/** Removes the blocked mark and announces that the element loads now. */
export function markUnblocked(element: Element, categories: readonly Category[], src: string): void {
  if (!element.hasAttribute(BLOCKED_ATTRIBUTE)) return;
  element.removeAttribute(BLOCKED_ATTRIBUTE);
  const detail: BlockedEventDetail = { categories, src };
  element.dispatchEvent(new CustomEvent(UNBLOCKED_EVENT, { bubbles: true, composed: true, detail }));
}
