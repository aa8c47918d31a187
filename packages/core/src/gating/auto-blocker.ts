import { markBlocked } from './gated-element';
import { rewriteRulesHtml, rewriteTrackerHtml } from './html-rewrite';
import { patchMethod, patchProperty } from './patch-property';
import { EAGER, HELD_LINK, URL_ATTRIBUTES, localNameOf, urlsOf } from './url-attributes';
import type { MethodWrap } from './patch-property';
import type { Category } from '../types';

/** Elements auto-blocking holds a URL of (a set: faster than a pattern on the insertion hot path). */
const LOADERS = new Set(Object.keys(URL_ATTRIBUTES));
/** Whether `node` is an element with a URL attribute in the table (any other node: false). */
export const isLoader = (node: Node) => LOADERS.has((node as Element).localName);
/** Held elements kept at most; beyond it the oldest are dropped (they never load). */
const MAX_HELD = 1000;
/** Attributes that hold a list of URLs or a document (url-attributes.ts `urlsOf`): every URL in them is judged. */
const LISTS = ['srcset', 'imagesrcset', 'imageSrcset', 'ping', 'srcdoc'];
const XLINK = 'http://www.w3.org/1999/xlink';
/** Elements that open a window page code can reach (`frames[i]`): `inserted` guards it. */
const FRAME = /^(i?frame|object|embed)$/;
/** The script gate's markup (`GATED_SCRIPT_SELECTOR`): `text/plain`, also with parameters. */
const TEXT_PLAIN = /^text\/plain/i;
/** A speculation-rules script (its type string, spaces trimmed, as the browser compares it). */
const SPECULATION = /^\s*speculationrules\s*$/i;
/** The type a held speculation-rules script has meanwhile: no script type, so the browser neither runs nor marks it started. */
const HELD_RULES = 'consentkit/speculationrules';
/**
 * A URL pattern the rules of a document rule can be judged by: relative to the document (its
 * host is the base URL's), or an http(s) host spelled out with no pattern syntax in it.
 */
const PLAIN_PATTERN = /^(\/(?![/\\])|https?:\/\/[\w.-]+(:\d+)?(\/|$))/i;
/** Where URL pattern syntax starts (wildcard, group, named group, escape, modifier): the literal text is what comes before. */
const PATTERN_SYNTAX = /[*({\\?+]|:(?=[a-z_])/i;
/**
 * The category a speculation rule that cannot be judged is held under (a document rule that can
 * select any link: no `href_matches`, `selector_matches`, `not`, a pattern with a wildcard host).
 */
const UNJUDGED: Category = 'targeting';
/**
 * What keeps an HTML string from being pre-cleared besides a rule host and what the URL
 * matcher's `clear` already refuses: `&` (a character reference can spell a host), a backslash
 * (a CSS escape in `style` can), `<base` (it changes what later URLs resolve against) and
 * speculation rules (a document rule can select links by a selector).
 */
const UNCLEAR_HTML = /[&\\]|<base|speculationrules/i;

/**
 * The SVG element of each `href` animated string (`SVGAnimatedString`) a patched getter returned,
 * shared by the blockers of every window: a frame's `baseVal` setter called on the page's
 * animated string finds its element too.
 */
const animated = new WeakMap<object, Element>();

/** Holds tracker scripts, iframes and pixels until their category is granted. */
export interface AutoBlocker {
  /** Checks elements the parser (or an API not patched) inserted in `root`, and all below it; false when a patched path has just checked `root` (nothing done). */
  check(root: Node): boolean;
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
 * How a load is stopped before any request: a tracker URL in any attribute of the
 * `URL_ATTRIBUTES` table (script/img/source/iframe/link/object/embed/video/audio/input/SVG
 * script and image/a ping/form action, `srcset`, `srcdoc`) is held instead of set — by the
 * reflecting property setters, `setAttribute`, `setAttributeNS`, `setAttributeNode(NS)`,
 * `attributes.setNamedItem(NS)`, `Attr.value` (which catch `new Image().src = pixel` before it
 * fires) and `new Audio(url)`; and it is stripped from elements that arrive some other way —
 * the insertion APIs of elements, documents and fragments (shadow roots, closed ones too),
 * `Range.insertNode`, and, right after they return (an image fetches in a later microtask),
 * `importNode`, `adoptNode`, `createContextualFragment`, `XSLTProcessor.transformToFragment` and the HTML sinks (`innerHTML`,
 * `outerHTML`, `insertAdjacentHTML`, `setHTMLUnsafe`, also on shadow roots), whose strings are
 * first rewritten into ConsentKit markup (html-rewrite.ts). A script inserted without `src`
 * does nothing, and setting `src` on it later runs it (HTML "prepare the script element"), so
 * the page's own element is released in place: its `onload` fires, and `async = false`
 * ordering is kept. `inserted` is called after an insertion (enableGating guards new frames).
 * `clear(text)` (the URL matcher's): true when no URL in `text` can match a rule; an HTML
 * string it clears skips the rewrite and the check (the default clears nothing).
 * `gated(el)` (the embed gate's `holds`): true for a marked-up embed that still waits for a
 * category; a `src` or `srcset` page code gives it (a lazy loader copying `data-src`) becomes its
 * `data-src` / `data-srcset`, which the embed gate loads on grant, whatever the URL.
 */
export function installAutoBlocker(
  win: Win,
  blockedCategory: (url: string) => Category | undefined,
  isGranted: (category: Category) => boolean,
  exempt: WeakSet<Element>,
  inserted: () => void = () => {},
  clear?: (text: string) => boolean,
  gated?: (el: Element) => boolean,
): AutoBlocker {
  const element = win.Element.prototype;
  // The natives, captured now: page code that patches them later cannot turn a hold into a load.
  const { setAttribute, setAttributeNS, getAttribute, getAttributeNS, removeAttribute, removeAttributeNS } = element;
  const { queueMicrotask } = win;
  const { appendChild } = win.Node.prototype;
  /** Held elements, in the order they were held: per attribute, the value asked for, the category it needs, its namespace and qualified name. */
  const held = new Map<Element, Map<string, [value: string, category: Category, ns: string | null, name: string]>>();
  const restores: ((() => void) | undefined)[] = [];

  /** True when the value of the URL attribute `name` being set on `el` is held (the caller must not set it). */
  const intercept = (el: Element, name: string, value: unknown, ns: string | null = null, qualified = name): boolean => {
    if (!URL_ATTRIBUTES[el.localName]?.includes(name)) return false;
    // A list (`srcset`, `imagesrcset`, `ping`, `srcdoc`) is split; any other value is one URL, judged whole
    // (the URL parser removes a newline inside it) and without allocating.
    const text = String(value);
    const free = exempt.has(el);
    // A marked-up embed waits for its own categories, whatever the URL: the embed gate loads it.
    if (!free && gated?.(el)) {
      setAttribute.call(el, 'data-' + name, text);
      return true;
    }
    const category = free ? undefined : LISTS.includes(name) ? urlsOf(name, text).map(blockedCategory).find(Boolean) : blockedCategory(text);
    const entries = held.get(el);
    if (!category) {
      // The common case, an ordinary URL: nothing allocated.
      if (entries?.delete(name) && !entries.size) held.delete(el);
      return false;
    }
    held.set(el, (entries ?? new Map()).set(name, [text, category, ns, qualified]));
    if (held.size > MAX_HELD) held.delete(held.keys().next().value!);
    if (el.localName === 'iframe') markBlocked(el, [category], text);
    return true;
  };

  /** `UNJUDGED` until it is granted. */
  const unjudged = () => (isGranted(UNJUDGED) ? undefined : UNJUDGED);
  /** The category a URL pattern of a document rule (`href_matches`) can reach: judged by its literal part, else `UNJUDGED`. */
  const patternCategory = (pattern: unknown): Category | undefined =>
    typeof pattern === 'string' && PLAIN_PATTERN.test(pattern) && clear?.(pattern)
      ? undefined
      : (typeof pattern === 'string' && blockedCategory(pattern.split(PATTERN_SYNTAX)[0]!)) || unjudged();
  /**
   * The category of a tracker link a document rule's `where` can select: `and` selects only what
   * every part does, `or` what any part does; `not`, `selector_matches`, no condition (every
   * link) or an unknown one can select any link (`UNJUDGED`).
   */
  const whereCategory = (where: unknown): Category | undefined => {
    const { and, or, href_matches: href } = (where ?? {}) as Record<string, unknown>;
    if (Array.isArray(and)) {
      const found = and.map(whereCategory);
      return found.every(Boolean) ? found[0] : undefined;
    }
    if (Array.isArray(or)) return or.map(whereCategory).find(Boolean);
    if (href !== undefined) return [href].flat().map(patternCategory).find(Boolean);
    return unjudged();
  };
  /**
   * The category a speculation-rules script's rules need (prefetch, prerender: a navigation
   * request, which no fetch directive of strict mode covers), or `undefined`: every URL of a list
   * rule (`urls`) is judged, and what a document rule can select. Text that is not JSON is
   * ignored by the browser, and left alone, unless `loading`: the parser may still be adding to it.
   */
  const rulesCategory = (text: string, loading: boolean): Category | undefined => {
    let rules: unknown;
    try {
      rules = JSON.parse(text);
    } catch {
      return loading ? unjudged() : undefined;
    }
    for (const list of Object.values(rules ?? {}))
      for (const rule of Array.isArray(list) ? list : []) {
        const { urls, where, source } = (rule ?? {}) as Record<string, unknown>;
        const category =
          (Array.isArray(urls) && urls.map((url) => typeof url === 'string' && blockedCategory(url)).find(Boolean)) ||
          (source === 'document' || where !== undefined ? whereCategory(where) : undefined);
        if (category) return category;
      }
    return undefined;
  };

  /**
   * Holds a speculation-rules script whose rules need a category not granted: its type is
   * `HELD_RULES` meanwhile (the browser prepares it as no script at all, so it can prepare it
   * again), restored on release (see `release`). `type`: its type attribute; `text`: its rules.
   */
  const holdRules = (el: Element, type: string, text = el.textContent!) => {
    const category = exempt.has(el) ? undefined : rulesCategory(text, win.document.readyState === 'loading' && !el.nextSibling);
    if (!category) return;
    held.set(el, (held.get(el) ?? new Map()).set('type', [type, category, null, 'type']));
    if (held.size > MAX_HELD) held.delete(held.keys().next().value!);
    setAttribute.call(el, 'type', HELD_RULES);
  };

  const checkElement = (el: Element) => {
    const names = URL_ATTRIBUTES[el.localName];
    if (!names) return;
    if (el.localName === 'script') {
      const type = getAttribute.call(el, 'type');
      // A `type="text/plain"` script is markup for the script gate: it never loads by itself.
      if (TEXT_PLAIN.test(type!)) return;
      if (SPECULATION.test(type!)) holdRules(el, type!);
    }
    // A `<link>`, `<object>` or `<embed>` from an HTML string whose tracker URL the rewrite
    // renamed: held now (or set, if granted meanwhile).
    if (EAGER.test(el.localName))
      for (const name of names) {
        const value = getAttribute.call(el, HELD_LINK + name);
        if (value === null) continue;
        removeAttribute.call(el, HELD_LINK + name);
        if (!intercept(el, name, value)) setAttribute.call(el, name, value);
      }
    // Read in place (`attributes[i]` would create an Attr node each): every attribute the
    // browser loads from, without a namespace, and SVG's `xlink:href` whatever its prefix.
    for (const name of names) {
      const value = getAttribute.call(el, name);
      if (value !== null && intercept(el, name, value)) removeAttribute.call(el, name);
      const linked = name === 'href' ? getAttributeNS.call(el, XLINK, name) : null;
      if (linked !== null && intercept(el, name, linked, XLINK, 'xlink:href')) removeAttributeNS.call(el, XLINK, name);
    }
  };

  /**
   * Nodes a patched path checked (and their children, when those are what gets inserted: a
   * fragment's, an HTML sink's) since the last microtask checkpoint. The page observer
   * (enableGating) then reports them again, and `check` skips them: until then, any change
   * of their URL attributes went through the patched setters. Forgotten right after the
   * observer's delivery (a microtask queued behind it), so a mark never outlives the
   * insertion it stands for; a node inserted again later is checked again.
   */
  const recent = new Set<unknown>();
  let forgetting = false;
  const forget = () => {
    recent.clear();
    forgetting = false;
  };
  const mark = (node: unknown) => {
    recent.add(node);
    for (let child = (node as ParentNode).firstElementChild; child; child = child.nextElementSibling) recent.add(child);
    if (forgetting) return;
    forgetting = true;
    // The observer's delivery is already queued (or comes in a later checkpoint, which then
    // finds no mark and checks again): the inner microtask runs after it.
    queueMicrotask(() => queueMicrotask(forget));
  };

  /**
   * Checks `node` and, when it has element children (a `<div>` can hold a `<script>`), its
   * subtree; a text node or a leaf that loads nothing costs a tag-name look-up. `marking`: a
   * patched path, which marks what it checked (see `recent`). True when a frame may have
   * arrived: the node is one, or has anything inside.
   */
  const check = (node: unknown, marking?: boolean): boolean => {
    const nodeType = (node as Node | null)?.nodeType;
    if (nodeType === 1) {
      const loader = isLoader(node as Element);
      if (loader) checkElement(node as Element);
      // A leaf that loads nothing is not checked by the observer either: no mark.
      if (!(node as Element).firstElementChild) {
        if (marking && loader) mark(node);
        return loader && FRAME.test((node as Element).localName);
      }
    } else if (nodeType !== 11 && nodeType !== 9) return false;
    // Every loader below `node`, in document order, found before any is checked (checking an
    // iframe runs page code: its `consentkit:blocked` listeners). A tree walker over elements
    // (`1`: NodeFilter.SHOW_ELEMENT), not `querySelectorAll` with the table's tag names:
    // Chromium matches a selector list against each element one selector at a time, about
    // three times slower.
    const found: Element[] = [];
    for (const walker = win.document.createTreeWalker(node as Node, 1); walker.nextNode();)
      if (isLoader(walker.currentNode)) found.push(walker.currentNode as Element);
    found.forEach(checkElement);
    // With its children: what the observer reports when a fragment is inserted, or HTML parsed.
    if (marking) mark(node);
    return true;
  };

  const patch = (target: object | undefined, keys: string[], wrap: MethodWrap) => {
    for (const key of keys) restores.push(target && patchMethod(target, key, wrap));
  };
  // Every URL property of the table (`img.srcset`, `video.poster`, `link.href`…): a held URL
  // reads back as set, so page code sees what it wrote. Shared accessors (`HTMLMediaElement.src`) are wrapped once.
  const ours = new Set<unknown>();
  for (const [tag, names] of Object.entries(URL_ATTRIBUTES)) {
    for (const name of names) {
      restores.push(
        patchProperty(Object.getPrototypeOf(win.document.createElement(tag)), name, ({ get, set }) => {
          if (!get || !set || ours.has(set)) return;
          const wrapped = {
            get(this: Element) {
              return held.get(this)?.get(name)?.[0] ?? get.call(this);
            },
            set(this: Element, value: unknown) {
              if (!intercept(this, name, value)) set.call(this, value);
            },
          };
          ours.add(wrapped.set);
          return wrapped;
        }),
      );
    }
  }
  // SVG `href` is an `SVGAnimatedString`, whose `baseVal` setter sets the attribute natively
  // (`image.href.baseVal = url`): the `href` getters of the SVG elements that load remember the
  // element of each animated string they return, and `baseVal` goes through `intercept` for it.
  // Any other animated string (`className`, a gradient's `href`) costs a WeakMap look-up.
  for (const name of ['SVGImageElement', 'SVGScriptElement', 'SVGUseElement', 'SVGFEImageElement'] as const) {
    const proto = win[name]?.prototype;
    restores.push(
      proto &&
        patchProperty(proto, 'href', ({ get }) => {
          if (!get || ours.has(get)) return;
          const wrapped = function (this: Element) {
            const value = get.call(this);
            animated.set(value, this);
            return value;
          };
          ours.add(wrapped);
          return { get: wrapped };
        }),
    );
  }
  const animatedProto = win.SVGAnimatedString?.prototype;
  restores.push(
    animatedProto &&
      patchProperty(animatedProto, 'baseVal', ({ get, set }) => {
        if (!get || !set) return;
        return {
          get(this: SVGAnimatedString) {
            const el = animated.get(this);
            return (el && held.get(el)?.get('href')?.[0]) ?? get.call(this);
          },
          set(this: SVGAnimatedString, value: unknown) {
            const el = animated.get(this);
            if (!(el && intercept(el, 'href', value))) set.call(this, value);
          },
        };
      }),
  );
  // setAttribute(name, value) and setAttributeNS(ns, name, value) (told apart by their arity).
  patch(
    element,
    ['setAttribute', 'setAttributeNS'],
    (original) =>
      function (this: Element, ...args: string[]) {
        const [ns, name, value] = (original.length > 2 ? args : [null, ...args]) as [string | null, string, string];
        if (!intercept(this, localNameOf(name), value, ns, name)) original.apply(this, args);
      },
  );
  patch(
    element,
    ['setAttributeNode', 'setAttributeNodeNS'],
    (original) =>
      function (this: Element, attr: Attr) {
        return attr && intercept(this, attr.localName, attr.value, attr.namespaceURI, attr.name) ? null : original.call(this, attr);
      },
  );
  // `el.attributes.setNamedItem(attr)`: the map does not name its element; the attribute does, once set.
  patch(
    win.NamedNodeMap.prototype,
    ['setNamedItem', 'setNamedItemNS'],
    (original) =>
      function (this: NamedNodeMap, attr: Attr) {
        const result = original.call(this, attr);
        if (attr?.ownerElement) checkElement(attr.ownerElement);
        return result;
      },
  );
  // `attr.value = url`, and an attribute's `nodeValue` / `textContent`: defined on
  // `Attr.prototype` (the accessors live on `Node.prototype`, the hot path of every text write).
  /**
   * Text setters (`keys`) defined on `proto` itself, over the accessor it inherits (the ones of
   * `Node.prototype` are the hot path of every text write): `held(node, value)` true: not set.
   */
  const guardText = <T>(proto: object, keys: string[], held: (node: T, value: unknown) => unknown) => {
    for (const key of keys) {
      const own = Object.getOwnPropertyDescriptor(proto, key);
      let descriptor = own;
      for (let up = proto; !descriptor && (up = Object.getPrototypeOf(up));) descriptor = Object.getOwnPropertyDescriptor(up, key);
      const { get, set } = descriptor ?? {};
      if (!set) continue;
      Object.defineProperty(proto, key, {
        get,
        set(this: T, value: unknown) {
          if (!held(this, value)) set.call(this, value);
        },
        configurable: true,
      });
      restores.push(() => (own ? Object.defineProperty(proto, key, own) : delete (proto as Record<string, unknown>)[key]));
    }
  };
  guardText(win.Attr.prototype, ['value', 'nodeValue', 'textContent'], (attr: Attr, value) => {
    const owner = attr.ownerElement;
    return owner && intercept(owner, attr.localName, value, attr.namespaceURI, attr.name);
  });
  // Rules given to a speculation-rules script already in the page (`text`, `textContent`,
  // `innerText`: the browser prepares it as its text changes) are judged before they are set.
  guardText(win.HTMLScriptElement.prototype, ['text', 'textContent', 'innerText'], (script: Element, value) => {
    const type = getAttribute.call(script, 'type');
    if (SPECULATION.test(type!)) holdRules(script, type!, String(value));
  });
  // `new Audio(url)` sets its src natively: set it through the guarded setter instead.
  restores.push(
    patchProperty(
      win,
      'Audio',
      ({ value }) =>
        typeof value === 'function' && {
          value: new Proxy(value, {
            construct(target, args, newTarget) {
              const audio = Reflect.construct(target, [], newTarget);
              if (args[0] !== undefined) audio.src = args[0];
              return audio;
            },
          }),
        },
    ),
  );

  // Insertion APIs: check the nodes being inserted, then insert them as asked. The hot paths
  // frameworks insert with take two arguments and need no rest array: `first` says which one
  // is inserted (the other is a reference node or a position).
  const checkingOne = (first: boolean) => (original: (a: unknown, b: unknown) => unknown) =>
    function (this: unknown, a: unknown, b: unknown) {
      const loads = check(first ? a : b, true);
      const result = original.call(this, a, b);
      if (loads) inserted();
      return result;
    };
  patch(win.Node.prototype, ['appendChild', 'insertBefore', 'replaceChild'], checkingOne(true));
  patch(element, ['insertAdjacentElement'], checkingOne(false));
  patch(win.Range?.prototype, ['insertNode', 'surroundContents'], checkingOne(true));
  // Elements, documents and fragments (a shadow root, a closed one too) each have their own.
  for (const target of [element, win.Document.prototype, win.DocumentFragment.prototype]) {
    patch(
      target,
      ['append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren'],
      (original) =>
        function (this: unknown, ...nodes: unknown[]) {
          for (const node of nodes) check(node, true);
          const result = original.apply(this, nodes);
          inserted();
          return result;
        },
    );
  }
  // Nodes that become the document's without being inserted load at once (an `<img>` fetches
  // in the microtask after it gets a URL): the result is checked before that microtask runs.
  const checkingResult = (original: (...args: unknown[]) => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      check(result);
      return result;
    };
  patch(win.Document.prototype, ['importNode', 'adoptNode'], checkingResult);
  patch(win.Range?.prototype, ['createContextualFragment'], checkingResult);
  // XSLT builds its result fragment in the document it is given: an `<img>` in it fetches at once.
  patch((win as { XSLTProcessor?: { prototype: object } }).XSLTProcessor?.prototype, ['transformToFragment'], checkingResult);

  // HTML string sinks: every string argument is rewritten (a position such as 'beforeend'
  // contains no tag), then what was parsed is checked against the whole table (a `srcset`, a
  // `poster`, markup the rewrite does not know) before the browser fetches from it. A
  // TrustedHTML value is passed through to the rewrite untouched (Trusted Types).
  // Only `document.write` executes the scripts it writes; `innerHTML` scripts never run.
  //
  // A tag split across writes (`write('<scr')`, `write('ipt src=…>')`) is judged whole: the end
  // of a write that opens a tag and does not close it is held back, and written at the start of
  // the next write of that document, before its `close()`, or at the next microtask at the latest
  // (the parser would have waited for the rest of the tag anyway).
  const { write: nativeWrite } = win.document;
  const tails = new WeakMap<object, string>();
  const flush = (doc: object) => {
    const tail = tails.get(doc);
    tails.delete(doc);
    if (tail) nativeWrite.call(doc as Document, tail);
  };
  const rewriting =
    (scripts: boolean, newline = '') =>
    (original: (...args: unknown[]) => unknown) =>
      function (this: Element, ...args: unknown[]) {
        let tail = '';
        let call = original;
        if (scripts) {
          if (args.every((html) => typeof html === 'string')) {
            const html = (tails.get(this) ?? '') + args.join('') + newline;
            // The first `<` that opens a tag after the last `>`.
            const last = html.lastIndexOf('>') + 1;
            const found = html.slice(last).search(/<([a-z]|$)/i);
            const open = found < 0 ? html.length : last + found;
            tail = html.slice(open);
            args = [html.slice(0, open)];
            call = nativeWrite as typeof original;
          } else flush(this);
          tails.delete(this);
        }
        const parent = this.parentNode;
        // Pre-cleared: strings in which no URL can match (see `clear` and UNCLEAR_HTML) are
        // neither rewritten nor checked once parsed; what they produced is only marked, so the
        // observer skips its check too (the gates still see it).
        const plain = args.every((html) => typeof html === 'string' && !UNCLEAR_HTML.test(html) && clear?.(html));
        const result = call.apply(
          this,
          plain
            ? args
            : args.map((html) =>
                typeof html === 'string'
                  ? rewriteTrackerHtml(
                      scripts ? rewriteRulesHtml(html, (rules, unfinished) => rulesCategory(rules, unfinished) ?? (unfinished ? unjudged() : undefined)) : html,
                      blockedCategory,
                      scripts,
                    )
                  : html,
              ),
        );
        // What was parsed: inside the element (innerHTML, setHTMLUnsafe: its children are all
        // new), or beside it (outerHTML, insertAdjacentHTML: among nodes no one checked now).
        const inside = args.length < 2 && this.parentNode === parent;
        // Only the new nodes of a pre-cleared string are marked (its children, not the element
        // itself, nor old siblings): they may have come by a path no patch covers, and the
        // observer must check them. Unmarking an element marked earlier costs only a check.
        if (!scripts) {
          if (!plain) check(inside ? this : (parent ?? this), true);
          else if (inside) {
            mark(this);
            recent.delete(this);
          }
        }
        if (tail) {
          tails.set(this, tail);
          queueMicrotask(() => flush(this));
        }
        inserted();
        return result;
      };
  const sink = rewriting(false);
  for (const target of [element, win.ShadowRoot?.prototype]) {
    for (const key of ['innerHTML', 'outerHTML']) restores.push(target && patchProperty(target, key, ({ set }) => set && { set: sink(set) }));
    patch(target, ['setHTMLUnsafe'], sink);
  }
  patch(element, ['insertAdjacentHTML'], sink);
  // Patched wherever the engine defines them (Document.prototype in browsers).
  patch(win.document, ['write'], rewriting(true));
  patch(win.document, ['writeln'], rewriting(true, '\n'));
  patch(
    win.document,
    ['close'],
    (original) =>
      function (this: Document) {
        flush(this);
        return original.call(this);
      },
  );

  return {
    check(root) {
      if (recent.has(root)) return false;
      check(root);
      return true;
    },
    release() {
      // Deleting the current entry while iterating a Map is safe; the order is the holding order.
      for (const [el, entries] of held) {
        for (const [name, [value, category, ns, qualified]] of entries) {
          if (!isGranted(category)) continue;
          entries.delete(name);
          if (ns) setAttributeNS.call(el, ns, qualified, value);
          else setAttribute.call(el, qualified, value);
          // A speculation-rules script gets its type back; a child inserted makes the browser
          // prepare it (HTML "prepare the script element": a script with no known type is not
          // marked started, nor parser-inserted any more), as it would have on insertion.
          if (qualified === 'type') appendChild.call(el, el.ownerDocument.createTextNode(''));
          if (el.localName === 'iframe') markBlocked(el, [category], value, false);
        }
        if (!entries.size) held.delete(el);
      }
    },
    held: () => [...held.keys()],
    stop() {
      for (const restore of restores.splice(0).reverse()) restore?.();
    },
  };
}
