import { hydrate, render } from 'preact';
import type { Category, ConsentManager, UiOptions } from '@consentkit/core';
import { banner } from './banner';
import { modal, openModals } from './modal';
import { optOutDialog } from './opt-out-dialog';
import { fillOptOutLinks, pageControlListener } from './page-controls';
import { preferenceCenter } from './preference-center';
import { deepActiveElement } from './shadow-host';
import { checkUiOptions } from './ui-options';
import type { Dictionaries } from './translator';
import type { UiContext } from './ui-context';
import { uiRoots } from './ui-root';

/** Marks a `<consentkit-banner>` that `renderBannerToString` rendered and `mountBanner` has not taken over yet. */
export const SERVED = 'data-consentkit-ssr';

/** Options of `mountBanner` (all optional; `ui` options default to `manager.config.ui`). */
export interface BannerOptions {
  /** UI language (BCP 47). Default: `config.language`, then `<html lang>`, then the browser's. */
  language?: string;
  /**
   * Dictionaries per language, e.g. `{ de }` from `@consentkit/banner/i18n/de`. English is
   * built in; `config.texts` overrides single ids on top.
   */
  texts?: Dictionaries;
  /** Where the first layer sits: bottom bar, corner box, or centered. Default `config.ui.position`, else `bottom`. */
  position?: UiOptions['position'];
  /** A floating button that re-opens the preferences while no UI is shown. Default `config.ui.floatingButton`, else `false`. */
  floatingButton?: boolean;
  /** `auto` follows `prefers-color-scheme`. Default `config.ui.theme`, else `auto`. */
  theme?: UiOptions['theme'];
  /** CSP nonce for the `<style>` fallback in browsers without constructable stylesheets. */
  nonce?: string;
  /** Element the UI's host is prepended to. Default `document.body`. */
  container?: HTMLElement;
  /** Extra cookie names to list under a category, e.g. those the cookie guard classified on this page. */
  cookiesFor?: (category: Category) => readonly string[];
  /**
   * Text shown after a cookie's name in the preference center, e.g. its provider, duration and
   * purpose; `t` is the UI's translator. `cookieDeclarationOptions(declaration)` gives this and
   * `cookiesFor` from a cookie declaration (`consentkit-scan` writes one).
   */
  describeCookie?: (name: string, t: (id: string) => string) => string | undefined;
}

/** The names of `BannerOptions`: any other is an error. */
export const BANNER_OPTIONS = ['language', 'texts', 'position', 'floatingButton', 'theme', 'nonce', 'container', 'cookiesFor', 'describeCookie'] as const;

/** What `mountBanner` returns. */
export interface BannerHandle {
  /** Removes the UI and every listener it added. The consent state is untouched. */
  unmount(): void;
}

/**
 * Shows ConsentKit's UI for `manager`: the banner (or the US opt-out notice), the preference
 * center, the "Do Not Sell or Share" confirmation and, optionally, a floating button. It only
 * renders the manager's state and calls its actions: it never writes a cookie itself.
 * It also makes `[data-consentkit="preferences"]` elements open the preference center and
 * `<a data-consentkit="do-not-sell">` links start the opt-out, wherever they are on the page,
 * and gives such links left empty the text in the visitor's language — also links an SPA adds
 * later.
 *
 * The UI lives in the open shadow root of a `<consentkit-banner>` element prepended to
 * `<body>` (first in the tab order), fixed-positioned so it never shifts the layout.
 *
 * Throws a `TypeError` naming the problem when `manager` is not a consent manager, or
 * an option is unknown or of the wrong kind (`position: 'top'`).
 *
 * @example
 * const consent = createConsentManager({ policyVersion: '2026-11-01', region: 'FR' });
 * mountBanner(consent, { texts: { de }, floatingButton: true });
 */
export function mountBanner(manager: ConsentManager, options: BannerOptions = {}): BannerHandle {
  checkUiOptions('mountBanner', BANNER_OPTIONS, options, manager);
  const ui = manager.config.ui;
  const floating = options.floatingButton ?? ui.floatingButton;
  const { t, root: setUp } = uiRoots(manager, options);
  // The first layer a server put in the page (renderBannerToString) is taken over, not drawn again.
  const served = document.querySelector<HTMLElement>(`consentkit-banner[${SERVED}]`);
  const host = served ?? document.createElement('consentkit-banner');
  host.removeAttribute(SERVED);
  const root = setUp(host, '', `r ${options.position ?? ui.position ?? 'bottom'}`);
  if (!served) (options.container ?? document.body).prepend(host);

  /** The element focused when the open dialog opened: focus returns there (WCAG 2.2 SC 2.4.3). */
  let opener: HTMLElement | null = null;
  let modalOpen = false;
  // The first draw hydrates server-rendered markup when it still shows what the visitor should
  // see; otherwise (the visitor decided meanwhile) the served markup goes. Later draws render.
  let paint = served && manager.$view.get() === 'banner' && manager.regime !== 'none' ? hydrate : render;
  if (paint === render) root.replaceChildren();
  // Renders what the manager's `$view` asks for. While the preference center is open over an
  // undecided banner the banner stays, hidden (see `banner`), so closing the dialog can
  // return focus to its "Preferences" button.
  const draw = () => {
    const view = manager.$view.get();
    const decided = manager.$decided.get();
    const step = c.step;
    // × / Escape on the preference center is not a decision: back to where the visitor was.
    const closePreferences = () => (decided || manager.regime === 'none' ? manager.hideUi() : manager.showBanner());
    paint(
      <>
        {manager.regime !== 'none' && (view === 'banner' || (view === 'preferences' && !decided)) && banner(c, view === 'preferences' || !!step)}
        {view === 'preferences' && modal('ck-p', closePreferences, preferenceCenter(c, closePreferences))}
        {step && optOutDialog(c, step)}
        {floating && view === 'hidden' && !step && (
          <button class="f" aria-label={t('floating.label')} onClick={manager.showPreferences}>
            {/* A shield; decorative, the button is named by `floating.label`. */}
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5z" />
            </svg>
          </button>
        )}
      </>,
      root,
    );
    paint = render;
    const open = openModals(root);
    // A dialog closed: back to its opener, or — when it is gone (a decision removed the banner,
    // or the script tag's first layer opened the dialog before this UI replaced it) — to the
    // floating button or the banner's "Preferences" (always the last of its row).
    if (modalOpen && !open) (opener?.isConnected ? opener : root.querySelector<HTMLElement>('.f,.b .a button:last-child'))?.focus();
    modalOpen = open;
  };
  const c: UiContext = {
    m: manager,
    t,
    cookiesFor: options.cookiesFor,
    describeCookie: options.describeCookie,
    draft: {},
    redraw: draw,
    optOut() {
      opener = deepActiveElement();
      c.step = manager.getConsent().targeting ? 'confirm' : 'done';
      draw();
    },
  };

  // Links the site placed get the text in the visitor's language when they are empty: those in
  // the page now, and those an SPA adds later (the observer looks only below the changed node).
  const fill = (node: Node) => fillOptOutLinks(node, t('optOut.link'));
  fill(document);
  // Only the added nodes are searched, so a page that changes its DOM often pays per change
  // for what it added, not for a rescan of a large parent.
  const observer = new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(fill)));
  observer.observe(document, { childList: true, subtree: true });
  // Event delegation: covers elements added later (SPAs) with one listener; the same binder as the script tag's before the UI loads.
  const onClick = pageControlListener({ preferences: manager.showPreferences, doNotSell: c.optOut });
  document.addEventListener('click', onClick);
  // Escape closes the first layer from anywhere on the page (a `close` decision), not only
  // when focus is inside it: the banner is not modal and does not take focus on its own.
  // Keys a site's own widget already handled (defaultPrevented) and open dialogs are left alone.
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented && !modalOpen && !c.step && manager.$view.get() === 'banner' && manager.regime !== 'none') {
      manager.close();
    }
  };
  document.addEventListener('keydown', onKey);
  const stops = [
    // One listener of the whole state: a decision changes consent, `decided` and the view at
    // once and draws once, never from a half-updated state.
    manager.$state.listen((state, previous) => {
      if (state.view === 'preferences' && previous?.view !== 'preferences') {
        opener = deepActiveElement();
        c.draft = {};
      }
      draw();
    }),
    () => observer.disconnect(),
    () => document.removeEventListener('click', onClick),
    () => document.removeEventListener('keydown', onKey),
  ];
  draw();
  return {
    unmount() {
      for (const stop of stops) stop();
      render(null, root);
      host.remove();
    },
  };
}
