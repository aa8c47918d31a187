import { render } from 'preact';
import type { ConsentManager } from '@consentkit/core';
import type { BannerOptions } from './mount-banner';
import { preferenceCenter } from './preference-center';
import type { UiContext } from './ui-context';
import { checkUiOptions } from './ui-options';
import { uiRoots, withExtraTexts } from './ui-root';

// The inline panel: the dialog's look without its shadow (it sits in the page, not over it).
// Only this element needs it, so `mountBanner` does not carry it.
const PANEL_CSS =
  '.p{box-sizing:border-box;padding:var(--ck-space);overflow:auto;background:var(--ck-bg);border:1px solid var(--ck-border);border-radius:var(--ck-radius)}';

/** The tag name of the inline preference center. */
export const PREFERENCES_ELEMENT = 'consentkit-preferences';

/** Options of `definePreferencesElement`: the texts, theme, nonce and cookie list options of `mountBanner`. */
export type PreferencesElementOptions = Pick<BannerOptions, 'language' | 'texts' | 'theme' | 'nonce' | 'cookiesFor' | 'describeCookie'>;

/**
 * Defines `<consentkit-preferences>`: the preference center rendered inline (not as a
 * dialog), for a privacy-policy or settings page. It shows the same switches, cookie lists and
 * buttons, follows the manager's state (a choice made in the banner or another tab shows at
 * once), and confirms a save in a live region. Calling it again is a no-op (an element name can
 * be defined only once per page). Throws a `TypeError` for a value that is not a manager
 * or an unknown or wrong option, as `mountBanner` does.
 *
 * @example
 * definePreferencesElement(consent);
 * // <consentkit-preferences></consentkit-preferences> anywhere in the page
 */
export function definePreferencesElement(manager: ConsentManager, options: PreferencesElementOptions = {}): void {
  checkUiOptions('definePreferencesElement', ['language', 'texts', 'theme', 'nonce', 'cookiesFor', 'describeCookie'], options, manager);
  if (customElements.get(PREFERENCES_ELEMENT)) return;
  const ui = uiRoots(manager, options, withExtraTexts(options.texts));
  const { t } = ui;
  customElements.define(
    PREFERENCES_ELEMENT,
    class extends HTMLElement {
      private stop?: () => void;
      /** The container Preact renders into: set up on the first connection, kept when the element moves. */
      private box?: HTMLElement;

      connectedCallback() {
        const root = (this.box ??= ui.root(this, PANEL_CSS, 'r'));
        let status = '';
        const c: UiContext = {
          m: manager,
          t,
          cookiesFor: options.cookiesFor,
          describeCookie: options.describeCookie,
          draft: {},
          redraw: () => draw(),
          optOut: () => manager.update({ targeting: false }),
          done() {
            status = t('preferences.saved');
            draw();
          },
        };
        const draw = () => render(preferenceCenter(c, undefined, status), root);
        this.stop = manager.$consent.subscribe(draw);
      }

      disconnectedCallback() {
        this.stop?.();
        if (this.box) render(null, this.box);
      }
    },
  );
}
