import { test } from '@playwright/test';
import { requestProbes, serveBundle, writeProbes } from './leak-probes-helpers';

// Red-team probes of the realms a page can reach besides its own: a same-origin frame after it
// navigated (the WindowProxy stays, the realm with its natives is new) and windows `open()`
// returns (a popup, a named frame in a closed shadow root that `frames[i]` never lists).
// enable-gating.ts guards each realm (keyed by the realm, not the WindowProxy), again on a
// frame's `load`, and a window `open()` returns before page code gets it (docs/gating.md).
// Names (leak-probes-helpers.ts): U = a Meta pixel URL, B = a same-origin page without
// ConsentKit, F() = a fresh about:blank iframe, loaded(frame) = its next load event.
// CK_BUNDLE=<older consentkit.min.js> runs them against a build from before the fix.

test.beforeEach(({ page }) => serveBundle(page));

/** The last frame of the page, reached as `frames[i]` (no contentWindow getter on the way). */
const LAST = `frames[frames.length - 1]`;
/** Waits until popup `w` shows a complete document at a URL ending in `end` (page code cannot listen to a new realm's load). */
const NAVIGATED = `(w, end) => new Promise((resolve) => { const t = setInterval(() => { try { if (w.location.href.endsWith(end) && w.document.readyState === 'complete') { clearInterval(t); resolve(); } } catch {} }, 5); })`;

requestProbes('realms: requests before consent', {
  'a frame navigated to a first-party page: its fetch': { code: `const f = F(); f.src = B; await loaded(f); await f.contentWindow.fetch(U).catch(() => {});` },
  'a frame navigated to a first-party page: its Image': { code: `const f = F(); f.src = B; await loaded(f); new f.contentWindow.Image().src = U;` },
  'a frame navigated to a first-party page, reached as frames[i] after its load: its fetch': {
    code: `const f = F(); f.src = B; await loaded(f); await ${LAST}.fetch(U).catch(() => {});`,
  },
  'a frame navigated twice (two first-party pages), reached as frames[i] after its load: its Image': {
    code: `const f = F(); f.src = B; await loaded(f); f.src = B + '?again'; await loaded(f); new (${LAST}.Image)().src = U;`,
  },
  'a frame in a frame, both navigated, reached as frames[i][j] after its load: its fetch': {
    code: `const f = F(); f.src = B; await loaded(f); const g = f.contentDocument.body.appendChild(f.contentDocument.createElement('iframe')); g.src = B; await loaded(g); await ${LAST}[0].fetch(U).catch(() => {});`,
  },
  'iframe in a shadow root, reached through window.open(name)': {
    code: `const h = document.createElement('div'); document.body.append(h); const f = document.createElement('iframe'); f.name = 'shadowed' + ID; h.attachShadow({ mode: 'closed' }).append(f); await open('', 'shadowed' + ID).fetch(U).catch(() => {});`,
  },
  'iframe in a closed shadow root navigated to a first-party page, reached through window.open(name) after its load': {
    code: `const h = document.createElement('div'); document.body.append(h); const f = document.createElement('iframe'); f.name = 'shadowed' + ID; h.attachShadow({ mode: 'closed' }).append(f); f.src = B; await loaded(f); await open('', 'shadowed' + ID).fetch(U).catch(() => {});`,
  },
  "a popup's fetch (window.open about:blank)": { code: `const w = open('about:blank'); w.fetch(U).catch(() => {}); await wait(200); w.close();` },
  'a popup opened on a first-party page, after its load: its fetch': {
    code: `const w = open(B); await (${NAVIGATED})(w, B); await w.fetch(U).catch(() => {}); w.close();`,
  },
  'a popup that navigated to another first-party page: its Image': {
    code: `const w = open(B); await (${NAVIGATED})(w, B); w.location.href = B + '?next'; await (${NAVIGATED})(w, '?next'); new w.Image().src = U; await wait(200); w.close();`,
  },
});

writeProbes('realms: tracker cookies and keys before consent', {
  'a frame navigated to a first-party page: its cookie setter, called on the main document': {
    code: `const f = F(); f.src = B; await loaded(f); Object.getOwnPropertyDescriptor(f.contentWindow.Document.prototype, 'cookie').set.call(document, '_ga=GA1.1.1; path=/');`,
  },
  'a frame navigated to a first-party page: its localStorage.setItem': {
    code: `const f = F(); f.src = B; await loaded(f); f.contentWindow.localStorage.setItem('_hjid', 'x');`,
  },
  'a frame navigated to a first-party page, reached as frames[i] after its load: its document.cookie': {
    code: `const f = F(); f.src = B; await loaded(f); ${LAST}.document.cookie = '_ga=GA1.1.1; path=/';`,
  },
  "a popup's cookie setter, called on the main document": {
    code: `const w = open('about:blank'); Object.getOwnPropertyDescriptor(w.Document.prototype, 'cookie').set.call(document, '_ga=GA1.1.1; path=/'); w.close();`,
  },
  'a popup that navigated to another first-party page: its localStorage.setItem': {
    code: `const w = open(B); await (${NAVIGATED})(w, B); w.location.href = B + '?next'; await (${NAVIGATED})(w, '?next'); w.localStorage.setItem('_hjid', 'x'); w.close();`,
  },
});
