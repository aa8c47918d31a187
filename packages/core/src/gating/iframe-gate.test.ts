import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BLOCKED_ATTRIBUTE, BLOCKED_EVENT, UNBLOCKED_EVENT } from './gated-element';
import type { BlockedEventDetail } from './gated-element';
import { createIframeGate } from './iframe-gate';

describe('createIframeGate', () => {
  // happy-dom would otherwise try to fetch the embeds (and log that it cannot).
  beforeEach(() => {
    (window as unknown as { happyDOM: { settings: { disableIframePageLoading: boolean } } }).happyDOM.settings.disableIframePageLoading = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
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
