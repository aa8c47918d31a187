import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installAutoBlocker } from './auto-blocker';
import type { AutoBlocker } from './auto-blocker';
import { URL_ATTRIBUTES, localNameOf, urlsOf } from './url-attributes';

const TRACKER = 'https://t.example/p';
const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';

/** An element of the table (SVG's camel-case `feImage` exists only in the SVG namespace). */
const create = (tag: string) => (/[A-Z]/.test(tag) ? document.createElementNS(SVG, tag) : document.createElement(tag));

/** Every way of setting an attribute value, as `(element, name, value)`. */
const PATHS: Record<string, (el: Element, name: string, value: string) => void> = {
  setAttribute: (el, name, value) => el.setAttribute(name, value),
  setAttributeNS: (el, name, value) => el.setAttributeNS(null, name, value),
  setAttributeNode: (el, name, value) => {
    const attr = document.createAttribute(name);
    attr.value = value;
    el.setAttributeNode(attr);
  },
  'Attr.value': (el, name, value) => {
    el.setAttribute(name, '/own');
    el.getAttributeNode(name)!.value = value;
  },
  'attributes.setNamedItem': (el, name, value) => {
    const attr = document.createAttribute(name);
    attr.value = value;
    el.attributes.setNamedItem(attr);
  },
};

describe('URL_ATTRIBUTES: every setter path holds every row of the table', () => {
  let blocker: AutoBlocker;
  let granted = false;
  beforeEach(() => {
    const happy = (window as unknown as { happyDOM: { settings: Record<string, boolean> } }).happyDOM.settings;
    happy.disableJavaScriptFileLoading = happy.disableIframePageLoading = happy.disableCSSFileLoading = true;
    granted = false;
    blocker = installAutoBlocker(
      window as Window & typeof globalThis,
      (url) => (!granted && url.startsWith('https://t.example/') ? 'analytics' : undefined),
      () => granted,
      new WeakSet(),
    );
  });
  afterEach(() => {
    blocker.stop();
    document.body.innerHTML = '';
  });

  const rows = Object.entries(URL_ATTRIBUTES).flatMap(([tag, names]) => names.map((name) => [tag, name] as const));
  it('has a row per URL-bearing attribute (the table is what every path reads)', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
  });

  for (const [tag, name] of rows) {
    // A list (`srcset`, `imagesrcset`) names a first-party candidate first: each candidate is judged, not the value whole.
    const value = name === 'srcdoc' ? `<img src="${TRACKER}">` : /srcset$/i.test(name) ? `/a.png 1x, ${TRACKER} 2x` : TRACKER;
    for (const [path, apply] of Object.entries(PATHS)) {
      it(`<${tag} ${name}> via ${path}: held, then set on grant`, () => {
        const el = create(tag);
        apply(el, name, value);
        expect(el.getAttribute(name)).not.toBe(value);
        expect(blocker.held()).toHaveLength(1); // (happy-dom proxies <form>: compared by count)
        granted = true;
        blocker.release();
        expect(el.getAttribute(name)).toBe(value);
      });
    }
    it(`<${tag} ${name}> via its property (where the element has one), and on insertion`, () => {
      const el = create(tag);
      if (name in el && typeof (el as unknown as Record<string, unknown>)[name] === 'string') {
        (el as unknown as Record<string, string>)[name] = value;
        expect(el.getAttribute(name)).toBeNull();
        expect((el as unknown as Record<string, string>)[name]).toBe(value);
      }
      // Parsed in an inert template (nothing loads there), then inserted: stripped on insertion.
      const template = document.createElement('template');
      template.content.append(el);
      blocker.stop();
      el.setAttribute(name, value);
      blocker = installAutoBlocker(
        window as Window & typeof globalThis,
        (url) => (!granted && url.startsWith('https://t.example/') ? 'analytics' : undefined),
        () => granted,
        new WeakSet(),
      );
      document.body.append(template.content);
      expect(el.getAttribute(name)).toBeNull();
      expect(blocker.held()).toHaveLength(1); // (happy-dom proxies <form>: compared by count)
    });
  }

  it('SVG script and image: xlink:href by setAttributeNS is held and restored in its namespace', () => {
    for (const tag of ['script', 'image']) {
      const el = document.createElementNS(SVG, tag);
      el.setAttributeNS(XLINK, 'xlink:href', TRACKER);
      expect(el.getAttributeNS(XLINK, 'href')).toBeNull();
      granted = true;
      blocker.release();
      expect(el.getAttributeNS(XLINK, 'href')).toBe(TRACKER);
      granted = false;
    }
  });

  it('reads URL lists: srcset candidates, ping lists, absolute URLs in srcdoc; names without their prefix', () => {
    expect(urlsOf('srcset', ' /a.png 1x, https://t.example/b 2x')).toEqual(['/a.png', '1x', 'https://t.example/b', '2x']);
    expect(urlsOf('ping', '/p https://t.example/q')).toEqual(['/p', 'https://t.example/q']);
    expect(urlsOf('srcdoc', '<img src="https://t.example/x?a=1"><script src=//t.example/y></script>')).toEqual(['https://t.example/x?a=1', '//t.example/y']);
    expect(localNameOf('XLINK:HREF')).toBe('href');
  });

  it("finds a srcdoc's URLs however its parser or the URL parser will read them", () => {
    const found = (srcdoc: string) => urlsOf('srcdoc', srcdoc);
    expect(found('<img src="https:&#47;&#x2F;t.example&period;x/p">')).toEqual(['https://t.example.x/p']);
    expect(found('<img src="https&colon;&sol;/t.example/p">')).toEqual(['https://t.example/p']);
    expect(found('<img src="https:&#47&#47t.example/p">')).toEqual(['https://t.example/p']);
    // A srcdoc inside the srcdoc is decoded once more by its own parser.
    expect(found('<iframe srcdoc="&lt;img src=&quot;https:&amp;#47;&amp;#47;t.example/p&quot;&gt;"></iframe>')).toEqual(['https://t.example/p&quot;&gt;']);
    expect(found('<img src="https://t.ex\tam&NewLine;ple/p">')).toEqual(['https://t.example/p']);
    expect(found('<img src="https:\\\\t.example/p">')).toEqual(['https:\\\\t.example/p']);
    // Not a reference: left as it is.
    expect(found('<a href="/x?a=1&b=2">&unknown; https://own.example/&#xzz;</a>')).toEqual(['https://own.example/&#xzz;']);
    // Nor is a name of an Object.prototype member.
    expect(found('<img src="//t.example/&toString;&constructor;&__proto__;">')).toEqual(['//t.example/&toString;&constructor;&__proto__;']);
  });

  it('has no row for a tag named like an Object.prototype member: gating such an element neither throws nor holds', () => {
    for (const tag of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      expect(URL_ATTRIBUTES[tag], tag).toBeUndefined();
      const el = document.createElement(tag);
      el.setAttribute('title', 'x');
      el.setAttributeNS(null, 'src', TRACKER);
      el.attributes.setNamedItem(document.createAttribute('lang'));
      const template = document.createElement('template');
      template.innerHTML = `<${tag} src="${TRACKER}"></${tag}>`;
      document.body.append(el, template.content);
      document.body.insertAdjacentHTML('beforeend', `<${tag} src="${TRACKER}"></${tag}>`);
      expect(el.getAttribute('title')).toBe('x');
      expect(el.getAttribute('src')).toBe(TRACKER);
    }
    expect(blocker.held()).toEqual([]);
  });
});
