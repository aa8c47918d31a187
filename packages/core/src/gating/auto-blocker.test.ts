import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installAutoBlocker } from './auto-blocker';
import type { AutoBlocker } from './auto-blocker';
import { BLOCKED_ATTRIBUTE } from './gated-element';

const TRACKER = 'https://t.example/';

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
    let owner: object = document;
    while (!Object.prototype.hasOwnProperty.call(owner, 'write')) owner = Object.getPrototypeOf(owner);
    const write = vi.spyOn(owner as Document, 'write').mockImplementation(() => {});
    blocker.stop();
    blocker = installAutoBlocker(
      window as Window & typeof globalThis,
      (u) => (u.startsWith(TRACKER) ? 'analytics' : undefined),
      () => false,
      exempt,
    );
    document.write(`<script src="${TRACKER}w.js"></script>`);
    expect(write).toHaveBeenCalledWith(`<script type="text/plain" data-category="analytics" src="${TRACKER}w.js"></script>`);
  });

  it('leaves exempt elements, markup scripts and granted categories alone', () => {
    const mine = document.createElement('script');
    exempt.add(mine);
    mine.src = `${TRACKER}mine.js`;
    expect(mine.getAttribute('src')).toBe(`${TRACKER}mine.js`);
    const plain = document.createElement('div');
    plain.innerHTML = `<script type="text/plain" data-category="analytics" src="${TRACKER}x.js"></script>`;
    document.body.append(plain);
    expect(plain.firstElementChild!.getAttribute('src')).toBe(`${TRACKER}x.js`);
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
});
