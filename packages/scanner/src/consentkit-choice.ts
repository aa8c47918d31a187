import type { Page } from 'playwright-core';

/**
 * How a page runs ConsentKit:
 * - `api`: the script-tag build, `window.ConsentKit` with `acceptAll` / `rejectAll` / `hasDecided`;
 * - `ui`: a build bundled from npm (`@consentkit/core` + `@consentkit/banner`), which sets no global: seen by its
 *   markup — the `<consentkit-banner>` host `mountBanner` adds, the `<consentkit-placeholder>` of a blocked embed,
 *   an element gating marked `data-consentkit-blocked`, or the `<consentkit-preferences>` element defined.
 */
export type ConsentKitKind = 'api' | 'ui';

interface ConsentKitApi {
  acceptAll?: () => void;
  rejectAll?: () => void;
  hasDecided?: () => boolean;
}
type WithConsentKit = Window & { ConsentKit?: ConsentKitApi };

/** Page function: which ConsentKit the page runs, or null. Self-contained (Playwright serialises it). */
export function findConsentKit(): ConsentKitKind | null {
  const api = (window as WithConsentKit).ConsentKit;
  if (typeof api?.acceptAll === 'function' && typeof api.rejectAll === 'function') return 'api';
  const markup = document.querySelector('consentkit-banner, consentkit-placeholder, [data-consentkit-blocked]');
  return markup || customElements.get('consentkit-preferences') ? 'ui' : null;
}

/**
 * Page function: one step towards "accept all" (`accept`) or "reject all" in the banner's open shadow root.
 * The buttons are found by their English names ("Accept all", "Reject all"), else by their place, which the UI
 * fixes whatever the language: the first layer of an opt-in banner is "Accept all", "Reject all", "Preferences";
 * the preference center's row ends with "Accept all", "Reject all", "Save". A first layer without both (the
 * opt-out and notice regimes) gets its last button, "Preferences", clicked: the next step acts in the dialog.
 * The × (named by `aria-label`) and the switches (`role="switch"`) are never clicked.
 */
export function clickConsentKitChoice(accept: boolean): 'clicked' | 'preferences' | 'none' {
  const root = document.querySelector('consentkit-banner')?.shadowRoot;
  const dialog = root?.querySelector('dialog[open], [role="dialog"]');
  const scope = dialog ?? root?.querySelector('section');
  if (!scope) return 'none';
  const buttons = Array.from(scope.querySelectorAll('button:not([aria-label]):not([role])')).filter(
    (b): b is HTMLButtonElement => !(b as HTMLButtonElement).disabled,
  );
  const named = buttons.find((b) => b.textContent?.trim() === (accept ? 'Accept all' : 'Reject all'));
  const placed = buttons.length < 3 ? undefined : dialog ? buttons[buttons.length - (accept ? 3 : 2)] : buttons[accept ? 0 : 1];
  const target = named ?? placed;
  if (target) {
    target.click();
    return 'clicked';
  }
  const preferences = dialog ? undefined : buttons[buttons.length - 1];
  preferences?.click();
  return preferences ? 'preferences' : 'none';
}

/** Page function: whether the visitor's choice is recorded (API), or the banner and dialog are gone after a click (UI). */
export function consentKitDecided(): boolean {
  const api = (window as WithConsentKit).ConsentKit;
  if (typeof api?.hasDecided === 'function') return api.hasDecided() === true;
  const root = document.querySelector('consentkit-banner')?.shadowRoot;
  return !!root && !root.querySelector('section, dialog[open], [role="dialog"]');
}

/**
 * Makes the "accept all" or "reject all" choice on a ConsentKit page within `ms`: through `window.ConsentKit`
 * on the script-tag build, else by clicking the banner of an npm build. Resolves whether the choice was made
 * and confirmed (`hasDecided()`, or the banner gone after the click).
 */
export async function makeConsentKitChoice(page: Page, accept: boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  const kind = await page.evaluate(findConsentKit).catch(() => null);
  if (kind === 'api') {
    return page
      .evaluate((yes) => {
        const api = (window as WithConsentKit).ConsentKit;
        if (yes) api?.acceptAll?.();
        else api?.rejectAll?.();
        return api?.hasDecided?.() === true;
      }, accept)
      .catch(() => false);
  }
  let clicked = false;
  let opened = 0;
  while (Date.now() < end && !page.isClosed()) {
    if (clicked && (await page.evaluate(consentKitDecided).catch(() => false))) return true;
    if (!clicked) {
      const step = await page.evaluate(clickConsentKitChoice, accept).catch(() => 'none' as const);
      clicked = step === 'clicked';
      // "Preferences" opened nothing twice: this banner has no way to the choice.
      if (step === 'preferences' && ++opened > 2) return false;
    }
    await page.waitForTimeout(100).catch(() => undefined);
  }
  return false;
}
