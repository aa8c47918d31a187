import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateScript, createScriptGate } from './script-gate';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const markup = (html: string) => {
  document.body.innerHTML = html;
  return Array.from(document.querySelectorAll('script'));
};

describe('activateScript', () => {
  it('carries every attribute but the gate’s own, and turns data-type into type', () => {
    const [original] = markup(
      '<script type="text/plain" data-category="analytics" data-type="module" src="/a.js" async defer crossorigin="anonymous" integrity="sha384-x" referrerpolicy="no-referrer" nomodule id="a" data-name="ga"></script>',
    );
    const script = activateScript(original!, document);
    expect(Object.fromEntries(Array.from(script.attributes, (a) => [a.name, a.value]))).toEqual({
      src: '/a.js',
      async: '',
      defer: '',
      crossorigin: 'anonymous',
      integrity: 'sha384-x',
      referrerpolicy: 'no-referrer',
      nomodule: '',
      id: 'a',
      'data-name': 'ga',
      type: 'module',
    });
  });

  it('makes an external script without async ordered, and copies inline code and the nonce property', () => {
    const [external, inline] = markup(
      '<script type="text/plain" data-category="analytics" src="/a.js"></script><script type="text/plain" data-category="analytics">window.x = 1</script>',
    );
    expect(activateScript(external!, document).async).toBe(false);
    inline!.nonce = 'abc123';
    const copy = activateScript(inline!, document);
    expect(copy.text).toBe('window.x = 1');
    expect(copy.nonce).toBe('abc123');
    expect(copy.hasAttribute('type')).toBe(false);
  });
});

describe('createScriptGate', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });
  const copies = () => Array.from(document.querySelectorAll('script:not([type])'), (s) => s.getAttribute('data-n'));

  it('runs markup whose type has another case or a charset parameter, and categories with spaces around them', async () => {
    markup(
      '<script type="TEXT/PLAIN" data-category="  analytics " data-n="1"></script><script type="text/plain; charset=utf-8" data-category="analytics" data-n="2"></script><script type="text/plain;charset=UTF-8" data-category="analytics" data-n="3"></script>',
    );
    const granted = new Set<string>();
    const gate = createScriptGate(document, (c) => granted.has(c), new WeakSet());
    gate.scan(document);
    expect(copies()).toEqual([]);
    granted.add('analytics');
    gate.update();
    await tick();
    expect(copies()).toEqual(['1', '2', '3']);
  });

  it('runs nothing before a grant, then each script once, in document order, skipping what is still denied', async () => {
    const granted = new Set<string>();
    markup(
      ['a analytics', 'b targeting', 'c analytics', 'd analytics targeting', 'e ']
        .map((s) => {
          const [n, ...c] = s.split(' ');
          return `<script type="text/plain" data-category="${c.join(' ')}" data-n="${n}">1</script>`;
        })
        .join(''),
    );
    const exempt = new WeakSet<Element>();
    const gate = createScriptGate(document, (c) => granted.has(c), exempt);
    gate.scan(document);
    expect(copies()).toEqual([]);
    expect(gate.pending()).toHaveLength(5);
    granted.add('analytics');
    gate.update();
    await tick();
    expect(copies()).toEqual(['a', 'c']);
    granted.add('targeting');
    gate.update();
    gate.scan(document);
    await tick();
    expect(copies()).toEqual(['a', 'b', 'c', 'd']);
    // An empty data-category never runs (fail closed); the copies are exempt from auto-blocking.
    expect(gate.pending().map((s) => s.getAttribute('data-n'))).toEqual(['e']);
    expect(Array.from(document.querySelectorAll('script:not([type])')).every((s) => exempt.has(s))).toBe(true);
  });

  it('waits for an ordered external script to load or fail before running the next one', async () => {
    markup(
      '<script type="text/plain" data-category="analytics" src="/never.js" data-n="ext"></script><script type="text/plain" data-category="analytics" data-n="inline">1</script>',
    );
    // Log insertions and the external copy's load/error synchronously, in the order they happen.
    const log: string[] = [];
    const after = Element.prototype.after;
    vi.spyOn(Element.prototype, 'after').mockImplementation(function (this: Element, ...nodes) {
      log.push(`insert ${(nodes[0] as Element).getAttribute('data-n')}`);
      return after.apply(this, nodes);
    });
    for (const type of ['load', 'error']) document.addEventListener(type, (e) => log.push(`${type} ${(e.target as Element).getAttribute('data-n')}`), true);
    const gate = createScriptGate(document, () => true, new WeakSet());
    gate.scan(document);
    await vi.waitFor(() => expect(log).toHaveLength(3));
    expect(log[0]).toBe('insert ext');
    expect(log[1]).toMatch(/^(load|error) ext$/);
    expect(log[2]).toBe('insert inline');
  });

  it('skips a marked-up script the page removed before consent', async () => {
    const [gone] = markup('<script type="text/plain" data-category="analytics" data-n="gone">1</script>');
    const gate = createScriptGate(document, () => false, new WeakSet());
    gate.scan(document);
    gone!.remove();
    expect(gate.pending()).toHaveLength(1);
    gate.update();
    expect(gate.pending()).toHaveLength(0);
  });
});
