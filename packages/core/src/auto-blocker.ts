import { markBlocked } from './gated-element';
import { rewriteTrackerHtml } from './html-rewrite';
import { patchMethod, patchProperty } from './patch-property';
import type { MethodWrap } from './patch-property';
import type { Category } from './types';

/** Elements whose `src` auto-blocking holds (a set: faster than a pattern on the insertion hot path). */
const LOADERS = new Set(['script', 'img', 'iframe']);
/** Whether `node` is an element auto-blocking holds the `src` of (any other node: false). */
export const isLoader = (node: Node) => LOADERS.has((node as Element).localName);
const LOADER_SELECTOR = 'script[src], img[src], iframe[src]';
/** Held elements kept at most; beyond it the oldest are dropped (they never load). */
const MAX_HELD = 1000;

/** Holds tracker scripts, iframes and pixels until their category is granted. */
export interface AutoBlocker {
  /** Checks elements the parser (or an API not patched) inserted in `root`. */
  check(root: Node): void;
  /** Releases, in the order they were held, the elements whose category is now granted. */
  release(): void;
  /** Elements held right now, in order (for tests and debugging). */
  held(): readonly Element[];
  /** Restores every patched API (held elements stay held: nothing is released by stopping). */
  stop(): void;
}

type Win = Window & typeof globalThis;

/**
 * Auto-blocking without markup changes. `blockedCategory(url)` says which non-granted
 * category a URL needs (built-in tracker hosts and the site's `blockRules`).
 *
 * How a load is stopped before any request: the `src` of a `<script>`, `<img>` or `<iframe>`
 * is held instead of set — by the `src` setters of their prototypes and `setAttribute('src')`
 * (which catch `new Image().src = pixel` before it fires), and by the insertion APIs
 * (`appendChild`, `insertBefore`, `replaceChild`, `append`, `prepend`, `before`, `after`,
 * `replaceWith`, `replaceChildren`, `insertAdjacentElement`) for elements whose `src` was set
 * some other way. A script inserted without `src` does nothing, and setting `src` on it later
 * runs it (HTML "prepare the script element"), so the page's own element is released in
 * place: its `onload` fires, and `async = false` ordering is kept. HTML strings
 * (`document.write`, `innerHTML`, `outerHTML`, `insertAdjacentHTML`) are rewritten into
 * ConsentKit markup (html-rewrite.ts).
 */
export function installAutoBlocker(win: Win, blockedCategory: (url: string) => Category | undefined, isGranted: (category: Category) => boolean, exempt: WeakSet<Element>): AutoBlocker {
  const element = win.Element.prototype;
  // The natives, captured now: page code that patches them later cannot turn a hold into a load.
  const { setAttribute, getAttribute, removeAttribute } = element;
  /** Held elements, in the order they were held: the URL each asked for and the category it needs. */
  const held = new Map<Element, [url: string, category: Category]>();
  const restores: ((() => void) | undefined)[] = [];

  /** True when the `src` being set on `el` is held (the caller must not set it). */
  const intercept = (el: Element, url: string): boolean => {
    const category = exempt.has(el) ? undefined : blockedCategory(url);
    if (!category) held.delete(el);
    else {
      held.set(el, [url, category]);
      if (held.size > MAX_HELD) held.delete(held.keys().next().value!);
      if (el.localName === 'iframe') markBlocked(el, [category], url);
    }
    return !!category;
  };

  const checkElement = (el: Element) => {
    const url = getAttribute.call(el, 'src');
    // A `type="text/plain"` script is markup for the script gate: it never loads by itself.
    if (url === null || held.has(el) || (el.localName === 'script' && /^text\/plain$/i.test(getAttribute.call(el, 'type')!))) return;
    if (intercept(el, url)) removeAttribute.call(el, 'src');
  };

  const check = (node: unknown) => {
    const nodeType = (node as Node | null)?.nodeType;
    if (nodeType === 1) {
      if (isLoader(node as Element)) checkElement(node as Element);
      if (!(node as Element).firstElementChild) return;
    } else if (nodeType !== 11 && nodeType !== 9) return;
    (node as ParentNode).querySelectorAll(LOADER_SELECTOR).forEach(checkElement);
  };

  const patch = (target: object, keys: string[], wrap: MethodWrap) => {
    for (const key of keys) restores.push(patchMethod(target, key, wrap));
  };
  // `src` setters and getters: a held URL reads back as set, so page code sees what it wrote.
  for (const Type of [win.HTMLScriptElement, win.HTMLImageElement, win.HTMLIFrameElement]) {
    restores.push(
      patchProperty(Type.prototype, 'src', ({ get, set }) =>
        get && set && {
          get(this: Element) {
            return held.get(this)?.[0] ?? get.call(this);
          },
          set(this: Element, value: unknown) {
            if (!intercept(this, String(value))) set.call(this, value);
          },
        },
      ),
    );
  }
  patch(element, ['setAttribute'], (original) =>
    function (this: Element, name: string, value: string) {
      if (!(String(name).toLowerCase() === 'src' && isLoader(this) && intercept(this, String(value)))) original.call(this, name, value);
    },
  );

  // Insertion APIs: check the nodes being inserted, then insert them as asked. The hot paths
  // frameworks insert with take two arguments and need no rest array: `first` says which one
  // is inserted (the other is a reference node or a position).
  const checkingOne = (first: boolean) => (original: (a: unknown, b: unknown) => unknown) =>
    function (this: unknown, a: unknown, b: unknown) {
      check(first ? a : b);
      return original.call(this, a, b);
    };
  patch(win.Node.prototype, ['appendChild', 'insertBefore', 'replaceChild'], checkingOne(true));
  patch(element, ['insertAdjacentElement'], checkingOne(false));
  patch(element, ['append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren'], (original) =>
    function (this: unknown, ...nodes: unknown[]) {
      nodes.forEach(check);
      return original.apply(this, nodes);
    },
  );

  // HTML string sinks: every string argument is rewritten (a position such as 'beforeend'
  // contains no tag). A TrustedHTML value is passed through untouched (Trusted Types).
  // Only `document.write` executes the scripts it writes; `innerHTML` scripts never run.
  const rewriting = (scripts: boolean) => (original: (...args: unknown[]) => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      return original.apply(this, args.map((html) => (typeof html === 'string' ? rewriteTrackerHtml(html, blockedCategory, scripts) : html)));
    };
  for (const key of ['innerHTML', 'outerHTML']) {
    restores.push(patchProperty(element, key, ({ set }) => set && { set: rewriting(false)(set) }));
  }
  patch(element, ['insertAdjacentHTML'], rewriting(false));
  // Patched wherever the engine defines them (Document.prototype in browsers).
  patch(win.document, ['write', 'writeln'], rewriting(true));

  return {
    check,
    release() {
      // Deleting the current entry while iterating a Map is safe; the order is the holding order.
      for (const [el, [url, category]] of held) {
        if (!isGranted(category)) continue;
        held.delete(el);
        setAttribute.call(el, 'src', url);
        if (el.localName === 'iframe') markBlocked(el, [category], url, false);
      }
    },
    held: () => [...held.keys()],
    stop() {
      for (const restore of restores.splice(0).reverse()) restore?.();
    },
  };
}
