/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- h/Fragment are used by the classic JSX pragma (smaller output than the automatic runtime)
import { Fragment, h, render } from 'preact';
import type { ConsentManager } from '@consentkit/core';
import { enExtra } from './i18n/en';
import type { BannerOptions } from './mount-banner';
import { createShadowHost } from './shadow-host';
import { CSS } from './styles';
import { createTranslator, fill } from './translator';

/** Options of `mountPlaceholders`. */
export type PlaceholderOptions = Pick<BannerOptions, 'language' | 'texts' | 'theme' | 'nonce'>;

/** What `mountPlaceholders` returns. */
export interface PlaceholdersHandle {
  /** Removes every placeholder and listener; blocked iframes stay blocked (and become visible, empty). */
  unmount(): void;
}

/** Attribute the gating code puts on an iframe it holds back until its category is granted. */
const BLOCKED = 'data-consentkit-blocked';

// The blocked (empty) iframe is hidden while its placeholder stands in for it. A constructable
// sheet adopted by the document: no inline style, so strict CSP allows it.
const PAGE_CSS = `iframe[${BLOCKED}]{display:none}`;
const PLACEHOLDER_CSS = `:host{display:block;max-width:100%}.r{display:grid;place-content:center;gap:.5em;box-sizing:border-box;height:100%;min-height:10em;padding:var(--ck-space);border:1px dashed var(--ck-border);border-radius:var(--ck-radius);background:var(--ck-bg);text-align:center}.a{justify-content:center;margin:0}`;

/**
 * Shows a placeholder in place of each iframe the gating code blocked (marked
 * `data-consentkit-blocked` + `data-category`, announced by a bubbling `consentkit:blocked`
 * event): what the content is (the iframe's `title`), which category it needs, and a button
 * that grants that category only (`manager.update({ [category]: true })` — consent for this
 * purpose, not for everything). The placeholder goes away once the category is granted, by
 * this button, the banner, or another tab.
 *
 * Each placeholder is a `<consentkit-placeholder>` element inserted after its iframe, with its
 * own shadow root, sized from the iframe's `width`/`height` attributes.
 */
export function mountPlaceholders(manager: ConsentManager, options: PlaceholderOptions = {}): PlaceholdersHandle {
  const { lang, dir, t } = createTranslator(manager.config, options.language, {
    ...options.texts,
    en: { ...enExtra, ...options.texts?.en },
  });
  const placeholders = new Map<Element, HTMLElement>();
  const pageSheet = new CSSStyleSheet();
  pageSheet.replaceSync(PAGE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];

  const add = (frame: Element) => {
    const category = frame.getAttribute('data-category');
    if (!(frame instanceof HTMLIFrameElement) || !frame.hasAttribute(BLOCKED) || !category || placeholders.has(frame)) return;
    if (manager.isGranted(category)) return;
    const host = document.createElement('consentkit-placeholder');
    const theme = options.theme ?? manager.config.ui.theme;
    if (theme === 'light' || theme === 'dark') host.setAttribute('data-theme', theme);
    // Only digits reach the stylesheet: the size comes from page markup.
    const size = (name: string) => /^\d{1,5}$/.exec(frame.getAttribute(name) ?? '')?.[0];
    const [width, height] = [size('width'), size('height')];
    const root = createShadowHost(host, CSS + PLACEHOLDER_CSS + (width && height ? `:host{width:${width}px;aspect-ratio:${width}/${height}}` : ''), options.nonce);
    root.className = 'r';
    root.lang = lang;
    root.dir = dir;
    const label = t(`category.${category}.label`, manager.config.categories.find((c) => c.id === category)?.label) || category;
    const values = { title: frame.title || t('placeholder.untitled'), category: label };
    render(
      <>
        <p>{fill(t('placeholder.text'), values)}</p>
        <div class="a">
          <button type="button" onClick={() => manager.update({ [category]: true })}>
            {fill(t('placeholder.allow'), values)}
          </button>
        </div>
      </>,
      root,
    );
    frame.after(host);
    placeholders.set(frame, host);
  };
  const remove = (frame: Element) => {
    const host = placeholders.get(frame);
    if (host) {
      render(null, host.shadowRoot!.lastElementChild!);
      host.remove();
      placeholders.delete(frame);
    }
  };

  const onBlocked = (event: Event) => add(event.target as Element);
  document.addEventListener('consentkit:blocked', onBlocked);
  // Frames blocked before we were mounted announced themselves to nobody.
  for (const frame of document.querySelectorAll(`iframe[${BLOCKED}]`)) add(frame);
  const stop = manager.$consent.listen((consent) => {
    for (const frame of [...placeholders.keys()]) {
      if (consent[frame.getAttribute('data-category')!]) remove(frame);
    }
  });
  return {
    unmount() {
      stop();
      document.removeEventListener('consentkit:blocked', onBlocked);
      for (const frame of [...placeholders.keys()]) remove(frame);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== pageSheet);
    },
  };
}
