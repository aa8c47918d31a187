import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BLOCKED_ATTRIBUTE, BLOCKED_EVENT, UNBLOCKED_EVENT } from './gated-element';
import type { BlockedEventDetail } from './gated-element';
import { GATED_EMBED_SELECTOR, createIframeGate } from './iframe-gate';

describe('createIframeGate', () => {
  // happy-dom would otherwise try to fetch the embeds (and log that it cannot).
  beforeEach(() => {
    (window as unknown as { happyDOM: { settings: { disableIframePageLoading: boolean } } }).happyDOM.settings.disableIframePageLoading = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('finds with one compound selector exactly what the selector list found (an iframe or img with both attributes)', () => {
    document.body.innerHTML = [
      '<iframe data-category="a" data-src="/1"></iframe>',
      '<img data-category="a" data-src="/2">',
      '<iframe data-category="a"></iframe>',
      '<img data-src="/3">',
      '<video data-category="a" data-src="/4"></video>',
      '<div data-category="a" data-src="/5"><img data-category="" data-src=""></div>',
      '<svg><image data-category="a" data-src="/6"></image></svg>',
    ].join('');
    const list = 'iframe[data-category][data-src], img[data-category][data-src]';
    expect(document.querySelectorAll(GATED_EMBED_SELECTOR)).toHaveLength(3);
    expect([...document.querySelectorAll(GATED_EMBED_SELECTOR)]).toEqual([...document.querySelectorAll(list)]);
    for (const el of document.body.querySelectorAll('*')) expect(el.matches(GATED_EMBED_SELECTOR)).toBe(el.matches(list));
    document.body.innerHTML = '';
  });

  it('blocks with a placeholder hook, loads on grant, and sends an iframe to about:blank on revoke', () => {
    document.body.innerHTML =
      '<iframe id="v" data-category="targeting" data-src="https://video.example/embed/1"></iframe><img id="p" data-category="analytics targeting" data-src="/p.gif" data-srcset="/p2.gif 2x">';
    const events: string[] = [];
    const listen = (type: string) =>
      document.addEventListener(type, (e) =>
        events.push(`${type} ${(e.target as Element).id} ${(e as CustomEvent<BlockedEventDetail>).detail.categories.join('+')}`),
      );
    listen(BLOCKED_EVENT);
    listen(UNBLOCKED_EVENT);
    const granted = new Set<string>();
    const gate = createIframeGate((c) => granted.has(c), new WeakSet());
    gate.scan(document);
    const frame = document.getElementById('v')!;
    const img = document.getElementById('p')!;
    expect(frame.hasAttribute('src')).toBe(false);
    expect(frame.getAttribute(BLOCKED_ATTRIBUTE)).toBe('targeting');
    expect(img.getAttribute(BLOCKED_ATTRIBUTE)).toBe('analytics targeting');
    expect(events).toEqual([`${BLOCKED_EVENT} v targeting`, `${BLOCKED_EVENT} p analytics+targeting`]);

    granted.add('targeting');
    gate.update();
    expect(frame.getAttribute('src')).toBe('https://video.example/embed/1');
    expect(frame.hasAttribute(BLOCKED_ATTRIBUTE)).toBe(false);
    expect(img.hasAttribute('src')).toBe(false);
    granted.add('analytics');
    gate.update();
    expect(img.getAttribute('src')).toBe('/p.gif');
    expect(img.getAttribute('srcset')).toBe('/p2.gif 2x');
    gate.update();
    expect(events.filter((e) => e.startsWith(UNBLOCKED_EVENT))).toHaveLength(2);

    granted.clear();
    gate.update();
    expect(frame.getAttribute('src')).toBe('about:blank');
    expect(frame.getAttribute(BLOCKED_ATTRIBUTE)).toBe('targeting');
    expect(img.getAttribute('src')).toBe('/p.gif');
  });

  it('keeps an embed without categories blocked', () => {
    document.body.innerHTML = '<iframe id="x" data-category=" " data-src="https://x.example/"></iframe>';
    const gate = createIframeGate(() => true, new WeakSet());
    gate.scan(document);
    expect(document.getElementById('x')!.hasAttribute('src')).toBe(false);
  });
});
