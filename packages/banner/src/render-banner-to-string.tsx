import { atom } from 'nanostores';
import { renderToString } from 'preact-render-to-string';
import { createConsentManager } from '@consentkit/core';
import { decodeConsent } from '@consentkit/core/internal';
import type { ConsentChoices, ConsentConfig, ConsentManager, UiOptions } from '@consentkit/core';
import { banner } from './banner';
import { SERVED } from './mount-banner';
import { SHIPPED } from './i18n/shipped';
import { CSS } from './styles';
import { createTranslator } from './translator';
import type { Dictionaries } from './translator';
import type { UiContext } from './ui-context';
import { checkUiOptions } from './ui-options';

/** Options of `renderBannerToString`. */
export interface RenderBannerOptions {
  /**
   * UI language (BCP 47), e.g. from the request's `Accept-Language`. Default `config.language`, else English.
   * Every shipped dictionary is available here (a server does not count bytes): `{ language: 'fr' }`
   * renders French, as the script tag shows it. Give `mountBanner` the same dictionary on the client.
   */
  language?: string;
  /** Dictionaries per language that replace the shipped ones, e.g. your own `{ de: { … } }` (the same as `mountBanner`'s). */
  texts?: Dictionaries;
  /**
   * The request's `Cookie` header. A visitor whose consent cookie holds a valid decision for this
   * policy gets no banner markup (an empty string).
   */
  cookie?: string;
  /** The request's `Sec-GPC: 1` header: the opt-out notice then says "Opt-Out Request Honored". */
  gpc?: boolean;
  /** The page's CSP nonce for the banner's `<style>`: required under a `style-src` without `'unsafe-inline'`. */
  nonce?: string;
  /** Where the first layer sits. Default `config.ui.position`, else `bottom`. */
  position?: UiOptions['position'];
  /** `auto` follows `prefers-color-scheme`. Default `config.ui.theme`, else `auto`. */
  theme?: UiOptions['theme'];
}

const DAY = 86_400_000;
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Whether the `Cookie` header holds a valid, unexpired decision of this policy (core's decoder). */
function hasDecided(manager: ConsentManager, cookieHeader: string | undefined): boolean {
  const { name, expiresDays } = manager.config.cookie;
  for (const pair of (cookieHeader ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== name) continue;
    const decision = decodeConsent(pair.slice(eq + 1).trim());
    if (decision?.decided && decision.policyVersion === manager.config.policyVersion && decision.timestamp + expiresDays * DAY >= Date.now()) return true;
  }
  return false;
}

/**
 * The banner's first layer as HTML, for a server to put in the page so that the banner is in
 * the first paint: a `<consentkit-banner>` element whose declarative shadow root
 * (`<template shadowrootmode="open">`) holds the styles and the same markup `mountBanner`
 * draws. `mountBanner` on the client then takes it over (hydrates it) without drawing it again:
 * no flash, no layout shift, no inline script. Put it first in `<body>`.
 *
 * Returns `''` when nothing is to be shown: a visitor who already decided (read from the
 * request's `Cookie` header with core's decoder), or a region whose regime is `none`.
 * A bad configuration throws `ConsentConfigError`, as `createConsentManager` does; an unknown
 * option or one of the wrong kind (`{ position: 'top' }`) a `TypeError` that names it.
 *
 * @example
 * const html = renderBannerToString(config, { language: 'de', texts: { de }, cookie: req.headers.cookie, nonce });
 */
export function renderBannerToString(config: ConsentConfig, options: RenderBannerOptions = {}): string {
  checkUiOptions('renderBannerToString', ['language', 'texts', 'cookie', 'gpc', 'nonce', 'position', 'theme'], options, false);
  const manager = createConsentManager(config);
  try {
    if (manager.regime === 'none' || hasDecided(manager, options.cookie)) return '';
    const gpc = options.gpc === true && manager.config.gpc;
    // What the visitor's browser will compute before any choice: the regime's defaults, with
    // targeting off under GPC. The server knows GPC only from the request header.
    const defaults = manager.getConsent();
    const choices = Object.freeze({ ...defaults, targeting: gpc ? false : defaults.targeting }) as ConsentChoices;
    const view: ConsentManager = Object.freeze({ ...manager, gpc, $consent: atom(choices), getConsent: () => choices });
    const { lang, dir, t } = createTranslator(manager.config, options.language, { ...SHIPPED, ...options.texts });
    const noop = () => {};
    const c: UiContext = { m: view, t, draft: {}, redraw: noop, optOut: noop };
    const ui = manager.config.ui;
    const theme = options.theme ?? ui.theme;
    const position = options.position ?? ui.position ?? 'bottom';
    const nonce = options.nonce ? ` nonce="${escapeAttribute(options.nonce)}"` : '';
    return (
      `<consentkit-banner ${SERVED}${theme === 'light' || theme === 'dark' ? ` data-theme="${theme}"` : ''}>` +
      `<template shadowrootmode="open"><style${nonce}>${CSS}</style>` +
      `<div class="r ${escapeAttribute(position)}" lang="${escapeAttribute(lang)}" dir="${dir}">${renderToString(banner(c))}</div>` +
      `</template></consentkit-banner>`
    );
  } finally {
    manager.destroy();
  }
}
