import { definePreferencesElement, mountBanner, mountPlaceholders } from '@consentkit/banner';
import type { ConsentManager } from '@consentkit/core';
import { loadDictionary, pickLazyLanguage } from './language-loader';
import type { UiAssets } from './lazy-parts';

export type { UiAssets } from './lazy-parts';

/**
 * Mounts the banner (with the preference center, opt-out notice and links), the
 * `<consentkit-preferences>` element and the placeholders of blocked embeds for `manager` once the
 * document is parsed, after fetching the visitor's language if it is not English. Resolves once
 * mounted (or once mounting failed, which it reports). The guard is already running by then: the
 * UI only shows the state and records decisions, so a late or failed UI never lets anything through.
 */
export async function mountUi(manager: ConsentManager, assets: UiAssets): Promise<void> {
  const lang = assets.assetsUrl
    ? pickLazyLanguage([manager.config.language, document.documentElement.lang, ...(navigator.languages ?? [])], manager.config.texts)
    : undefined;
  // Started now, while the parser is still busy with the page, so the texts are usually there by DOMContentLoaded.
  const texts = lang ? loadDictionary(assets.assetsUrl!, lang) : undefined;
  if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const dictionary = await texts;
  try {
    const options = { texts: dictionary && lang ? { [lang]: dictionary } : {}, nonce: assets.nonce };
    mountBanner(manager, options);
    // `<consentkit-preferences>` on a privacy page, and a placeholder for each held-back embed.
    definePreferencesElement(manager, options);
    mountPlaceholders(manager, options);
  } catch (error) {
    // Without a UI the visitor cannot decide, so nothing non-essential ever runs: closed, not open.
    console.error('[consentkit] the banner could not be shown:', error);
  }
}
