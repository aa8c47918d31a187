import { allGranted, findAll, readCategories } from './gated-element';
import type { Category } from '../types';

/**
 * Marked-up scripts: `<script type="text/plain" data-category="analytics" [src]>`, the type in
 * any case and with parameters too (`text/plain; charset=utf-8`: the browser runs neither).
 */
export const GATED_SCRIPT_SELECTOR = 'script[type^="text/plain" i][data-category]';

/** Attributes of the marked-up script that describe the gate, not the script to run. */
const GATE_ATTRIBUTES = ['type', 'data-category', 'data-type', 'nonce'];

/** Runs marked-up scripts on grant, each exactly once, in discovery (document) order. */
export interface ScriptGate {
  /** Queues the marked-up scripts in `root` (or `root` itself) not seen before, then runs what it may. */
  scan(root: ParentNode | Element): void;
  /** Runs the queued scripts whose categories are now all granted. */
  update(): void;
  /** Scripts queued and not yet run (for tests and debugging). */
  pending(): readonly HTMLScriptElement[];
}

/**
 * The runnable copy of a marked-up script: every attribute carried over (`src`, `async`,
 * `defer`, `crossorigin`, `integrity`, `referrerpolicy`, `nomodule`, `id`, `data-*` ...) except
 * the gate's own; `data-type` becomes `type` (e.g. `module`); the CSP nonce is copied from the
 * `nonce` *property*, because browsers hide the attribute once the page has loaded (HTML §
 * "nonce attributes"). An external script without `async` is made ordered (`async = false`),
 * since an inserted script is async by default and would otherwise overtake its predecessors.
 */
export function activateScript(original: HTMLScriptElement, doc: Document): HTMLScriptElement {
  const script = doc.createElement('script');
  for (const { name, value } of original.attributes) if (!GATE_ATTRIBUTES.includes(name)) script.setAttribute(name, value);
  const type = original.getAttribute('data-type');
  if (type) script.setAttribute('type', type);
  if (original.nonce) script.nonce = original.nonce;
  if (original.hasAttribute('src')) script.async = original.hasAttribute('async');
  else script.text = original.text;
  return script;
}

/**
 * Creates the gate. `exempt` receives every copy it inserts, so auto-blocking does not hold a
 * script the site's markup explicitly assigned to a granted category.
 */
export function createScriptGate(doc: Document, isGranted: (category: Category) => boolean, exempt: WeakSet<Element>): ScriptGate {
  const seen = new WeakSet<Element>();
  const queue: HTMLScriptElement[] = [];
  // True while the queue is being run, and while an ordered external script loads: the next
  // script waits for it (a later call finds the queue busy; the load or error resumes it).
  let busy = false;

  const update = () => {
    if (busy) return;
    busy = true;
    for (let i = 0; i < queue.length;) {
      const original = queue[i]!;
      // A script removed from the page before consent was withdrawn by the page: dropped.
      if (original.isConnected && !allGranted(readCategories(original), isGranted)) {
        i++;
        continue;
      }
      queue.splice(i, 1);
      if (!original.isConnected) continue;
      const script = activateScript(original, doc);
      exempt.add(script);
      const waits = script.hasAttribute('src') && !script.async;
      if (waits) {
        const resume = () => {
          busy = false;
          update();
        };
        script.addEventListener('load', resume);
        script.addEventListener('error', resume);
      }
      original.setAttribute('data-consentkit', 'executed');
      // Beside the original, so code that looks for "its" script near the markup finds it.
      original.after(script);
      if (waits) return;
      // An inline script may have granted consent and unlocked an earlier one: start over.
      i = 0;
    }
    busy = false;
  };

  return {
    scan(root) {
      for (const script of findAll<HTMLScriptElement>(root, GATED_SCRIPT_SELECTOR)) {
        if (!seen.has(script)) queue.push(script);
        seen.add(script);
      }
      update();
    },
    update,
    pending: () => [...queue],
  };
}
