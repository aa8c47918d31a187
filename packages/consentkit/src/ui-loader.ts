import { fillOptOutLinks, hasEmptyOptOutLink, pageControlListener } from '@consentkit/banner/page-controls';
import { BLOCKED_ATTRIBUTE, BLOCKED_EVENT } from '@consentkit/core';
import type { ConsentManager } from '@consentkit/core';
import type { UiAssets, UiStarter } from './lazy-parts';

/** The file beside `consentkit.min.js` that holds the banner, preference center and placeholders. */
export const UI_FILE = 'consentkit-ui.js';

/** The opt-out link's text when the UI (and its dictionaries) cannot be loaded. */
const OPT_OUT_TEXT = 'Do Not Sell or Share My Personal Information';

/**
 * Loads `consentkit-ui.js` only on a page that needs it, so a returning visitor on an ordinary
 * page pays for the guard alone. The UI is needed when:
 * - a view is due (`manager.$view` is not `hidden`): an undecided visitor in a regime that shows
 *   a banner, `showBanner()` / `showPreferences()`, a withdrawal, a config error (fail-closed banner);
 * - the page has a `<consentkit-preferences>` element (now or inserted later), a held-back embed
 *   that needs its placeholder (`data-consentkit-blocked`, `consentkit:blocked`), an empty
 *   `<a data-consentkit="do-not-sell">` that needs its text, or `ui.floatingButton` is on;
 * - the visitor clicks a `[data-consentkit]` control: "preferences" opens the preference center
 *   (which loads the UI), "do-not-sell" loads it and then replays the click.
 *
 * The guard is running before any of this: the UI only shows the state and records decisions.
 * If the file cannot be loaded, one console error names it and the page stays as it is: an
 * undecided visitor keeps everything but `necessary` denied (opt-in), and a "Do Not Sell or
 * Share" link still opts out — without the confirmation step, since denying needs no UI (an
 * empty one is given its English text so that it can be seen and used).
 *
 * When the first layer is already on the page (`firstLayer`, drawn from the template in the main
 * file, `first-layer.ts`), the banner that is due does not need the UI: its buttons work without
 * it, so a first visit whose visitor accepts, rejects or closes never downloads the UI file. It is
 * requested when something needs it — "Preferences" (pointer over or focus on it already starts
 * the download), a placeholder, a `<consentkit-preferences>` element, … — and then takes the drawn
 * banner over. Elements the parser inserts are checked once at `DOMContentLoaded` (no mutation
 * records while the page is parsed), later insertions by an observer from then on.
 *
 * Returns a function that requests the UI at once: for a server-rendered banner that turned up
 * in place of the drawn one, which only the UI can make interactive.
 */
export function startUiLoader(
  manager: ConsentManager,
  loadUi: () => Promise<UiStarter>,
  assets: UiAssets,
  /** Called when a preference center opens or is on the page (the cookie database is wanted then). */
  onPreferences: () => void,
  doc: Document = document,
  /** The first layer is drawn already (`drawFirstLayer`): the banner that is due needs no UI. */
  firstLayer = false,
): () => void {
  let shown: Promise<boolean> | undefined;
  const preferencesElements = doc.getElementsByTagName('consentkit-preferences');
  // A preference center, or an empty opt-out link (it needs the UI's text to be seen and named),
  // inserted later; only the added nodes are searched for the link, not the whole page each time.
  const observer = new MutationObserver((records) =>
    preferencesElements.length > 0
      ? (onPreferences(), need())
      : records.some((record) => [...record.addedNodes].some((node) => node.nodeType === 1 && hasEmptyOptOutLink(node as Element))) && need(),
  );
  // The page's controls, with the same binder `mountBanner` uses once the UI is there.
  const onClick = pageControlListener({
    preferences: manager.showPreferences,
    // Replayed once the banner listens; without a UI, the opt-out is applied directly.
    doNotSell: (control) =>
      void need().then((ok) =>
        ok ? control.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })) : manager.update({ targeting: false }),
      ),
  });
  const need = (): Promise<boolean> => {
    observer.disconnect();
    return (shown ??= loadUi()
      .then((start) => start(manager, assets))
      .then(
        () => {
          // Mounted: from now on the banner handles [data-consentkit] clicks itself.
          doc.removeEventListener('click', onClick);
          return true;
        },
        (error: Error) => {
          console.error(`[consentkit] ${error.message}: no banner or preference center on this page; consent stays as it is, nothing more is granted.`);
          // The opt-out link must stay usable (CCPA §1798.135(a)): an empty one gets the English text.
          fillOptOutLinks(doc, OPT_OUT_TEXT);
          return false;
        },
      ));
  };

  doc.addEventListener('click', onClick);
  doc.addEventListener(BLOCKED_EVENT, need, { once: true });
  const onView = (view: string) => {
    if (view === 'preferences' || preferencesElements.length > 0) onPreferences();
    // The drawn first layer is the banner until the first decision removes it; a later one (after a withdrawal, say) is the UI's.
    if (view !== 'banner') firstLayer = false;
    if (view === 'hidden' || (view === 'banner' && firstLayer)) return;
    need();
  };
  manager.$view.listen(onView);
  const check = () => {
    onView(manager.$view.get());
    if (manager.config.ui.floatingButton || preferencesElements.length > 0 || hasEmptyOptOutLink(doc) || doc.querySelector(`[${BLOCKED_ATTRIBUTE}]`)) need();
  };
  check();
  // Elements inserted later (an SPA's privacy page) are watched for from DOMContentLoaded on: what
  // the parser inserts is checked once then, so parsing the page creates no mutation records.
  const watch = () => shown || (check(), shown || observer.observe(doc, { childList: true, subtree: true }));
  if (!shown) {
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', watch, { once: true });
    else watch();
  }
  // Loads the UI now (the drawn first layer gave way to one a server rendered, which only the UI can make interactive).
  return () => void need();
}
