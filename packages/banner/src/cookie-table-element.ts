import type { ConsentManager } from '@consentkit/core';
import { enExtra } from './i18n/en';
import { createShadowHost } from './ui-root';
import { createTranslator, fill } from './translator';
import type { Dictionaries } from './translator';

/**
 * One cookie of a site's cookie declaration, as `consentkit-scan` writes it to
 * `cookie-declaration.json`: who sets it, what for, and for how long (`duration` in days, or
 * `"session"` for a cookie deleted when the browser closes).
 */
export interface CookieDeclarationEntry {
  name: string;
  provider: string;
  /** A category id (`necessary`, `analytics`, `targeting`, a site's own) or `unknown`. */
  category: string;
  purpose: string;
  duration: number | 'session';
}

/** The tag name of the cookie table. */
export const COOKIE_TABLE_ELEMENT = 'consentkit-cookie-table';

/** Options of `defineCookieTableElement`. */
export interface CookieTableOptions {
  /** The page's consent manager: its `language`, `texts` and category labels are used. */
  manager?: ConsentManager;
  /** UI language (BCP 47). Default: `config.language`, then `<html lang>`, then the browser's. */
  language?: string;
  /** Dictionaries per language, e.g. `{ de }` from `@consentkit/banner/i18n/de`. English is built in. */
  texts?: Dictionaries;
  /** Declaration for elements without a `declaration` attribute or property. */
  declaration?: readonly CookieDeclarationEntry[];
  /** CSP nonce for the `<style>` fallback in browsers without constructable stylesheets. */
  nonce?: string;
}

// Page content, not an overlay: the table takes the page's text colour and font (both inherit
// into the shadow tree), so it reads like the rest of the privacy page in any colour scheme.
// Sites can set `--ck-border`.
const TABLE_CSS =
  ':host{display:block}table{border-collapse:collapse;width:100%;color:inherit;font:inherit}' +
  'caption{text-align:start;font-weight:600;padding-block-end:.5em}' +
  // Long names and purposes wrap rather than scroll: a scrolling box would need to be focusable.
  'th,td{border:1px solid var(--ck-border,currentColor);padding:.4em .6em;text-align:start;vertical-align:top;overflow-wrap:anywhere}th{font-weight:600}';

const isEntry = (v: unknown): v is CookieDeclarationEntry => {
  const e = v as Record<string, unknown> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    ['name', 'provider', 'category', 'purpose'].every((k) => typeof e[k] === 'string') &&
    (e.duration === 'session' || (typeof e.duration === 'number' && Number.isFinite(e.duration) && e.duration >= 0))
  );
};

/**
 * Checks a cookie declaration (the parsed `cookie-declaration.json`): keeps the well-formed
 * entries and says on the console which were dropped. Anything but an array is an empty
 * declaration, so a broken file shows "no cookies declared" rather than wrong data.
 */
export function readCookieDeclaration(value: unknown): CookieDeclarationEntry[] {
  if (!Array.isArray(value)) {
    console.error('ConsentKit: the cookie declaration must be a JSON array of { name, provider, category, purpose, duration }');
    return [];
  }
  const entries = value.filter(isEntry);
  if (entries.length < value.length) {
    console.error(
      `ConsentKit: ${value.length - entries.length} cookie declaration entries dropped (each needs name, provider, category, purpose as text and duration as days or "session")`,
    );
  }
  return entries;
}

/** Reads the declaration from a `<script type="application/json">` the selector points at. */
function fromScript(selector: string): CookieDeclarationEntry[] {
  let script: Element | null = null;
  try {
    script = document.querySelector(selector);
  } catch {
    // An invalid selector is reported below like a missing element.
  }
  if (!script || script.getAttribute('type') !== 'application/json') {
    console.error(`ConsentKit: no <script type="application/json"> matches the cookie declaration "${selector}"`);
    return [];
  }
  try {
    return readCookieDeclaration(JSON.parse(script.textContent ?? ''));
  } catch {
    console.error(`ConsentKit: the cookie declaration in "${selector}" is not valid JSON`);
    return [];
  }
}

/** "Session" or "{count} days" in the UI's language (falls back to English texts). */
function durationText(t: (id: string) => string, duration: CookieDeclarationEntry['duration']): string {
  const text = (id: keyof typeof enExtra) => t(id) || enExtra[id];
  return duration === 'session' ? text('cookieTable.session') : fill(text('cookieTable.days'), { count: String(duration) });
}

/**
 * Options for `mountBanner` and `definePreferencesElement` that make the preference center list
 * each category's declared cookies with their provider, duration and purpose instead of bare
 * names. Spread them into the options (a `cookiesFor` of your own would replace this one).
 *
 * @example
 * const declaration = readCookieDeclaration(JSON.parse(document.getElementById('ck-cookies').textContent));
 * mountBanner(consent, { ...cookieDeclarationOptions(declaration) });
 */
export function cookieDeclarationOptions(declaration: readonly CookieDeclarationEntry[]): {
  cookiesFor: (category: string) => readonly string[];
  describeCookie: (name: string, t: (id: string) => string) => string | undefined;
} {
  return {
    cookiesFor: (category) => declaration.filter((e) => e.category === category).map((e) => e.name),
    describeCookie(name, t) {
      const e = declaration.find((d) => d.name === name);
      return e && [e.provider, durationText(t, e.duration), e.purpose].filter(Boolean).join(' · ');
    },
  };
}

/**
 * Defines `<consentkit-cookie-table>`: the site's cookie declaration as an accessible table
 * (caption, column headers, translated headings) in an open Shadow DOM, for a privacy page. It
 * takes the page's text colour and font.
 * The declaration comes from the `declaration` attribute (a selector of a
 * `<script type="application/json">` holding `cookie-declaration.json`), else the element's
 * `declaration` property, else `options.declaration`. `category="analytics"` shows one
 * category (without the category column). No inline script or style: works under a strict CSP.
 * Calling it again is a no-op.
 *
 * @example
 * defineCookieTableElement({ manager: consent });
 * // <script type="application/json" id="ck-cookies">[…cookie-declaration.json…]</script>
 * // <consentkit-cookie-table declaration="#ck-cookies"></consentkit-cookie-table>
 */
export function defineCookieTableElement(options: CookieTableOptions = {}): void {
  if (customElements.get(COOKIE_TABLE_ELEMENT)) return;
  const config = options.manager?.config;
  const dictionaries = { ...options.texts, en: { ...enExtra, ...options.texts?.en } };

  customElements.define(
    COOKIE_TABLE_ELEMENT,
    class extends HTMLElement {
      static observedAttributes = ['declaration', 'category'];
      private entries?: readonly CookieDeclarationEntry[];

      /** The declaration shown when there is no `declaration` attribute. */
      get declaration(): readonly CookieDeclarationEntry[] {
        return this.entries ?? options.declaration ?? [];
      }

      set declaration(value: readonly CookieDeclarationEntry[]) {
        this.entries = readCookieDeclaration(value);
        this.draw();
      }

      connectedCallback() {
        this.draw();
      }

      attributeChangedCallback() {
        if (this.isConnected) this.draw();
      }

      private draw() {
        // Resolved at each render: the page's `<html lang>` may change (an SPA switching language).
        const { lang, dir, t } = createTranslator(config ?? { language: undefined, texts: {} }, options.language, dictionaries);
        const label = (id: string) => t(`category.${id}.label`, config?.categories.find((c) => c.id === id)?.label) || id;
        const root = (this.shadowRoot?.lastElementChild as HTMLElement | null) ?? createShadowHost(this, TABLE_CSS, options.nonce);
        root.lang = lang;
        root.dir = dir;
        const selector = this.getAttribute('declaration');
        const category = this.getAttribute('category');
        const all = selector ? fromScript(selector) : this.declaration;
        const rows = category ? all.filter((e) => e.category === category) : all;
        const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
          const node = document.createElement(tag);
          if (text !== undefined) node.textContent = text;
          return node;
        };
        if (rows.length === 0) {
          root.replaceChildren(el('p', t('cookieTable.empty')));
          return;
        }
        const columns: (readonly [string, (e: CookieDeclarationEntry) => string])[] = [
          ['cookieTable.name', (e) => e.name],
          ['cookieTable.provider', (e) => e.provider],
          ...(category ? [] : [['cookieTable.category', (e: CookieDeclarationEntry) => label(e.category)] as const]),
          ['cookieTable.purpose', (e) => e.purpose],
          ['cookieTable.duration', (e) => durationText(t, e.duration)],
        ];
        const table = el('table');
        table.append(el('caption', category ? `${t('cookieTable.caption')}: ${label(category)}` : t('cookieTable.caption')));
        const head = el('tr');
        for (const [id] of columns) {
          const th = el('th', t(id));
          th.scope = 'col';
          head.append(th);
        }
        table.append(el('thead'));
        table.tHead?.append(head);
        const body = el('tbody');
        for (const entry of rows) {
          const tr = el('tr');
          columns.forEach(([, value], i) => {
            // The cookie's name heads its row for screen readers.
            const cell = el(i === 0 ? 'th' : 'td', value(entry));
            if (i === 0) cell.setAttribute('scope', 'row');
            tr.append(cell);
          });
          body.append(tr);
        }
        table.append(body);
        root.replaceChildren(table);
      }
    },
  );
}
