import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { createConsentManager } from '../consent/consent-manager';
import { enableGating } from './enable-gating';
import type { GatingHandle } from './enable-gating';
import type { ConsentManager } from '../types';

describe('enableGating', () => {
  let manager: ConsentManager;
  let handle: GatingHandle | undefined;
  beforeEach(() => {
    (window as unknown as { happyDOM: { settings: Record<string, boolean> } }).happyDOM.settings.disableJavaScriptFileLoading = true;
    manager = createConsentManager({ policyVersion: 'p1', region: 'FR' });
  });
  afterEach(() => {
    handle?.stop();
    handle = undefined;
    document.body.innerHTML = '';
    for (const pair of document.cookie.split('; ')) if (pair) document.cookie = `${pair.split('=')[0]}=; max-age=0; path=/`;
  });

  it('refuses something that is not a manager, naming what it expected', () => {
    for (const bad of [undefined, null, {}, { isGranted() {}, on() {} }, 'manager']) {
      expect(() => enableGating(bad as never)).toThrow('ConsentKit enableGating(): expected a consent manager from createConsentManager()');
    }
  });

  it('reports a bad option and keeps every guard on (fail closed)', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const cases: [unknown, RegExp][] = [
      ['yes', /options must be an object/],
      [{ cookieGaurd: false }, /"cookieGaurd" is not a known option/],
      [{ cookieGuard: 'no' }, /"cookieGuard" must be true or false/],
      [{ trackerHosts: { 'https://x.com': 'analytics' } }, /URL rule "https:\/\/x.com"/],
      [{ trackerCookies: { _x: 3 } }, /"trackerCookies._x" must be a category id/],
      [{ trackerHosts: null }, /"trackerHosts" must be an object/],
    ];
    for (const [options, message] of cases) {
      error.mockClear();
      const m = createConsentManager({ policyVersion: 'p1', region: 'FR' });
      const h = enableGating(m, options as never);
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0]![0])).toMatch(message);
      expect(String(error.mock.calls[0]![0])).toContain('using the defaults (every guard on)');
      // The cookie guard is on despite `cookieGuard: 'no'`.
      document.cookie = '_ga=1; path=/';
      expect(document.cookie).not.toContain('_ga');
      h.stop();
    }
  });

  it('cleanUp() deletes again what a classifier learned about since start', () => {
    // A cookie database that arrives later (the script tag loads it lazily).
    let known = false;
    const m = createConsentManager({
      policyVersion: 'p1',
      region: 'FR',
      cookieDb: (name) => (known && name === 'mystery_id' ? { category: 'targeting' } : undefined),
    });
    handle = enableGating(m);
    document.cookie = 'mystery_id=1; path=/';
    expect(document.cookie).toContain('mystery_id=1'); // unknown: allowed by default
    expect(handle.cleanUp()).toEqual([]);
    known = true;
    expect(handle.cleanUp()).toEqual(['mystery_id']);
    expect(document.cookie).not.toContain('mystery_id');
  });

  it('is idempotent per manager and can be enabled again after stop', () => {
    handle = enableGating(manager);
    expect(enableGating(manager)).toBe(handle);
    handle.stop();
    const again = enableGating(manager);
    expect(again).not.toBe(handle);
    handle = again;
  });

  it('gates markup present at start and added later, and releases it on grant', async () => {
    document.body.innerHTML = '<script type="text/plain" data-category="analytics" id="a">1</script>';
    handle = enableGating(manager);
    const late = document.createElement('div');
    late.innerHTML =
      '<script type="text/plain" data-category="analytics" id="b">2</script><iframe data-category="analytics" data-src="about:blank#x"></iframe>';
    document.body.append(late);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelectorAll('script:not([type])')).toHaveLength(0);
    expect(document.querySelector('iframe')!.hasAttribute('data-consentkit-blocked')).toBe(true);
    manager.update({ analytics: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(Array.from(document.querySelectorAll('script:not([type])'), (s) => s.textContent)).toEqual(['1', '2']);
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('about:blank#x');
  });

  it('gates a marked-up leaf element inserted on its own, and an element whose markup arrives in its subtree', async () => {
    handle = enableGating(manager);
    const iframe = document.createElement('iframe');
    iframe.setAttribute('data-category', 'targeting');
    iframe.setAttribute('data-src', 'about:blank#leaf');
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.setAttribute('data-category', 'analytics');
    script.text = 'window.leafRan = true';
    // Plain leaves and text around them are skipped without changing what is gated.
    const plain = document.createElement('div');
    plain.setAttribute('data-category', 'analytics');
    const section = document.createElement('section');
    document.body.append('text', plain, iframe, script, section);
    section.innerHTML = '<p><img data-category="analytics" data-src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p>';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(iframe.getAttribute('data-consentkit-blocked')).toBe('targeting');
    expect(section.querySelector('img')!.getAttribute('data-consentkit-blocked')).toBe('analytics');
    expect(plain.hasAttribute('data-consentkit-blocked')).toBe(false);
    manager.update({ analytics: true, targeting: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(iframe.getAttribute('src')).toBe('about:blank#leaf');
    expect(section.querySelector('img')!.hasAttribute('src')).toBe(true);
    expect(document.querySelectorAll('script:not([type])')).toHaveLength(1);
  });

  it('holds a src page code gives a marked-up embed (a lazy loader copying data-src) until all its categories are granted', async () => {
    document.body.innerHTML =
      '<iframe data-category="analytics targeting" data-src="https://video.example/embed/1"></iframe><img data-category="analytics" data-src="/p.gif">';
    handle = enableGating(manager);
    const frame = document.querySelector('iframe')!;
    const img = document.querySelector('img')!;
    // Not tracker URLs: only the markup says they wait.
    frame.src = frame.dataset.src!;
    img.setAttribute('src', img.dataset.src!);
    img.srcset = '/p2.gif 2x';
    expect(frame.hasAttribute('src')).toBe(false);
    expect(img.hasAttribute('src')).toBe(false);
    expect(img.hasAttribute('srcset')).toBe(false);
    // What page code gave is what the embed gate loads on grant.
    expect(img.getAttribute('data-srcset')).toBe('/p2.gif 2x');
    expect(frame.getAttribute('data-consentkit-blocked')).toBe('analytics targeting');
    manager.update({ analytics: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(img.getAttribute('src')).toBe('/p.gif');
    expect(img.getAttribute('srcset')).toBe('/p2.gif 2x');
    // Still waiting for targeting.
    expect(frame.hasAttribute('src')).toBe(false);
    manager.update({ analytics: true, targeting: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(frame.getAttribute('src')).toBe('https://video.example/embed/1');
    // Withdrawn: sent back to about:blank, and a src given again is held again.
    manager.update({ analytics: true, targeting: false });
    expect(frame.getAttribute('src')).toBe('about:blank');
    frame.src = 'https://video.example/embed/2';
    expect(frame.getAttribute('src')).toBe('about:blank');
  });

  it('fails closed when a guard cannot start: it is reported by name and every other guard is on', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const storage = Object.getOwnPropertyDescriptor(window, 'Storage');
    // Like a document where the browser throws on storage (a sandboxed frame).
    Object.defineProperty(window, 'Storage', {
      configurable: true,
      get: () => {
        throw new DOMException('sandboxed', 'SecurityError');
      },
    });
    localStorage.setItem('_hjid', 'old');
    try {
      handle = enableGating(manager);
    } finally {
      Object.defineProperty(window, 'Storage', storage!);
    }
    // Nothing stands in front of Web Storage: its start-up cleanup does not wait for the first paint.
    expect(Object.keys(localStorage)).toEqual([]);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toContain('the storage guard could not start; the other guards are on');
    document.cookie = '_ga=1; path=/';
    expect(document.cookie).not.toContain('_ga');
    document.body.innerHTML = '<script type="text/plain" data-category="analytics">window.__gated = 1</script>';
    handle.rescan();
    expect(document.querySelector('script')!.getAttribute('data-consentkit')).toBeNull();
    manager.acceptAll();
    expect(document.querySelector('script')!.getAttribute('data-consentkit')).toBe('executed');
    error.mockRestore();
  });

  describe('the start-up cleanup of Web Storage', () => {
    /** What the browser reports the first paint to. */
    let paintObservers: (() => void)[];
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      paintObservers = [];
      vi.stubGlobal(
        'PerformanceObserver',
        class {
          constructor(callback: () => void) {
            paintObservers.push(callback);
          }
          observe() {}
        },
      );
      // Leftovers of an earlier visit (Hotjar's id is a built-in tracker name: analytics, denied here).
      document.cookie = '_ga=1; path=/';
      localStorage.setItem('_hjid', 'old');
      sessionStorage.setItem('_hjSession_1', 'old');
      localStorage.setItem('cart', '1');
    });
    afterEach(() => {
      handle?.stop();
      handle = undefined;
      vi.useRealTimers();
      localStorage.clear();
      sessionStorage.clear();
    });
    /** Keys of both areas, read past the guard (property enumeration is not intercepted). */
    const stored = () => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].sort();
    /**
     * Page code's use of Web Storage, looked up on the prototype as a browser does on every call
     * (happy-dom binds a storage method to the instance the first time it is read, so a method
     * read before the guard was installed would never reach it).
     */
    const use = (store: Storage, method: 'getItem' | 'setItem' | 'key', ...args: unknown[]) =>
      (Storage.prototype[method] as (...a: unknown[]) => unknown).call(store, ...args);

    it('deletes denied cookies at start and denied storage keys once the first paint is reported', () => {
      handle = enableGating(manager);
      expect(document.cookie).not.toContain('_ga');
      expect(stored()).toEqual(['_hjSession_1', '_hjid', 'cart']);
      paintObservers.forEach((report) => report());
      expect(stored()).toEqual(['cart']);
    });

    it('cleanUp() before the first paint deletes and reports the storage keys too', () => {
      handle = enableGating(manager);
      expect(handle.cleanUp().sort()).toEqual(['localStorage:_hjid', 'sessionStorage:_hjSession_1']);
      expect(stored()).toEqual(['cart']);
    });

    it('deletes them first when page code reads Web Storage before that, and still holds a write of a denied key', () => {
      handle = enableGating(manager);
      expect(use(localStorage, 'getItem', '_hjid')).toBeNull();
      expect(stored()).toEqual(['cart']);
      use(localStorage, 'setItem', '_hjid', 'new');
      use(sessionStorage, 'setItem', '_hjSession_1', 'new');
      use(localStorage, 'setItem', 'theme', 'dark');
      expect(stored()).toEqual(['cart', 'theme']);
    });

    it('deletes them first on every guarded use: getItem, key(), setItem (even of an allowed key)', () => {
      for (const first of [() => use(sessionStorage, 'getItem', 'x'), () => use(localStorage, 'key', 0), () => use(localStorage, 'setItem', 'theme', 'dark')]) {
        handle = enableGating(manager);
        first();
        expect(stored()).not.toContain('_hjid');
        expect(stored()).not.toContain('_hjSession_1');
        handle.stop();
        localStorage.setItem('_hjid', 'old');
        sessionStorage.setItem('_hjSession_1', 'old');
      }
    });

    it('deletes them at once when consent is refused or withdrawn before the first paint', () => {
      manager.acceptAll();
      handle = enableGating(manager);
      expect(stored()).toEqual(['_hjSession_1', '_hjid', 'cart']);
      manager.withdraw();
      expect(stored()).toEqual(['cart']);
      expect(document.cookie).not.toContain('_ga');
    });

    it('deletes everything at start without the cookie guard (no storage guard to run it earlier)', () => {
      handle = enableGating(manager, { cookieGuard: false });
      expect(stored()).toEqual(['cart']);
      expect(paintObservers).toHaveLength(0);
    });
  });

  describe('the page observer skips records inside a node it has just scanned whole', () => {
    const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
    /** A path no patch covers (as the `document.body` setter is): the native, captured before gating. */
    const { appendChild } = Node.prototype;
    const insertUnseen = (parent: Node, child: Node) => appendChild.call(parent, child);
    /** An element whose tracker URL no patch has seen (made before gating, like a template's clone). */
    const unchecked = (tag: string, url: string) => {
      const el = document.createElement(tag);
      el.setAttribute('src', url);
      return el;
    };

    it('still holds what any path added to a container inserted empty and then filled (one scan for the lot)', async () => {
      const pixel = unchecked('img', 'https://www.google-analytics.com/collect?v=1');
      const tag = unchecked('script', 'https://www.googletagmanager.com/gtag/js?id=G-1');
      // A shadow root the observer does not watch yet (as a declarative one is when parsed),
      // holding a tracker: reached only when its host is reported.
      const host = document.createElement('div');
      const inShadow = host.attachShadow({ mode: 'open' }).appendChild(unchecked('img', 'https://connect.facebook.net/tr?id=1'));
      handle = enableGating(manager);
      const list = document.body.appendChild(document.createElement('ul'));
      for (let i = 0; i < 3; i++) list.appendChild(document.createElement('li')).textContent = `row ${i}`;
      // Only the observer sees these.
      insertUnseen(list, pixel);
      insertUnseen(list, tag);
      // A patched path, which does not look into shadow roots.
      list.appendChild(host);
      await flush();
      expect(pixel.getAttribute('src')).toBeNull();
      expect(tag.getAttribute('src')).toBeNull();
      // The record that added the host is not scanned again, but its shadow root is watched.
      expect(inShadow.getAttribute('src')).toBeNull();
    });

    it('does not trust a container a patched path has just checked for what was added to it later', async () => {
      const pixel = unchecked('img', 'https://www.google-analytics.com/collect?v=2');
      handle = enableGating(manager);
      const list = document.createElement('ul');
      list.append(document.createElement('li'));
      // Checked and marked by the patched appendChild: the observer skips its check (and so
      // must not count it as scanned whole).
      document.body.appendChild(list);
      insertUnseen(list, pixel);
      await flush();
      expect(pixel.getAttribute('src')).toBeNull();
    });
  });

  describe('realms other than the page: frames that navigate, windows open() returns', () => {
    const U = 'https://www.facebook.com/tr?id=1';
    /**
     * A stand-in for a same-origin window (happy-dom loads no frame): a fixed object, as a
     * WindowProxy is, whose realm — prototype, document, `fetch`, `pagehide` listeners — is
     * replaced by `navigate()`, as a navigation does. Returns the new realm's `fetch`, a spy.
     * Guards it lacks (auto-blocking, the frame guard) report that they could not start.
     */
    const fakeWindow = () => {
      let hide: (() => void)[] = [];
      const proxy: Record<string, unknown> = { closed: false };
      const navigate = ({ pagehide = false, crossOrigin = false } = {}) => {
        if (pagehide) hide.forEach((listener) => listener());
        hide = [];
        const fetch = vi.fn(() => Promise.resolve('sent'));
        Object.setPrototypeOf(proxy, {});
        const doc = document.implementation.createHTMLDocument('');
        Object.defineProperty(proxy, 'document', {
          configurable: true,
          get: () => {
            if (crossOrigin) throw new DOMException('cross-origin', 'SecurityError');
            return doc;
          },
        });
        Object.assign(proxy, {
          fetch,
          addEventListener: (type: string, listener: () => void) => type === 'pagehide' && hide.push(listener),
          removeEventListener: (type: string, listener: () => void) => (hide = hide.filter((l) => l !== listener)),
        });
        return fetch;
      };
      return { proxy: proxy as unknown as Window & { fetch: (url: string) => Promise<unknown> }, navigate };
    };
    /**
     * `window.open` as a browser has it (a method, where the test environment has an accessor),
     * opening `opened()`.
     */
    const stubOpen = (opened: () => unknown) => {
      const open = vi.fn(opened);
      Object.defineProperty(window, 'open', { configurable: true, writable: true, value: open });
      return open;
    };
    const windowOpen = Object.getOwnPropertyDescriptor(window, 'open')!;
    /** Page code's request through a window: blocked (rejected) or sent. */
    const request = (win: { fetch: (url: string) => Promise<unknown> }) => win.fetch(U).then(String, () => 'blocked');
    let error: MockInstance<typeof console.error>;
    const iframeContent = new WeakMap<HTMLIFrameElement, Window>();
    const contentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
    beforeEach(() => {
      error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // The "native" contentWindow getter, as gating finds it: the stand-in of the frame.
      Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
        configurable: true,
        get(this: HTMLIFrameElement) {
          return iframeContent.get(this) ?? null;
        },
      });
    });
    afterEach(() => {
      handle?.stop();
      handle = undefined;
      if (contentWindow) Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', contentWindow);
      else delete (HTMLIFrameElement.prototype as { contentWindow?: unknown }).contentWindow;
      Object.defineProperty(window, 'open', windowOpen);
      error.mockRestore();
      vi.useRealTimers();
    });

    it('guards a frame again after it navigated: the realm is guarded, not the WindowProxy that stays', async () => {
      const { proxy, navigate } = fakeWindow();
      const iframe = document.body.appendChild(document.createElement('iframe'));
      iframeContent.set(iframe, proxy);
      const first = navigate();
      handle = enableGating(manager);
      expect(await request(iframe.contentWindow as typeof proxy)).toBe('blocked');
      const second = navigate();
      // The same WindowProxy, a new realm: reached through contentWindow, it is guarded before it is returned.
      expect(iframe.contentWindow).toBe(proxy);
      expect(await request(proxy)).toBe('blocked');
      expect(first).not.toHaveBeenCalled();
      expect(second).not.toHaveBeenCalled();
      // Fail closed, and said: what cannot start in that window is reported by name.
      expect(error.mock.calls.map((call) => String(call[0]))).toContain('[consentkit] gating: the auto-blocker could not start; the other guards are on:');
    });

    it("guards a frame's new realm on its load event, before page code reaches it as frames[i] (also in a closed shadow root)", async () => {
      handle = enableGating(manager);
      const inDocument = document.body.appendChild(document.createElement('iframe'));
      const inShadow = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' }).appendChild(document.createElement('iframe'));
      for (const iframe of [inDocument, inShadow]) {
        const { proxy, navigate } = fakeWindow();
        iframeContent.set(iframe, proxy);
        navigate();
        void iframe.contentWindow;
        const next = navigate();
        iframe.dispatchEvent(new Event('load'));
        // Not through contentWindow (no getter on the way), as `frames[i]` reaches it.
        expect(await request(proxy)).toBe('blocked');
        expect(next).not.toHaveBeenCalled();
      }
      // stop(): a load guards nothing any more.
      handle.stop();
      handle = undefined;
      const { proxy, navigate } = fakeWindow();
      iframeContent.set(inDocument, proxy);
      const after = navigate();
      inDocument.dispatchEvent(new Event('load'));
      expect(await request(proxy)).toBe('sent');
      expect(after).toHaveBeenCalledTimes(1);
    });

    it('guards the window open() returns before it is returned (a popup; a named frame no frames[i] lists)', async () => {
      const { proxy, navigate } = fakeWindow();
      const fetch = navigate();
      const open = stubOpen(() => proxy);
      handle = enableGating(manager);
      const opened = window.open('', 'shadowed') as typeof proxy;
      expect(opened).toBe(proxy);
      expect(open).toHaveBeenCalledWith('', 'shadowed');
      expect(await request(opened)).toBe('blocked');
      expect(fetch).not.toHaveBeenCalled();
      // A popup blocker's null, or a cross-origin window, is returned as it is.
      open.mockImplementation(() => null);
      expect(window.open('about:blank')).toBeNull();
      handle.stop();
      handle = undefined;
      expect(window.open).toBe(open);
    });

    it("guards a popup's next page once the old one is hidden, also after a cross-origin page in between", async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { proxy, navigate } = fakeWindow();
      navigate();
      stubOpen(() => proxy);
      handle = enableGating(manager);
      window.open('/page');
      const next = navigate({ pagehide: true });
      vi.advanceTimersByTime(0);
      expect(await request(proxy)).toBe('blocked');
      expect(next).not.toHaveBeenCalled();
      // Away to another origin (nothing to guard there, no event to hear when it comes back), then back.
      navigate({ pagehide: true, crossOrigin: true });
      vi.advanceTimersByTime(200);
      const back = navigate();
      vi.advanceTimersByTime(50);
      expect(await request(proxy)).toBe('blocked');
      expect(back).not.toHaveBeenCalled();
      // Closed: nothing is looked at any more (no timer of ours is left).
      const timers = vi.getTimerCount();
      navigate({ pagehide: true, crossOrigin: true });
      (proxy as unknown as { closed: boolean }).closed = true;
      vi.advanceTimersByTime(0);
      expect(vi.getTimerCount()).toBe(timers);
    });
  });

  it('lets options switch single guards off (and the rest stays on)', () => {
    handle = enableGating(manager, { cookieGuard: false, cleanup: false, trackerHosts: {} });
    document.cookie = '_ga=1; path=/';
    expect(document.cookie).toContain('_ga=1');
    const img = new Image();
    img.src = 'https://www.google-analytics.com/collect';
    expect(img.getAttribute('src')).toBe('https://www.google-analytics.com/collect');
  });
});
