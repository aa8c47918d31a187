import type { Category } from '../types';

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

/** `root` itself when it matches `selector`, else the matching elements inside it (document order). */
export function findAll<T extends Element>(root: ParentNode, selector: string): Iterable<T> {
  return (root as Element).matches?.(selector) ? [root as T] : root.querySelectorAll<T>(selector);
}

/**
 * Marks `element` as waiting for `categories` (`blocked`, the default) or as loading now, and
 * tells listeners (placeholders) with a bubbling `consentkit:blocked` / `consentkit:unblocked`
 * event. Nothing happens when the mark is already so: each change is announced once.
 */
export function markBlocked(element: Element, categories: readonly Category[], src: string, blocked = true): void {
  const value = categories.join(' ');
  if (blocked ? element.getAttribute(BLOCKED_ATTRIBUTE) === value : !element.hasAttribute(BLOCKED_ATTRIBUTE)) return;
  if (blocked) element.setAttribute(BLOCKED_ATTRIBUTE, value);
  else element.removeAttribute(BLOCKED_ATTRIBUTE);
  const detail: BlockedEventDetail = { categories, src };
  element.dispatchEvent(new CustomEvent(blocked ? BLOCKED_EVENT : UNBLOCKED_EVENT, { bubbles: true, composed: true, detail }));
}
