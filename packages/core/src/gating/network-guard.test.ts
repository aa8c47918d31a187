import { describe, expect, it, vi } from 'vitest';
import { installNetworkGuard } from './network-guard';

/** A window stand-in with spy natives, so nothing leaves the test. */
function fakeWindow() {
  const fetch = vi.fn(async () => new Response('ok'));
  const sendBeacon = vi.fn(() => true);
  class FakeXhr extends EventTarget {
    sent = false;
    open(_method: string, _url: string) {}
    send() {
      this.sent = true;
    }
  }
  const win = { fetch, navigator: Object.create({ sendBeacon }), XMLHttpRequest: FakeXhr } as unknown as Window & typeof globalThis;
  return { win, fetch, sendBeacon, FakeXhr };
}
const blockTracker = (url: string) => (url.includes('tracker.example') ? 'analytics' : undefined);

describe('installNetworkGuard', () => {
  it('rejects fetch to a blocked URL with a TypeError naming it, and passes others through', async () => {
    const { win, fetch } = fakeWindow();
    installNetworkGuard(win, blockTracker);
    await expect(win.fetch('https://tracker.example/collect')).rejects.toThrow(
      'ConsentKit blocked a request to https://tracker.example/collect: category "analytics" is not granted',
    );
    await expect(win.fetch(new URL('https://tracker.example/x'))).rejects.toThrow(TypeError);
    await expect(win.fetch({ url: 'https://tracker.example/r' } as Request)).rejects.toThrow(TypeError);
    await win.fetch('/api');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('makes sendBeacon return false without sending', () => {
    const { win, sendBeacon } = fakeWindow();
    installNetworkGuard(win, blockTracker);
    expect(win.navigator.sendBeacon('https://tracker.example/b', 'x')).toBe(false);
    expect(win.navigator.sendBeacon('/records', 'x')).toBe(true);
    expect(sendBeacon).toHaveBeenCalledTimes(1);
  });

  it('keeps a blocked XHR from sending and fires error then loadend', async () => {
    const { win } = fakeWindow();
    installNetworkGuard(win, blockTracker);
    const xhr = new win.XMLHttpRequest() as unknown as XMLHttpRequest & { sent: boolean };
    const events: string[] = [];
    xhr.addEventListener('error', () => events.push('error'));
    xhr.addEventListener('loadend', () => events.push('loadend'));
    xhr.open('POST', 'https://tracker.example/x');
    xhr.send('data');
    expect(xhr.sent).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual(['error', 'loadend']);
    const ok = new win.XMLHttpRequest() as unknown as XMLHttpRequest & { sent: boolean };
    ok.open('GET', '/api');
    ok.send();
    expect(ok.sent).toBe(true);
  });

  it("judges an XHR opened by one window's guard and sent through another's (a fresh frame's open or send called on the page's request)", () => {
    const page = fakeWindow();
    const frame = fakeWindow();
    installNetworkGuard(page.win, blockTracker);
    installNetworkGuard(frame.win, blockTracker);
    const opened = new page.win.XMLHttpRequest() as unknown as XMLHttpRequest & { sent: boolean };
    (frame.win.XMLHttpRequest.prototype.open as (method: string, url: string) => void).call(opened, 'GET', 'https://tracker.example/x');
    opened.send();
    expect(opened.sent).toBe(false);
    const sent = new page.win.XMLHttpRequest() as unknown as XMLHttpRequest & { sent: boolean };
    sent.open('GET', 'https://tracker.example/y');
    frame.win.XMLHttpRequest.prototype.send.call(sent);
    expect(sent.sent).toBe(false);
  });

  it('refuses a WebTransport session to a blocked URL with a SecurityError', () => {
    const { win } = fakeWindow();
    const made: string[] = [];
    (win as unknown as Record<string, unknown>).WebTransport = class {
      constructor(url: string) {
        made.push(url);
      }
    };
    installNetworkGuard(win, blockTracker);
    const WebTransport = (win as unknown as { WebTransport: new (url: string) => unknown }).WebTransport;
    expect(() => new WebTransport('https://tracker.example/wt')).toThrow(expect.objectContaining({ name: 'SecurityError' }));
    new WebTransport('https://cdn.example/wt');
    expect(made).toEqual(['https://cdn.example/wt']);
  });

  it('follows the current decision on every call and restores the natives on stop', async () => {
    const { win, fetch } = fakeWindow();
    let granted = false;
    const stop = installNetworkGuard(win, (url) => (!granted && url.includes('tracker') ? 'analytics' : undefined));
    await expect(win.fetch('https://tracker.example/1')).rejects.toThrow();
    granted = true;
    await win.fetch('https://tracker.example/2');
    stop();
    expect(win.fetch).toBe(fetch);
  });

  it('judges a URL once and gives the native what it judged (a value that changes, a shadowed Request.url, a later <base>)', async () => {
    const { win, fetch, sendBeacon, FakeXhr } = fakeWindow();
    const opened: unknown[] = [];
    FakeXhr.prototype.open = function (_method: string, url: string) {
      opened.push(url);
    };
    const base = { baseURI: 'https://shop.example/' };
    // A Request's URL is internal: its getter refuses anything but a Request (a private field here).
    class FakeRequest {
      #url: string;
      constructor(url: string) {
        this.#url = url;
      }
      get url() {
        return this.#url;
      }
    }
    Object.assign(win, { Request: FakeRequest, document: base });
    installNetworkGuard(win, blockTracker);
    // Each names the tracker from its second read on.
    const changing = (first: string) => {
      let reads = 0;
      return { toString: () => (reads++ ? 'https://tracker.example/late' : first) } as unknown as string;
    };
    await win.fetch(changing('/api'));
    expect(fetch).toHaveBeenLastCalledWith('https://shop.example/api', undefined);
    win.navigator.sendBeacon(changing('/b'));
    expect(sendBeacon).toHaveBeenLastCalledWith('https://shop.example/b', undefined);
    const shadowed = new FakeRequest('https://tracker.example/r');
    Object.defineProperty(shadowed, 'url', { value: '/api' });
    await expect(win.fetch(shadowed as unknown as Request)).rejects.toThrow('https://tracker.example/r');
    const request = new FakeRequest('/api');
    await win.fetch(request as unknown as Request);
    expect(fetch).toHaveBeenLastCalledWith(request, undefined);
    // Relative to the <base> of the time of open(), as the browser resolves it.
    base.baseURI = 'https://tracker.example/';
    const xhr = new win.XMLHttpRequest() as unknown as XMLHttpRequest & { sent: boolean };
    xhr.open('GET', 'collect');
    base.baseURI = 'https://shop.example/';
    xhr.send();
    expect([opened, xhr.sent]).toEqual([['https://tracker.example/collect'], false]);
  });

  it('refuses a service worker registration and a worklet module from a blocked URL with a SecurityError', async () => {
    const { win } = fakeWindow();
    const register = vi.fn(async () => 'registered');
    const addModule = vi.fn(async () => undefined);
    Object.assign(win, { ServiceWorkerContainer: class {}, Worklet: class {} });
    Object.assign(win.ServiceWorkerContainer.prototype, { register });
    Object.assign(win.Worklet.prototype, { addModule });
    installNetworkGuard(win, blockTracker);
    const container = new win.ServiceWorkerContainer();
    await expect(container.register('https://tracker.example/sw.js')).rejects.toMatchObject({ name: 'SecurityError' });
    await expect((new win.Worklet() as Worklet).addModule('https://tracker.example/m.js')).rejects.toMatchObject({ name: 'SecurityError' });
    expect([register, addModule].map((spy) => spy.mock.calls.length)).toEqual([0, 0]);
    expect(await container.register('/sw.js')).toBe('registered');
  });

  it('constructs an allowed WebSocket, EventSource or Worker with the URL judged, and refuses a blocked one', () => {
    const { win } = fakeWindow();
    class FakeEventSource {
      constructor(
        readonly url: unknown,
        readonly init?: unknown,
      ) {}
    }
    Object.assign(win, { EventSource: FakeEventSource });
    installNetworkGuard(win, blockTracker);
    const source = new win.EventSource(new URL('https://shop.example/events') as unknown as string, { withCredentials: true });
    expect([source.url, (source as unknown as FakeEventSource).init, source instanceof FakeEventSource]).toEqual([
      'https://shop.example/events',
      { withCredentials: true },
      true,
    ]);
    expect(() => new win.EventSource('https://tracker.example/e')).toThrow(expect.objectContaining({ name: 'SecurityError' }));
  });

  it('throws from fetchLater for a blocked URL, where fetch rejects', () => {
    const { win } = fakeWindow();
    const fetchLater = vi.fn(() => ({ activated: false }));
    Object.assign(win, { fetchLater });
    installNetworkGuard(win, blockTracker);
    const later = (win as unknown as { fetchLater: (url: string) => unknown }).fetchLater;
    expect(() => later('https://tracker.example/l')).toThrow(TypeError);
    expect(later('/api')).toEqual({ activated: false });
    expect(fetchLater).toHaveBeenCalledTimes(1);
  });
});
