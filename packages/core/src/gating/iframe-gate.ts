import { allGranted, findAll, markBlocked, readCategories } from './gated-element';
import type { Category } from '../types';

/**
 * Marked-up embeds: `<iframe data-category="targeting" data-src="...">` (and `<img>` the same
 * way). One compound selector, its attributes first: Chromium answers it about twenty times
 * faster than the list `iframe[…][…], img[…][…]` (which it matches element by element).
 */
export const GATED_EMBED_SELECTOR = '[data-category][data-src]:is(iframe,img)';

/** Gives marked-up embeds their `src` on grant and takes it back (iframes) on revoke. */
export interface IframeGate {
  /** Adopts the marked-up embeds in `root` (or `root` itself) and applies the current consent. */
  scan(root: ParentNode | Element): void;
  /** Applies the current consent to every adopted embed. */
  update(): void;
  /**
   * Whether an adopted embed still waits for a category: auto-blocking then turns a `src` page
   * code gives it into its `data-src` (a lazy loader that copies `data-src` itself).
   */
  holds(element: Element): boolean;
}

/**
 * Creates the embed gate. Until its categories are granted an embed has no `src`, carries
 * `data-consentkit-blocked="<categories>"` and receives a bubbling `consentkit:blocked` event
 * (`detail: { categories, src }`), so the banner package can render a placeholder with a
 * "load this content" action; the attribute lets a UI that mounts later find embeds that were
 * blocked before it listened. On grant it gets `src` (and `srcset` from `data-srcset`) and a
 * `consentkit:unblocked` event. If consent is withdrawn, an iframe is sent back to
 * `about:blank` (the embedded page stops) and blocked again; an image stays as it is.
 */
export function createIframeGate(isGranted: (category: Category) => boolean, exempt: WeakSet<Element>): IframeGate {
  const embeds = new Set<Element>();

  const apply = (element: Element) => {
    const categories = readCategories(element);
    const src = element.getAttribute('data-src') ?? '';
    const loaded = element.getAttribute('data-consentkit') === 'loaded';
    const granted = allGranted(categories, isGranted);
    // A loaded image cannot be unloaded: it stays as it is, whatever happens next.
    if (loaded && (granted || element.localName === 'img')) return;
    if (granted) {
      exempt.add(element);
      const srcset = element.getAttribute('data-srcset');
      if (srcset !== null) element.setAttribute('srcset', srcset);
      element.setAttribute('data-consentkit', 'loaded');
    } else if (loaded) element.removeAttribute('data-consentkit');
    if (granted || loaded) element.setAttribute('src', granted ? src : 'about:blank');
    // Withdrawn: a `src` page code gives it again waits again.
    if (!granted) exempt.delete(element);
    markBlocked(element, categories, src, !granted);
  };

  return {
    scan(root) {
      for (const element of findAll(root, GATED_EMBED_SELECTOR)) {
        embeds.add(element);
        apply(element);
      }
    },
    update() {
      for (const element of embeds) {
        // Forget embeds the page removed, so a long-lived SPA does not keep them alive.
        if (!element.isConnected) embeds.delete(element);
        else apply(element);
      }
    },
    holds: (element) => embeds.has(element) && !allGranted(readCategories(element), isGranted),
  };
}
