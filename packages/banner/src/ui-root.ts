import type { ConsentManager } from '@consentkit/core';
import type { BannerOptions } from './mount-banner';
import { CSS } from './styles';
import { createTranslator } from './translator';
import type { Dictionaries, Translator } from './translator';
// After the styles and the translator: the order of modules in a bundle changes how well it compresses.
import { enExtra } from './i18n/en';

/** The options every mount shares: language and texts, theme, and the CSP nonce for the styles' fallback. */
export type UiRootOptions = Pick<BannerOptions, 'language' | 'texts' | 'theme' | 'nonce'>;

/** What `uiRoots` returns: the translator, and `root` to set up each host's shadow root. */
export interface UiRoots extends Translator {
  /**
   * Sets up `host` for Preact to render into: the theme on the host (`data-theme` when light or
   * dark is forced; `auto` follows `prefers-color-scheme`), its open shadow root — created, or
   * reused when the host has one (a server-rendered banner) — with the UI's styles plus `css`,
   * and the container, whose `class` is `className` and whose `lang`/`dir` are the UI language's.
   * Returns the container.
   */
  root(host: HTMLElement, css: string, className: string): HTMLElement;
}

/**
 * The set-up every ConsentKit UI (the banner, `<consentkit-preferences>`, the embed placeholders)
 * shares, done once per mount: the language is negotiated (`createTranslator`, over `texts`,
 * default `options.texts`) and the theme read from the options or `config.ui` here, not again
 * for each host. The result is the translator, plus `root` for each host.
 *
 * @example
 * const ui = uiRoots(manager, options);
 * render(<p>{ui.t('banner.title')}</p>, ui.root(document.createElement('consentkit-banner'), '', 'r'));
 */
export function uiRoots(manager: ConsentManager, options: UiRootOptions, texts = options.texts): UiRoots {
  const ui = createTranslator(manager.config, options.language, texts) as UiRoots;
  const theme = options.theme ?? manager.config.ui.theme;
  ui.root = (host, css, className) => {
    const container = createShadowHost(host, CSS + css, options.nonce);
    if (theme === 'light' || theme === 'dark') host.setAttribute('data-theme', theme);
    container.className = className;
    container.lang = ui.lang;
    container.dir = ui.dir;
    return container;
  };
  return ui;
}

/**
 * `texts` plus the English texts of the preference element and the placeholders (`enExtra`), kept
 * out of `mountBanner`'s bundle; a site's own English texts still win.
 */
export const withExtraTexts = (texts?: Dictionaries): Dictionaries => ({ ...texts, en: { ...enExtra, ...texts?.en } });

/**
 * Creates the shadow tree every ConsentKit UI element renders into: an open shadow root
 * (open, so tests and assistive tooling can inspect it) holding the styles and one container
 * that Preact owns.
 *
 * Styles are adopted as a constructable stylesheet: that is CSSOM, not an inline `<style>`, so
 * it needs no `'unsafe-inline'` and works under `style-src 'self'`. Browsers without
 * `adoptedStyleSheets` (Safari < 16.4) get a `<style>` element carrying `nonce`; under a strict
 * CSP without a nonce that browser shows the UI unstyled rather than not at all.
 */
export function createShadowHost(host: HTMLElement, css: string, nonce?: string): HTMLElement {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in (root as object)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    root.append(style);
  }
  // A host set up before (a server-rendered banner, from renderBannerToString) already has its
  // container: keep it, so Preact hydrates the markup the visitor already sees instead of drawing
  // it again. The container is the root's first `div` (only a `<style>` may come before it).
  return root.querySelector('div') ?? root.appendChild(document.createElement('div'));
}
