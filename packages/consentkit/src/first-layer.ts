import { isSafeUrl } from '@consentkit/banner';
import type { ConsentManager } from '@consentkit/core';
import { FIRST_LAYER } from './first-layer-data';
import type { FirstLayerTemplate } from './first-layer-template';

/**
 * The attribute `mountBanner` looks for to take a banner over instead of drawing it again (the
 * same one `renderBannerToString` writes); `mountBanner` removes it when it takes over.
 */
const TAKEOVER = 'data-consentkit-ssr';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Whether the template shows this visitor exactly what the live UI would: an undecided visitor
 * in an `opt-in` region who gets the banner, in English, with none of the template's texts
 * overridden by the site's `texts.en`, and no banner a server already put in the page.
 *
 * English is decided without the UI's language tables (they stay out of this file): the first
 * language the UI considers (`config.language`, `<html lang>`, the browser's first) is English
 * and the site has no texts for a regional English. Where that says no although the UI would
 * still pick English (say `<html lang="xx">` with an English browser), the UI file draws the
 * banner, as it did before: slower, never wrong.
 */
function fits(manager: ConsentManager, doc: Document, template: FirstLayerTemplate): boolean {
  if (manager.$view.get() !== 'banner' || manager.regime !== 'opt-in' || doc.querySelector('consentkit-banner')) return false;
  const texts = manager.config.texts as Readonly<Record<string, Readonly<Record<string, string>> | undefined>>;
  const first = [manager.config.language, doc.documentElement.lang, ...(navigator.languages ?? [])].find((tag) => tag?.trim()) ?? 'en';
  const english = (tag: string) => /^en(-|$)/i.test(tag.trim());
  return (
    english(first) &&
    !Object.keys(texts).some((lang) => english(lang) && lang.toLowerCase() !== 'en') &&
    !template.ids.some((id) => texts.en?.[id] !== undefined)
  );
}

/**
 * Draws the banner's first layer during start-up, from the template pre-rendered at build time
 * from the same Preact components (`first-layer-template.ts`), when it shows this visitor exactly
 * what the UI would (see `fits`); otherwise draws nothing and returns `false` (the UI file draws
 * the banner, as before). No Preact runs for it:
 *
 * - the markup is the UI's: a `<consentkit-banner>` first in `<body>` with an open shadow root,
 *   the stylesheet adopted (CSSOM, allowed under `style-src 'self'`; a `<style>` with the script
 *   tag's nonce where `adoptedStyleSheets` is missing) and the `.r` container holding the first
 *   layer, marked for takeover: `mountBanner`, when the UI file arrives, hydrates it in place
 *   instead of drawing it again (no flash, no layout shift; the host is `position: fixed`);
 * - it is interactive at once, by event delegation on the shadow root: "Accept all", "Reject
 *   all" and × call the manager, "Preferences" calls `showPreferences()` (the UI loader then
 *   fetches the UI, which opens the preference center; a pointer over the button or focus on it
 *   already starts the download); Escape anywhere closes it as the UI does. Once the UI has taken
 *   over (the marker is gone) these listeners step aside;
 * - a decision (or `hideUi()`) before the UI arrives removes it.
 *
 * The script runs in `<head>`, before `<body>` exists: the host is built at once and prepended to
 * `<body>` as soon as the parser creates it, so the banner is in the page's first paint.
 */
export function drawFirstLayer(
  manager: ConsentManager,
  doc: Document,
  nonce: string | undefined,
  /**
   * Requests the UI file now: a server-rendered first layer turned up and ours went (only the UI can
   * make that one interactive), or the visitor is about to open the preference center (pointer over,
   * or focus on, "Preferences": the file then downloads while they click).
   */
  loadUi: () => void = () => {},
  template: FirstLayerTemplate = FIRST_LAYER,
): boolean {
  if (!fits(manager, doc, template)) return false;
  const url = manager.config.privacyPolicyUrl;
  const [before, between, after] = template.html;
  const html =
    before +
    (isSafeUrl(url) ? template.link[0] + escapeAttribute(url) + template.link[1] : '') +
    between +
    (manager.gpc && !manager.getConsent().targeting ? template.gpc : '') +
    after;
  const host = doc.createElement('consentkit-banner');
  host.setAttribute(TAKEOVER, '');
  const theme = manager.config.ui.theme;
  if (theme === 'light' || theme === 'dark') host.setAttribute('data-theme', theme);
  const root = host.attachShadow({ mode: 'open' });
  const box = doc.createElement('div');
  try {
    // Throws where Trusted Types are enforced for HTML: the UI file draws the banner there.
    box.innerHTML = html;
  } catch {
    return false;
  }
  box.className = `r ${manager.config.ui.position ?? 'bottom'}`;
  box.lang = 'en';
  box.dir = 'ltr';
  if ('adoptedStyleSheets' in root) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(template.css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = doc.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = template.css;
    (root as ShadowRoot).append(style);
  }
  root.append(box);

  const buttons = [...box.querySelectorAll('button')];
  const ours = () => host.hasAttribute(TAKEOVER);
  const actionOf = (event: Event) => template.buttons[buttons.indexOf((event.target as Element).closest?.('button') as HTMLButtonElement)];
  root.addEventListener('click', (event) => {
    const action = actionOf(event);
    if (action && ours()) manager[action]();
  });
  const intent = (event: Event) => actionOf(event) === 'showPreferences' && ours() && loadUi();
  root.addEventListener('pointerover', intent);
  root.addEventListener('focusin', intent);
  // Escape closes the first layer from anywhere on the page, as the UI's banner does (a `close` decision).
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented && ours() && host.isConnected && manager.$view.get() === 'banner') manager.close();
  };
  doc.addEventListener('keydown', onKey);
  /** Removes ours for good: after a decision, when the UI has taken it over, or when the page put another in its place. */
  const drop = () => {
    stop();
    watch.disconnect();
    doc.removeEventListener('keydown', onKey);
    if (ours()) host.remove();
    host.removeAttribute(TAKEOVER);
  };
  const stop = manager.$view.listen((view) => {
    // Taken over (the UI draws and listens from now on), or decided before the UI came.
    if (!ours() || view === 'hidden') drop();
  });

  // Placed first in <body> as soon as the parser has created it (this script runs in <head>): a
  // mutation observer's callback runs before the next rendering step, so the banner is in the
  // page's first paint. Until the visitor decides, the UI file is requested — and draws or takes
  // over the banner — when the page replaces ours: a server-rendered first layer parsed after this
  // script (renderBannerToString, first in <body>: the UI takes that one over), or, after the
  // parse, a page that removed ours (a framework re-rendering <body>).
  let placed = false;
  const watch = new MutationObserver(() => place());
  const place = () => {
    const body = doc.body;
    if (!body || !ours()) return;
    for (const other of doc.getElementsByTagName('consentkit-banner')) {
      if (other !== host && other.hasAttribute(TAKEOVER)) {
        drop();
        return loadUi();
      }
    }
    if (host.isConnected) return;
    if (placed && doc.readyState !== 'loading') {
      drop();
      return loadUi();
    }
    body.prepend(host);
    placed = true;
    watch.observe(body, { childList: true });
  };
  watch.observe(doc.documentElement, { childList: true });
  place();
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', place, { once: true });
  return true;
}
