import { render } from 'preact';
import { BLOCKED_ATTRIBUTE as BLOCKED, BLOCKED_EVENT } from '@consentkit/core';
import type { ConsentManager } from '@consentkit/core';
import type { BannerOptions } from './mount-banner';
import { fill } from './translator';
import { uiRoots, withExtraTexts } from './ui-root';

/** Options of `mountPlaceholders`. */
export type PlaceholderOptions = Pick<BannerOptions, 'language' | 'texts' | 'theme' | 'nonce'>;

/** What `mountPlaceholders` returns. */
export interface PlaceholdersHandle {
  /** Removes every placeholder and listener; blocked iframes stay blocked (and become visible, empty). */
  unmount(): void;
}

// The blocked (empty) iframe is hidden while its placeholder stands in for it. A constructable
// sheet adopted by the document: no inline style, so strict CSP allows it.
const PAGE_CSS = `iframe[${BLOCKED}]{display:none}`;
const PLACEHOLDER_CSS = `:host{display:block;max-width:100%}.r{display:grid;place-content:center;gap:.5em;box-sizing:border-box;height:100%;min-height:10em;padding:var(--ck-space);border:1px dashed var(--ck-border);border-radius:var(--ck-radius);background:var(--ck-bg);text-align:center}.a{justify-content:center;margin:0}`;

/**
 * Shows a placeholder in place of each iframe the gating code blocked (`enableGating` from
 * `@consentkit/core` marks it `data-consentkit-blocked`, keeps `data-category`, and announces it
 * with a bubbling `consentkit:blocked` event): what the content is (the iframe's `title`), which
 * categories it needs, and a button that grants those categories only (`manager.update({ [category]:
 * true })` — consent for these purposes, not for everything). The placeholder goes away once
 * every category the iframe needs is granted, by this button, the banner, or another tab; if
 * consent is withdrawn later, the gate blocks the iframe again and its placeholder comes back.
 *
 * `data-category` may list several categories (space-separated, all required, as core reads
 * it). A category the config does not know can never be granted: such a placeholder says what
 * the content needs but offers no button, and the iframe stays blocked.
 *
 * Each placeholder is a `<consentkit-placeholder>` element inserted after its iframe, with its
 * own shadow root, sized from the iframe's `width`/`height` attributes.
 */
export function mountPlaceholders(manager: ConsentManager, options: PlaceholderOptions = {}): PlaceholdersHandle {
  const ui = uiRoots(manager, options, withExtraTexts(options.texts));
  const { t } = ui;
  const placeholders = new Map<Element, HTMLElement>();
  const pageSheet = new CSSStyleSheet();
  pageSheet.replaceSync(PAGE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
  const categoriesOf = (frame: Element) => (frame.getAttribute('data-category') ?? '').split(/\s+/).filter(Boolean);
  const granted = (categories: string[]) => categories.every((category) => manager.isGranted(category));

  const add = (frame: Element) => {
    const categories = categoriesOf(frame);
    if (!(frame instanceof HTMLIFrameElement) || !frame.hasAttribute(BLOCKED) || !categories.length || placeholders.has(frame)) return;
    if (granted(categories)) return;
    const host = document.createElement('consentkit-placeholder');
    // Only digits reach the stylesheet: the size comes from page markup.
    const size = (name: string) => /^\d{1,5}$/.exec(frame.getAttribute(name) ?? '')?.[0];
    const [width, height] = [size('width'), size('height')];
    const root = ui.root(host, PLACEHOLDER_CSS + (width && height ? `:host{width:${width}px;aspect-ratio:${width}/${height}}` : ''), 'r');
    const label = categories
      .map((category) => t(`category.${category}.label`, manager.config.categories.find((c) => c.id === category)?.label) || category)
      .join(', ');
    const values = { title: frame.title || t('placeholder.untitled'), category: label };
    const known = categories.every((category) => manager.categories.includes(category));
    render(
      <>
        <p>{fill(t('placeholder.text'), values)}</p>
        {known && (
          <div class="a">
            <button onClick={() => manager.update(Object.fromEntries(categories.map((category) => [category, true])))}>
              {fill(t('placeholder.allow'), values)}
            </button>
          </div>
        )}
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
  document.addEventListener(BLOCKED_EVENT, onBlocked);
  // Frames blocked before we were mounted announced themselves to nobody.
  for (const frame of document.querySelectorAll(`iframe[${BLOCKED}]`)) add(frame);
  const stop = manager.$consent.listen(() => {
    for (const frame of [...placeholders.keys()]) if (granted(categoriesOf(frame))) remove(frame);
  });
  return {
    unmount() {
      stop();
      document.removeEventListener(BLOCKED_EVENT, onBlocked);
      for (const frame of [...placeholders.keys()]) remove(frame);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== pageSheet);
    },
  };
}
