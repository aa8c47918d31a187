import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager } from '../consent/consent-manager';
import { installAutoBlocker } from './auto-blocker';
import type { AutoBlocker } from './auto-blocker';
import { enableGating } from './enable-gating';
import type { GatingHandle } from './enable-gating';
import { rewriteTrackerHtml } from './html-rewrite';
import { createUrlMatcher } from './url-rules';

// The rewrite, spied on: a pre-cleared HTML string must not reach it.
vi.mock('./html-rewrite', async (importOriginal) => {
  const actual = await importOriginal<{ rewriteTrackerHtml: typeof rewriteTrackerHtml }>();
  return { rewriteTrackerHtml: vi.fn(actual.rewriteTrackerHtml) };
});
const rewrite = vi.mocked(rewriteTrackerHtml);
const { setAttribute: nativeSetAttribute } = Element.prototype;
const HOST = 'stats.example.com';

describe('HTML sinks: the pre-test for strings in which no URL can match', () => {
  let blocker: AutoBlocker;
  let host: HTMLElement;
  beforeEach(() => {
    (window as unknown as { happyDOM: { settings: Record<string, boolean> } }).happyDOM.settings.disableJavaScriptFileLoading = true;
    (window as unknown as { happyDOM: { settings: Record<string, boolean> } }).happyDOM.settings.disableIframePageLoading = true;
    const match = createUrlMatcher({ [HOST]: 'analytics' }, {});
    blocker = installAutoBlocker(window as Window & typeof globalThis, match, () => false, new WeakSet(), undefined, match.clear);
    host = document.createElement('div');
    document.body.append(host);
    rewrite.mockClear();
  });
  afterEach(() => {
    blocker.stop();
    document.body.innerHTML = '';
  });

  it('skips the rewrite for a string that names no rule host and holds nothing that could spell one', () => {
    host.innerHTML = '<p><img src="/a.png" srcset="/b.png 2x"><a href="https://example.org/x" ping="/p">x</a></p>';
    host.insertAdjacentHTML('beforeend', '<iframe src="https://example.org/"></iframe>');
    expect(rewrite).not.toHaveBeenCalled();
    expect(host.querySelector('img')!.getAttribute('src')).toBe('/a.png');
  });

  it('marks what a pre-cleared string produced, so the observer does not check it again', () => {
    host.innerHTML = '<p><img src="/a.png"></p>';
    const img = host.querySelector('img')!;
    nativeSetAttribute.call(img, 'src', `https://${HOST}/later`); // a setter no patch covers
    // The observer reports the paragraph in the same checkpoint: it is skipped.
    blocker.check(host.firstElementChild!);
    expect(img.getAttribute('src')).toBe(`https://${HOST}/later`);
  });

  it('does not mark the element (or old siblings) a pre-cleared string was written into or beside', async () => {
    const video = document.createElement('video');
    host.append(video);
    await new Promise((resolve) => setTimeout(resolve)); // the insertion's marks are forgotten
    // A poster set by a path no patch covers (as the parser or execCommand would): the observer's check must strip it.
    nativeSetAttribute.call(video, 'poster', `https://${HOST}/poster.png`);
    video.innerHTML = '<p>x</p>';
    video.insertAdjacentHTML('afterend', '<p>y</p>');
    blocker.check(video);
    expect(video.getAttribute('poster')).toBeNull();
  });

  it('rewrites and checks a string that names a rule host or holds what could make one', () => {
    const cases = [
      `<img src="https://${HOST}/p">`,
      `<img src="https://stats&#46;example.com/p">`,
      `<img src="https://stats%2Eexample.com/p">`,
      `<img src="https://stats.exa\tmple.com/p">`,
      `<img src="https://stats.exa\nmple.com/p">`,
      `<img src="https://ｓtats.example.com/p">`,
    ];
    for (const html of cases) {
      rewrite.mockClear();
      host.innerHTML = html;
      expect(rewrite, html).toHaveBeenCalled();
      // Each of them resolves to the rule host: held, not loaded.
      expect(host.querySelector('img')!.getAttribute('src'), html).toBeNull();
    }
    for (const html of ['<base href="/sub/"><img src="a.png">', '<img src="a.png" style="background: url(\\2f x)">']) {
      rewrite.mockClear();
      host.innerHTML = html;
      expect(rewrite, html).toHaveBeenCalled();
    }
  });

  it('still holds a tracker <img> and <script> written with innerHTML', () => {
    host.innerHTML = `<div><img src="https://${HOST}/pixel"><script src="https://${HOST}/t.js"></script></div>`;
    expect(host.querySelector('img')!.getAttribute('src')).toBeNull();
    expect(host.querySelector('script')!.getAttribute('src')).toBeNull();
    // The image was rewritten for the embed gate; the script (innerHTML scripts never run) is held.
    expect(host.querySelector('img')!.getAttribute('data-src')).toBe(`https://${HOST}/pixel`);
    expect(blocker.held()).toEqual([host.querySelector('script')]);
  });
});

describe('HTML sinks: a pre-cleared string still reaches the gates', () => {
  let handle: GatingHandle | undefined;
  afterEach(() => {
    handle?.stop();
    document.body.innerHTML = '';
  });

  it('gates a data-category script and embed written with innerHTML', async () => {
    const manager = createConsentManager({ policyVersion: 'p1', region: 'FR' });
    handle = enableGating(manager);
    const box = document.createElement('div');
    document.body.append(box);
    rewrite.mockClear();
    box.innerHTML =
      '<section><script type="text/plain" data-category="analytics">window.__pretest = 1</script><img data-category="analytics" data-src="/p.png"></section>';
    expect(rewrite).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(box.querySelector('script')!.getAttribute('data-consentkit')).toBeNull();
    expect(box.querySelector('img')!.hasAttribute('data-consentkit-blocked')).toBe(true);
    manager.update({ analytics: true });
    expect(box.querySelector('script')!.getAttribute('data-consentkit')).toBe('executed');
    expect(box.querySelector('img')!.getAttribute('src')).toBe('/p.png');
  });
});
