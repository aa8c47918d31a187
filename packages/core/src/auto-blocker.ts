import { markBlocked, markUnblocked } from './gated-element';
import { rewriteTrackerHtml } from './html-rewrite';
import type { Category } from './types';

/** Elements whose `src` auto-blocking holds. */
const LOADERS = new Set(['script', 'img', 'iframe']);
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

interface Held {
  url: string;
  category: Category;
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
  const setAttribute = element.setAttribute;
  const getAttribute = element.getAttribute;
  const removeAttribute = element.removeAttribute;
  const heldUrls = new WeakMap<Element, Held>();
  const queue: Element[] = [];
  const restores: (() => void)[] = [];

  const hold = (el: Element, url: string, category: Category) => {
    heldUrls.set(el, { url, category });
    if (!queue.includes(el)) queue.push(el);
    if (queue.length > MAX_HELD) heldUrls.delete(queue.shift()!);
    if (el.localName === 'iframe') markBlocked(el, [category], url);
  };

  /** True when the `src` being set on `el` was held (the caller must not set it). */
  const intercept = (el: Element, url: string): boolean => {
    if (exempt.has(el)) return false;
    const category = blockedCategory(url);
    if (category !== undefined) hold(el, url, category);
    else heldUrls.delete(el);
    return category !== undefined;
  };

  const checkElement = (el: Element) => {
    if (!LOADERS.has(el.localName) || exempt.has(el) || heldUrls.has(el)) return;
    const url = getAttribute.call(el, 'src');
    // A `type="text/plain"` script is markup for the script gate: it never loads by itself.
    if (url === null || (el.localName === 'script' && /^text\/plain$/i.test(getAttribute.call(el, 'type') ?? ''))) return;
    const category = blockedCategory(url);
    if (category === undefined) return;
    removeAttribute.call(el, 'src');
    hold(el, url, category);
  };

  const check = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const { nodeType } = node as Node;
    if (nodeType === 1) {
      if (LOADERS.has((node as Element).localName)) checkElement(node as Element);
      if (!(node as Element).firstElementChild) return;
    } else if (nodeType !== 11 && nodeType !== 9) return;
    (node as ParentNode).querySelectorAll(LOADER_SELECTOR).forEach(checkElement);
  };

  const replace = <T extends object>(owner: T, key: string, make: (original: never) => unknown) => {
    const descriptor = Object.getOwnPropertyDescriptor(owner, key);
    if (!descriptor) return;
    const next = { ...descriptor };
    if (descriptor.set) next.set = make(descriptor.set as never) as (v: unknown) => void;
    else if (typeof descriptor.value === 'function') next.value = make(descriptor.value as never);
    else return;
    Object.defineProperty(owner, key, next);
    restores.push(() => {
      const current = Object.getOwnPropertyDescriptor(owner, key);
      if (current && (current.set ?? current.value) === (next.set ?? next.value)) Object.defineProperty(owner, key, descriptor);
    });
  };

  // `src` setters and getters: a held URL reads back as set, so page code sees what it wrote.
  for (const Type of [win.HTMLScriptElement, win.HTMLImageElement, win.HTMLIFrameElement]) {
    const proto = Type.prototype;
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'src');
    if (!descriptor?.get || !descriptor.set) continue;
    const { get, set } = descriptor;
    const ours: PropertyDescriptor = {
      ...descriptor,
      get(this: Element) {
        return heldUrls.get(this)?.url ?? get.call(this);
      },
      set(this: Element, value: unknown) {
        if (!intercept(this, String(value))) set.call(this, value);
      },
    };
    Object.defineProperty(proto, 'src', ours);
    restores.push(() => {
      if (Object.getOwnPropertyDescriptor(proto, 'src')?.set === ours.set) Object.defineProperty(proto, 'src', descriptor);
    });
  }
  replace(element, 'setAttribute', (original: Element['setAttribute']) =>
    function (this: Element, name: string, value: string) {
      if (!(String(name).toLowerCase() === 'src' && LOADERS.has(this.localName) && intercept(this, String(value)))) original.call(this, name, value);
    },
  );

  // Insertion APIs: check what is being inserted, then insert it as asked.
  const checkingFirst = (original: (...args: never[]) => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      args.forEach(check);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  // Fixed-arity wrappers for the hot paths (frameworks insert with these): no rest arrays.
  const checkingFirstOf2 = (original: (a: unknown, b?: unknown) => unknown) =>
    function (this: unknown, node: unknown, other?: unknown) {
      check(node);
      return original.call(this, node, other);
    };
  for (const key of ['appendChild', 'insertBefore', 'replaceChild']) replace(win.Node.prototype, key, checkingFirstOf2 as never);
  for (const key of ['append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren']) replace(element, key, checkingFirst);
  replace(element, 'insertAdjacentElement', (original: (where: unknown, el: unknown) => unknown) =>
    function (this: unknown, where: unknown, el: unknown) {
      check(el);
      return original.call(this, where, el);
    },
  );

  // HTML string sinks. A TrustedHTML value is passed through untouched (Trusted Types).
  const rewrite = (html: unknown, scripts: boolean) =>
    typeof html === 'string' ? rewriteTrackerHtml(html, blockedCategory, scripts) : html;
  for (const key of ['innerHTML', 'outerHTML']) {
    replace(element, key, (set: (v: unknown) => void) =>
      function (this: Element, html: unknown) {
        set.call(this, rewrite(html, false));
      },
    );
  }
  replace(element, 'insertAdjacentHTML', (original: Element['insertAdjacentHTML']) =>
    function (this: Element, where: InsertPosition, html: string) {
      original.call(this, where, rewrite(html, false) as string);
    },
  );
  for (const key of ['write', 'writeln']) {
    // Wherever the engine defines it (Document.prototype in browsers).
    let owner: object | null = win.document;
    while (owner && !Object.prototype.hasOwnProperty.call(owner, key)) owner = Object.getPrototypeOf(owner);
    if (owner) replace(owner, key, (original: (...html: unknown[]) => void) =>
      function (this: Document, ...html: unknown[]) {
        original.apply(this, html.map((part) => rewrite(part, true)));
      },
    );
  }

  return {
    check,
    release() {
      for (let i = 0; i < queue.length; ) {
        const el = queue[i]!;
        const held = heldUrls.get(el);
        if (held && !isGranted(held.category)) {
          i++;
          continue;
        }
        queue.splice(i, 1);
        if (!held) continue;
        heldUrls.delete(el);
        setAttribute.call(el, 'src', held.url);
        if (el.localName === 'iframe') markUnblocked(el, [held.category], held.url);
      }
    },
    held: () => queue.filter((el) => heldUrls.has(el)),
    stop() {
      for (const restore of restores.splice(0).reverse()) restore();
    },
  };
}
