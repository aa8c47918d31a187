import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installAutoBlocker } from './auto-blocker';
import type { AutoBlocker } from './auto-blocker';
import { BLOCKED_ATTRIBUTE } from './gated-element';
import { TRACKER_HOSTS } from './tracker-hosts';
import { createUrlMatcher } from './url-rules';

const TRACKER = 'https://t.example/';
/** Captured before any blocker is installed: a way to set a URL that no patch sees. */
const { setAttribute: nativeSetAttribute, setAttributeNS: nativeSetAttributeNS } = Element.prototype;
/** The same for an insertion (as `Range.surroundContents` or `execCommand` are: paths no patch covers). */
const { appendChild: nativeAppendChild } = Node.prototype;

describe('installAutoBlocker', () => {
  let granted: Set<string>;
  let blocker: AutoBlocker;
  let exempt: WeakSet<Element>;
  beforeEach(() => {
    (window as unknown as { happyDOM: { settings: Record<string, boolean> } }).happyDOM.settings.disableJavaScriptFileLoading = true;
    (window as unknown as { happyDOM: { settings: Record<string, boolean> } }).happyDOM.settings.disableIframePageLoading = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    granted = new Set();
    exempt = new WeakSet();
    const blocked = (url: string) => (url.startsWith(TRACKER) && !granted.has('analytics') ? 'analytics' : undefined);
    blocker = installAutoBlocker(window as Window & typeof globalThis, blocked, (c) => granted.has(c), exempt);
  });
  afterEach(() => {
    blocker.stop();
    document.body.innerHTML = '';
  });

  /**
   * `document.write` stubbed where the document inherits it (what it was called with is kept), and
   * the blocker installed again on top of the stub, judging every tracker URL `analytics`.
   */
  const stubWrite = (impl: (...text: string[]) => void = () => {}) => {
    let owner: object = document;
    while (!Object.prototype.hasOwnProperty.call(owner, 'write')) owner = Object.getPrototypeOf(owner);
    const write = vi.spyOn(owner as Document, 'write').mockImplementation(impl);
    // Stubbed before the blocker wraps it, as `write` is: the blocker writes what it held back on close().
    const close = vi.spyOn(owner as Document, 'close').mockImplementation(() => {});
    blocker.stop();
    blocker = installAutoBlocker(
      window as Window & typeof globalThis,
      (u) => (u.startsWith(TRACKER) ? 'analytics' : undefined),
      () => false,
      exempt,
    );
    return { write, close };
  };

  it('holds a tracker src set by property or setAttribute, reads it back, and releases it in order on grant', () => {
    const pixel = new Image();
    pixel.src = `${TRACKER}pixel`;
    const script = document.createElement('script');
    script.setAttribute('SRC', `${TRACKER}tag.js`);
    const own = document.createElement('img');
    own.src = '/logo.png';
    expect(pixel.getAttribute('src')).toBeNull();
    expect(pixel.src).toBe(`${TRACKER}pixel`);
    expect(script.getAttribute('src')).toBeNull();
    expect(own.getAttribute('src')).toBe('/logo.png');
    expect(blocker.held()).toEqual([pixel, script]);
    granted.add('analytics');
    blocker.release();
    expect(pixel.getAttribute('src')).toBe(`${TRACKER}pixel`);
    expect(script.getAttribute('src')).toBe(`${TRACKER}tag.js`);
    expect(blocker.held()).toEqual([]);
  });

  it('strips a tracker src already present when the element is inserted, by any insertion API', () => {
    const make = (tag: string) => {
      const template = document.createElement('template');
      template.innerHTML = `<${tag} src="${TRACKER}${tag}"></${tag}>`;
      return template.content.firstElementChild!;
    };
    const host = document.createElement('div');
    document.body.append(host);
    const inserted = [
      host.appendChild(make('script')),
      (() => {
        const el = make('iframe');
        host.insertBefore(el, null);
        return el;
      })(),
      (() => {
        const el = make('img');
        host.append(el);
        return el;
      })(),
      (() => {
        const el = make('script');
        host.prepend(el);
        return el;
      })(),
      (() => {
        const el = make('script');
        host.firstElementChild!.after(el);
        return el;
      })(),
      (() => {
        const el = make('img');
        host.insertAdjacentElement('beforeend', el);
        return el;
      })(),
      (() => {
        const wrapper = document.createElement('div');
        wrapper.append(make('script'));
        host.append(wrapper);
        return wrapper.firstElementChild!;
      })(),
    ];
    for (const el of inserted) expect(el.getAttribute('src')).toBeNull();
    expect(blocker.held()).toHaveLength(inserted.length);
    expect(inserted[1]!.getAttribute(BLOCKED_ATTRIBUTE)).toBe('analytics');
  });

  it('rewrites tracker images and iframes in innerHTML / insertAdjacentHTML, and scripts in document.write', () => {
    document.body.innerHTML = `<img src="${TRACKER}a"><img src="/own.png">`;
    expect(document.body.innerHTML).toBe(`<img data-category="analytics" data-src="${TRACKER}a"><img src="/own.png">`);
    document.body.insertAdjacentHTML('beforeend', `<iframe src="${TRACKER}f"></iframe>`);
    expect(document.querySelector('iframe')!.getAttribute('data-src')).toBe(`${TRACKER}f`);
    const { write } = stubWrite();
    document.write(`<script src="${TRACKER}w.js"></script>`);
    expect(write).toHaveBeenCalledWith(`<script type="text/plain" data-category="analytics" src="${TRACKER}w.js"></script>`);
  });

  it('judges a tag written across two document.write calls (or arguments) whole, and writes what it held back by close() or the next microtask', async () => {
    const written: string[] = [];
    const { write, close } = stubWrite((...text: string[]) => void written.push(text.join('')));
    const gated = `<script type="text/plain" data-category="analytics" src="${TRACKER}w.js"></script>`;
    document.write('<p>a</p><scr');
    document.write(`ipt src="${TRACKER}w.js"></script>`);
    document.write('<', 'script src="', TRACKER, 'w.js"></script>');
    expect(written.join('')).toBe(`<p>a</p>${gated}${gated}`);
    // An unfinished tag is written as it is before close(), or at the next microtask; text with a `<` that opens no tag is not held.
    written.length = 0;
    document.write('1 < 2 <img alt="x"');
    expect(written).toEqual(['1 < 2 ']);
    document.close();
    expect(written).toEqual(['1 < 2 ', '<img alt="x"']);
    document.write('<ifr');
    await Promise.resolve();
    expect(written.at(-1)).toBe('<ifr');
    write.mockRestore();
    close.mockRestore();
  });

  it('holds a tracker <link> or <object> parsed from an HTML string in the page, and releases it on grant', () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = `<link rel="preload" as="image" href="${TRACKER}l"><link rel="stylesheet" href="/own.css">`;
    host.insertAdjacentHTML('beforeend', `<link rel="preload" as="image" imagesrcset="${TRACKER}m 1x"><object data="${TRACKER}o"></object>`);
    const [tracker, own, listed] = host.querySelectorAll('link');
    const object = host.querySelector('object')!;
    expect(object.hasAttribute('data')).toBe(false);
    expect(object.data).toBe(`${TRACKER}o`);
    expect(tracker!.hasAttribute('href')).toBe(false);
    expect(tracker!.hasAttribute('data-consentkit-href')).toBe(false);
    expect((tracker as HTMLLinkElement).href).toBe(`${TRACKER}l`);
    expect(own!.getAttribute('href')).toBe('/own.css');
    expect(listed!.hasAttribute('imagesrcset')).toBe(false);
    granted.add('analytics');
    blocker.release();
    expect(tracker!.getAttribute('href')).toBe(`${TRACKER}l`);
    expect(listed!.getAttribute('imagesrcset')).toBe(`${TRACKER}m 1x`);
    expect(object.getAttribute('data')).toBe(`${TRACKER}o`);
  });

  it("checks the fragment XSLTProcessor.transformToFragment builds in the page's document before it is returned", () => {
    // happy-dom has no XSLT: a stand-in whose result holds a tracker <img>, set natively.
    const xslt = window as unknown as { XSLTProcessor?: unknown };
    xslt.XSLTProcessor = class {
      transformToFragment(_source: Node, doc: Document) {
        const fragment = doc.createDocumentFragment();
        const img = doc.createElement('img');
        nativeSetAttribute.call(img, 'src', `${TRACKER}xslt`);
        nativeAppendChild.call(fragment, img);
        return fragment;
      }
    };
    blocker.stop();
    blocker = installAutoBlocker(
      window as Window & typeof globalThis,
      (u) => (u.startsWith(TRACKER) ? 'analytics' : undefined),
      () => false,
      exempt,
    );
    const processor = new (xslt.XSLTProcessor as new () => { transformToFragment(source: Node, doc: Document): DocumentFragment })();
    const img = processor.transformToFragment(document, document).firstChild as HTMLImageElement;
    expect(img.hasAttribute('src')).toBe(false);
    expect(img.src).toBe(`${TRACKER}xslt`);
    delete xslt.XSLTProcessor;
  });

  // happy-dom's surroundContents goes through insertNode; Chromium's does not (the browser probe in
  // tests/e2e/leak-probes-more.spec.ts shows the frame it inserts unguarded without the patch).
  it('checks the node Range.surroundContents inserts, and says a frame may have arrived', () => {
    let inserted = 0;
    blocker.stop();
    blocker = installAutoBlocker(
      window as Window & typeof globalThis,
      (u) => (u.startsWith(TRACKER) ? 'analytics' : undefined),
      () => false,
      exempt,
      () => inserted++,
    );
    const span = document.body.appendChild(document.createElement('span'));
    const range = document.createRange();
    range.selectNodeContents(span);
    const frame = document.createElement('iframe');
    nativeSetAttribute.call(frame, 'src', `${TRACKER}f`);
    const before = inserted;
    range.surroundContents(frame);
    expect(frame.isConnected).toBe(true);
    expect(frame.hasAttribute('src')).toBe(false);
    expect(inserted).toBeGreaterThan(before);
  });

  it('leaves exempt elements, markup scripts and granted categories alone', () => {
    const mine = document.createElement('script');
    exempt.add(mine);
    mine.src = `${TRACKER}mine.js`;
    expect(mine.getAttribute('src')).toBe(`${TRACKER}mine.js`);
    const plain = document.createElement('div');
    plain.innerHTML = `<script type="text/plain" data-category="analytics" src="${TRACKER}x.js"></script><script type="text/plain; charset=utf-8" data-category="analytics" src="${TRACKER}y.js"></script>`;
    document.body.append(plain);
    expect(plain.firstElementChild!.getAttribute('src')).toBe(`${TRACKER}x.js`);
    expect(plain.lastElementChild!.getAttribute('src')).toBe(`${TRACKER}y.js`);
    granted.add('analytics');
    const later = new Image();
    later.src = `${TRACKER}later`;
    expect(later.getAttribute('src')).toBe(`${TRACKER}later`);
    expect(blocker.held()).toEqual([]);
  });

  it('forgets a held URL when the page sets a non-tracker one, and restores every API on stop', () => {
    const img = new Image();
    img.src = `${TRACKER}p`;
    img.src = '/own.png';
    expect(blocker.held()).toEqual([]);
    const append = Element.prototype.append;
    blocker.stop();
    expect(Element.prototype.append).not.toBe(append);
    const after = new Image();
    after.src = `${TRACKER}p`;
    expect(after.getAttribute('src')).toBe(`${TRACKER}p`);
    blocker = installAutoBlocker(
      window as Window & typeof globalThis,
      () => undefined,
      () => true,
      exempt,
    );
  });
  it('holds a tracker URL set through an SVG href animated string (image.href.baseVal), reads it back, sets it on grant', () => {
    const SVG = 'http://www.w3.org/2000/svg';
    const elements = ['image', 'use', 'feImage', 'script'].map((tag) => document.createElementNS(SVG, tag) as SVGElement & SVGURIReference);
    const svg = document.createElementNS(SVG, 'svg');
    document.body.append(svg);
    for (const el of elements) {
      svg.append(el);
      el.href.baseVal = `${TRACKER}${el.localName}`;
      expect(el.getAttribute('href'), el.localName).toBeNull();
      expect(el.href.baseVal).toBe(`${TRACKER}${el.localName}`);
    }
    // A first-party URL is set as it is.
    const own = document.createElementNS(SVG, 'image') as SVGImageElement;
    own.href.baseVal = '/own.png';
    expect(own.getAttribute('href')).toBe('/own.png');
    expect(blocker.held()).toEqual(elements);
    granted.add('analytics');
    blocker.release();
    expect(elements.map((el) => el.getAttribute('href'))).toEqual(elements.map((el) => `${TRACKER}${el.localName}`));
  });

  describe('speculation rules (a prefetch or prerender is a navigation request: no fetch directive covers it)', () => {
    const rules = (json: unknown, type = 'speculationrules') => {
      const script = document.createElement('script');
      script.setAttribute('type', type);
      script.textContent = typeof json === 'string' ? json : JSON.stringify(json);
      return script;
    };
    const list = (url: string) => ({ prefetch: [{ source: 'list', urls: ['/own', url] }] });
    const documentRule = (where: unknown) => ({ prerender: [{ source: 'document', where }] });

    it('holds a script whose list rule names a tracker URL, by insertion, innerHTML and the parser (observer); its type comes back on release', () => {
      const host = document.createElement('div');
      document.body.append(host);
      const inserted = rules(list(`${TRACKER}p`), ' SpeculationRules ');
      host.append(inserted);
      host.insertAdjacentHTML('beforeend', `<script type="speculationrules">${JSON.stringify(list(`${TRACKER}q`))}</script>`);
      const sunk = host.lastElementChild!;
      const parsed = rules(list(`${TRACKER}r`));
      nativeAppendChild.call(host, parsed); // as the parser inserts it: the observer checks it
      blocker.check(parsed);
      for (const script of [inserted, sunk, parsed]) expect(script.getAttribute('type')).not.toMatch(/^\s*speculationrules\s*$/i);
      expect(blocker.held()).toEqual([inserted, sunk, parsed]);
      granted.add('analytics');
      blocker.release();
      expect(blocker.held()).toEqual([]);
      expect([inserted, sunk, parsed].map((script) => script.getAttribute('type'))).toEqual([' SpeculationRules ', 'speculationrules', 'speculationrules']);
      // A child inserted, so that the browser prepares the script with its rules unchanged.
      expect(inserted.childNodes).toHaveLength(2);
      expect(JSON.parse(inserted.textContent!)).toEqual(list(`${TRACKER}p`));
    });

    it('holds rules given to a speculation-rules script already in the page (textContent, text), before they are set', () => {
      const scripts = [0, 1].map(() => rules(''));
      document.body.append(...scripts);
      expect(blocker.held()).toEqual([]);
      scripts[0]!.textContent = JSON.stringify(list(`${TRACKER}t`));
      (scripts[1] as HTMLScriptElement).text = JSON.stringify(list(`${TRACKER}u`));
      expect(scripts.map((script) => script.getAttribute('type'))).not.toContain('speculationrules');
      expect(blocker.held()).toEqual(scripts);
      expect(JSON.parse(scripts[1]!.textContent!)).toEqual(list(`${TRACKER}u`));
      granted.add('analytics');
      blocker.release();
      expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['speculationrules', 'speculationrules']);
    });

    it('rewrites written rules that name a tracker URL into script-gate markup (document.write prepares a script before any check)', () => {
      const written: string[] = [];
      const { write } = stubWrite((...text: string[]) => void written.push(text.join('')));
      const json = JSON.stringify(list(`${TRACKER}w`));
      document.write(`<script type="speculationrules">${json}</script>`);
      expect(written).toEqual([`<script type="text/plain" data-category="analytics" data-type="speculationrules">${json}</script>`]);
      write.mockRestore();
    });

    it('holds a document rule that can select a tracker link, fails closed on a pattern or condition it cannot judge, and leaves first-party rules and invalid JSON alone', () => {
      blocker.stop();
      const matcher = createUrlMatcher({ 't.example': 'analytics' }, {});
      blocker = installAutoBlocker(
        window as Window & typeof globalThis,
        (url) => (granted.has(matcher(url)!) ? undefined : matcher(url)),
        (c) => granted.has(c),
        exempt,
        undefined,
        matcher.clear,
      );
      const judged = (json: unknown) => {
        const script = rules(json);
        document.body.append(script);
        return script.getAttribute('type') === 'speculationrules' ? 'left' : 'held';
      };
      const wordpress = { and: [{ href_matches: '/*' }, { not: { href_matches: ['/wp-*.php', '/wp-admin/*'] } }] };
      expect(judged(documentRule(wordpress))).toBe('left');
      expect(judged(list('https://cdn.example/page'))).toBe('left');
      expect(judged(documentRule({ href_matches: 'https://cdn.example/*' }))).toBe('left');
      expect(judged('{"prefetch": [{"source": "list", "urls": ["https://t.example/x"]')).toBe('left'); // not JSON: the browser ignores it
      expect(judged(list('https://t.example/x'))).toBe('held');
      expect(judged(documentRule({ href_matches: 'https://t.example/*' }))).toBe('held');
      expect(judged(documentRule({ or: [{ href_matches: '/*' }, { href_matches: ['https://t.example/:path'] }] }))).toBe('held');
      // Patterns and conditions no literal URL says anything about: held (a wildcard host, an object, a selector, a negation, every link).
      expect(judged(documentRule({ href_matches: 'https://*.example/*' }))).toBe('held');
      expect(judged(documentRule({ href_matches: { hostname: 't.example' } }))).toBe('held');
      expect(judged(documentRule({ selector_matches: '.next' }))).toBe('held');
      expect(judged(documentRule({ not: { href_matches: '/*' } }))).toBe('held');
      expect(judged({ prefetch: [{ source: 'document' }] })).toBe('held');
      // Once what it names is granted, nothing is held.
      granted.add('analytics').add('targeting');
      expect(judged(list('https://t.example/x'))).toBe('left');
      expect(judged(documentRule({ selector_matches: '.next' }))).toBe('left');
    });
  });
});

describe('installAutoBlocker: the cheap paths still hold every tracker (real URL matcher)', () => {
  const GA = 'https://www.google-analytics.com';
  const XLINK = 'http://www.w3.org/1999/xlink';
  let granted: boolean;
  let blocker: AutoBlocker;
  let inserted: ReturnType<typeof vi.fn<() => void>>;
  beforeEach(() => {
    const happy = (window as unknown as { happyDOM: { settings: Record<string, boolean> } }).happyDOM.settings;
    happy.disableJavaScriptFileLoading = happy.disableIframePageLoading = happy.disableCSSFileLoading = true;
    granted = false;
    inserted = vi.fn<() => void>();
    const match = createUrlMatcher({}, TRACKER_HOSTS);
    blocker = installAutoBlocker(
      window as Window & typeof globalThis,
      (url) => (granted ? undefined : match(url)),
      () => granted,
      new WeakSet(),
      inserted,
    );
  });
  afterEach(() => {
    blocker.stop();
    document.body.innerHTML = '';
  });
  /** Markup parsed without the insertion checks (a template's content is inert). */
  const parse = (html: string) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  };

  it('judges a src whole: a newline inside a tracker URL (removed by the URL parser) does not split it into harmless parts', () => {
    const url = `https://www.google-analy\ntics.com/collect?v=2`;
    const pixel = new Image();
    pixel.src = url;
    const script = document.createElement('script');
    script.setAttribute('src', url);
    expect(pixel.getAttribute('src')).toBeNull();
    expect(script.getAttribute('src')).toBeNull();
    expect(blocker.held()).toEqual([pixel, script]);
  });

  it('checks the whole subtree of an inserted element: a div holding a script, an SVG script, a srcset; first-party URLs stay', () => {
    const tree = parse(
      `<div><section><p><script src="${GA}/analytics.js"></script></p></section>` +
        `<picture><source srcset="/own.png 1x, ${GA}/2x.png 2x"></picture>` +
        `<img src="/logo.png" alt=""><script src="/app.js"></script><a href="${GA}/">a link is no request</a><form action="/search"></form>` +
        `<svg><script xlink:href="${GA}/svg.js"></script></svg></div>`,
    ).firstElementChild!;
    document.body.appendChild(tree);
    const [nested, , svg] = tree.querySelectorAll('script');
    expect(nested!.getAttribute('src')).toBeNull();
    expect(svg!.getAttributeNS(XLINK, 'href')).toBeNull();
    expect(tree.querySelector('source')!.getAttribute('srcset')).toBeNull();
    expect(tree.querySelector('img')!.getAttribute('src')).toBe('/logo.png');
    expect(tree.querySelector('script[src]')!.getAttribute('src')).toBe('/app.js');
    expect(tree.querySelector('a')!.getAttribute('href')).toBe(`${GA}/`);
    expect(tree.querySelector('form')!.getAttribute('action')).toBe('/search');
    expect(blocker.held()).toHaveLength(3);
    granted = true;
    blocker.release();
    expect(nested!.getAttribute('src')).toBe(`${GA}/analytics.js`);
    expect(svg!.getAttributeNS(XLINK, 'href')).toBe(`${GA}/svg.js`);
    expect(tree.querySelector('source')!.getAttribute('srcset')).toBe(`/own.png 1x, ${GA}/2x.png 2x`);
  });

  it("checks a template's content when it is imported, and a fragment's when it is inserted", () => {
    const imported = document.importNode(parse(`<div><script src="${GA}/imported.js"></script></div>`), true);
    expect(imported.querySelector('script')!.getAttribute('src')).toBeNull();
    const fragment = parse(`<span><iframe src="${GA}/frame.html"></iframe></span>`);
    const iframe = fragment.querySelector('iframe')!;
    document.body.appendChild(fragment);
    expect(iframe.getAttribute('src')).toBeNull();
    expect(blocker.held()).toHaveLength(2);
  });

  it('tells the page (frame guard) about an insertion that may carry a frame, and not about a leaf, an image or text', () => {
    const div = document.createElement('div');
    div.textContent = 'row';
    document.body.appendChild(div);
    document.body.appendChild(document.createTextNode('text'));
    document.body.appendChild(new Image());
    document.body.insertBefore(document.createElement('script'), null);
    expect(inserted).not.toHaveBeenCalled();
    for (const tag of ['frame', 'object', 'embed']) document.body.appendChild(document.createElement(tag));
    expect(inserted).toHaveBeenCalledTimes(3);
    inserted.mockClear();
    document.body.appendChild(document.createElement('iframe'));
    expect(inserted).toHaveBeenCalled();
    // A fragment is empty once inserted: what it held may still be a frame.
    const fragment = parse('<p><iframe></iframe></p>');
    inserted.mockClear();
    document.body.appendChild(fragment);
    expect(inserted).toHaveBeenCalled();
  });

  it('holds a tracker nested in an inserted element, by appendChild, append and innerHTML', () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    // Built without the checks (a template's content), then inserted: a div holding a script.
    const tree = parse(`<div><p>text</p><script src="${GA}/nested.js"></script></div>`).firstElementChild!;
    host.appendChild(tree);
    expect(tree.querySelector('script')!.getAttribute('src')).toBeNull();
    const deeper = parse(`<section><div><div><img src="${GA}/collect?v=2" alt=""></div></div></section>`).firstElementChild!;
    host.append(deeper);
    expect(deeper.querySelector('img')!.getAttribute('src')).toBeNull();
    // innerHTML scripts never run, and are not rewritten: the check after parsing holds them.
    host.innerHTML = `<div><span><script src="${GA}/inner.js"></script></span><video poster="${GA}/poster.png"></video></div>`;
    expect(host.querySelector('script')!.getAttribute('src')).toBeNull();
    expect(host.querySelector('video')!.getAttribute('poster')).toBeNull();
    expect(blocker.held()).toHaveLength(4);
  });

  it("holds an SVG script's xlink:href whatever its prefix (as a document parsed as XML may have it)", () => {
    const script = document.createElementNS('http://www.w3.org/2000/svg', 'script');
    nativeSetAttributeNS.call(script, XLINK, 'l:href', `${GA}/svg.js`);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.append(script);
    document.body.appendChild(svg);
    expect(script.getAttributeNS(XLINK, 'href')).toBeNull();
    expect(blocker.held()).toEqual([script]);
  });

  it('holds a URL set after the insertion, whatever the observer is told', () => {
    const img = new Image();
    img.alt = '';
    document.body.appendChild(img);
    img.src = `${GA}/collect`;
    expect(img.getAttribute('src')).toBeNull();
    const script = document.createElement('script');
    document.body.append(script);
    script.setAttribute('src', `${GA}/analytics.js`);
    expect(script.getAttribute('src')).toBeNull();
    const attr = document.createAttribute('srcset');
    attr.value = `${GA}/1x.png 1x`;
    const source = document.createElement('source');
    document.body.append(source);
    source.attributes.setNamedItem(attr);
    expect(source.getAttribute('srcset')).toBeNull();
    // The page observer reports them next; the check it runs still finds nothing to load.
    for (const el of [img, script, source]) blocker.check(el);
    expect(blocker.held()).toEqual([img, script, source]);
  });

  it('finds every loader of a subtree before it checks one: a listener that moves the next one away cannot hide it', () => {
    // Checking the iframe tells its `consentkit:blocked` listeners; this one moves the image
    // out of the tree being checked, by a path no patch covers. A walk that checked as it
    // went would not reach the image, and a detached image still loads.
    const tree = parse(`<div><iframe src="${GA}/frame.html"></iframe><p><span></span></p><img src="${GA}/collect"></div>`).firstElementChild!;
    const img = tree.querySelector('img')!;
    const away = document.createElement('div');
    tree.querySelector('iframe')!.addEventListener('consentkit:blocked', () => nativeAppendChild.call(away, img));
    document.body.appendChild(tree);
    expect(img.parentNode).not.toBe(tree);
    expect(img.getAttribute('src')).toBeNull();
    expect(tree.querySelector('iframe')!.getAttribute('src')).toBeNull();
  });

  it('checks what a patched path did not insert, and forgets its marks after the observer has run', async () => {
    // A tree that arrived by a path no patch covers (the parser, execCommand): the observer's check holds it.
    const tree = parse(`<div><iframe src="${GA}/frame.html"></iframe></div>`).firstElementChild!;
    blocker.check(tree);
    expect(tree.querySelector('iframe')!.getAttribute('src')).toBeNull();
    // An element the insertion patch checked is skipped by the observer's check in the same
    // checkpoint only: a later report (a new insertion) checks it again.
    const img = new Image();
    document.body.appendChild(img);
    nativeSetAttribute.call(img, 'src', `${GA}/later`); // a setter no patch covers
    await new Promise((resolve) => setTimeout(resolve));
    blocker.check(img);
    expect(img.getAttribute('src')).toBeNull();
  });
});
