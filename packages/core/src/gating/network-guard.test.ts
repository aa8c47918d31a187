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
});
