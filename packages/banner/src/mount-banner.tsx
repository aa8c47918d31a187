/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- h/Fragment are used by the classic JSX pragma (smaller output than the automatic runtime)
import { h, render } from 'preact';
import type { Category, ConsentManager, UiOptions } from '@consentkit/core';
import { ConsentUi } from './consent-ui';
import { openModals } from './modal';
import type { OptOutStep } from './opt-out-dialog';
import { createShadowHost, deepActiveElement } from './shadow-host';
import { CSS } from './styles';
import { createTranslator } from './translator';
import type { Dictionaries } from './translator';
import type { UiContext } from './ui-context';

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
}

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
 * `<a data-consentkit="do-not-sell">` links start the opt-out, wherever they are on the page.
 *
 * The UI lives in the open shadow root of a `<consentkit-banner>` element prepended to
 * `<body>` (first in the tab order), fixed-positioned so it never shifts the layout.
 *
 * @example
 * const consent = createConsentManager({ policyVersion: '2026-11-01', region: 'FR' });
 * mountBanner(consent, { texts: { de }, floatingButton: true });
 */
export function mountBanner(manager: ConsentManager, options: BannerOptions = {}): BannerHandle {
  const ui = manager.config.ui;
  const { lang, dir, t } = createTranslator(manager.config, options.language, options.texts);
  const host = document.createElement('consentkit-banner');
  const theme = options.theme ?? ui.theme;
  if (theme === 'light' || theme === 'dark') host.setAttribute('data-theme', theme);
  const root = createShadowHost(host, CSS, options.nonce);
  root.className = `r ${options.position ?? ui.position ?? 'bottom'}`;
  root.lang = lang;
  root.dir = dir;
  (options.container ?? document.body).prepend(host);

  let optOutStep: OptOutStep | undefined;
  /** The element focused when the open dialog opened: focus returns there (WCAG 2.2 SC 2.4.3). */
  let opener: HTMLElement | null = null;
  let modal = false;
  const draw = () => {
    render(
      <ConsentUi
        c={c}
        floatingButton={options.floatingButton ?? ui.floatingButton ?? false}
        optOutStep={optOutStep}
        onOptOutStep={(step) => {
          optOutStep = step;
          draw();
        }}
      />,
      root,
    );
    const open = openModals(root);
    // A dialog closed: back to its opener, or — when a decision removed it (the banner's
    // "Preferences") — to the floating button or what is left of the banner.
    if (modal && !open) (opener?.isConnected ? opener : root.querySelector<HTMLElement>('.f,.b button'))?.focus();
    modal = open;
  };
  const c: UiContext = {
    m: manager,
    t,
    cookiesFor: options.cookiesFor,
    draft: {},
    redraw: draw,
    optOut() {
      opener = deepActiveElement();
      optOutStep = manager.getConsent().targeting ? 'confirm' : 'done';
      draw();
    },
  };

  // Links the site placed get the text in the visitor's language when they are empty.
  for (const link of document.querySelectorAll('a[data-consentkit="do-not-sell"]')) {
    if (!link.textContent?.trim()) link.textContent = t('optOut.link');
  }
  // Event delegation: covers elements added later (SPAs) with one listener.
  const onClick = (event: MouseEvent) => {
    const action = (event.target as Element | null)?.closest?.('[data-consentkit]')?.getAttribute('data-consentkit');
    if (action === 'preferences') manager.showPreferences();
    else if (action === 'do-not-sell') c.optOut();
    else return;
    event.preventDefault();
  };
  document.addEventListener('click', onClick);
  const stops = [
    manager.$view.listen((view) => {
      if (view === 'preferences') {
        opener = deepActiveElement();
        c.draft = {};
      }
      draw();
    }),
    manager.$consent.listen(draw),
    manager.$decided.listen(draw),
  ];
  draw();
  return {
    unmount() {
      for (const stop of stops) stop();
      document.removeEventListener('click', onClick);
      render(null, root);
      host.remove();
    },
  };
}
