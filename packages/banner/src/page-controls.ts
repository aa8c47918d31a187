/** A "Do Not Sell or Share" link the site placed (`<a data-consentkit="do-not-sell">`). */
const DO_NOT_SELL = 'a[data-consentkit="do-not-sell"]';

/** What the page's `[data-consentkit]` controls do; `pageControlListener` calls one per click. */
export interface PageControlActions {
  /** `data-consentkit="preferences"`: open the preference center. */
  preferences(): void;
  /** `data-consentkit="do-not-sell"`: start the opt-out (`control` is the element clicked). */
  doNotSell(control: Element): void;
}

/**
 * The one binder of the controls a site puts in its own markup, used both before the UI is loaded
 * (the script tag's `ui-loader.ts`) and once it is mounted (`mountBanner`): the click listener to
 * add to the document (event delegation, so controls an SPA adds later work too). It runs the
 * action named by the closest `[data-consentkit]` and cancels the click's default (a `href="#"`
 * does not scroll); clicks on anything else are left alone.
 */
export function pageControlListener(actions: PageControlActions): (event: MouseEvent) => void {
  return (event) => {
    const control = (event.target as Element | null)?.closest?.('[data-consentkit]');
    const action = control?.getAttribute('data-consentkit');
    if (action === 'preferences') actions.preferences();
    else if (action === 'do-not-sell') actions.doNotSell(control!);
    else return;
    event.preventDefault();
  };
}

/**
 * Gives every empty "Do Not Sell or Share" link in or at `node` the text `text` (a link without
 * text can be neither seen nor named: CCPA §1798.135(a) wants it conspicuous). Links the site
 * wrote a text for keep it. Returns how many links were filled.
 */
export function fillOptOutLinks(node: Node, text: string): number {
  const links = node instanceof Element && node.matches(DO_NOT_SELL) ? [node] : [...((node as ParentNode).querySelectorAll?.(DO_NOT_SELL) ?? [])];
  let filled = 0;
  for (const link of links) {
    if (!link.textContent!.trim()) {
      link.textContent = text;
      filled++;
    }
  }
  return filled;
}

/**
 * Whether `node` is or contains an empty "Do Not Sell or Share" link (it needs the UI's text).
 * Give it the nodes a mutation added, not their parent, so a page that changes its DOM often
 * pays per change for what it added.
 */
export function hasEmptyOptOutLink(node: ParentNode): boolean {
  // A node without element children can only be the link itself: no query (this runs for every element a page inserts).
  const links = node instanceof Element && node.matches(DO_NOT_SELL) ? [node] : node.firstElementChild ? node.querySelectorAll(DO_NOT_SELL) : [];
  for (const link of links) if (!link.textContent?.trim()) return true;
  return false;
}
