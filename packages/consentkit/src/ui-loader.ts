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
 */
export function startUiLoader(
  manager: ConsentManager,
  loadUi: () => Promise<UiStarter>,
  assets: UiAssets,
  /** Called when a preference center opens or is on the page (the cookie database is wanted then). */
  onPreferences: () => void,
  doc: Document = document,
): void {
  let shown: Promise<boolean> | undefined;
  const preferencesElements = doc.getElementsByTagName('consentkit-preferences');
  const observer = new MutationObserver(() => preferencesElements.length > 0 && (onPreferences(), need()));
  const onClick = (event: MouseEvent) => {
    const control = (event.target as Element | null)?.closest?.('[data-consentkit]');
    const action = control?.getAttribute('data-consentkit');
    if (action === 'preferences') manager.showPreferences();
    else if (action === 'do-not-sell') {
      // Replayed once the banner listens; without a UI, the opt-out is applied directly.
      void need().then((ok) =>
        ok ? control!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })) : manager.update({ targeting: false }),
      );
    } else return;
    event.preventDefault();
  };
  const emptyOptOutLinks = () => [...doc.querySelectorAll('a[data-consentkit="do-not-sell"]')].filter((link) => !link.textContent?.trim());
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
          for (const link of emptyOptOutLinks()) link.textContent = OPT_OUT_TEXT;
          return false;
        },
      ));
  };

  doc.addEventListener('click', onClick);
  doc.addEventListener(BLOCKED_EVENT, need, { once: true });
  const onView = (view: string) => {
    if (view === 'preferences' || preferencesElements.length > 0) onPreferences();
    if (view !== 'hidden') need();
  };
  manager.$view.listen(onView);
  const check = () => {
    onView(manager.$view.get());
    if (manager.config.ui.floatingButton || preferencesElements.length > 0 || emptyOptOutLinks().length > 0 || doc.querySelector(`[${BLOCKED_ATTRIBUTE}]`))
      need();
  };
  check();
  if (!shown) {
    observer.observe(doc, { childList: true, subtree: true });
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => shown || check(), { once: true });
  }
}
