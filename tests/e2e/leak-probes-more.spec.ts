import { test } from '@playwright/test';
import { markupProbes, requestProbes, serveBundle, strictProbes, writeProbes } from './leak-probes-helpers';

// A second red-team pass over gating (see tests/e2e/leak-probes.spec.ts for the first): paths
// that neither it nor tests/e2e/interception-paths.spec.ts tries, against the built script tag
// for an opt-in visitor (FR) with no decision. Each table is one test per probe
// (leak-probes-helpers.ts): before any choice nothing of it reaches a tracker, the jar, the
// `Cookie` header or Web Storage; after "Accept all" the same code does (the positive control).
// Names: U = a Meta pixel URL, S = a Meta script URL, G = a Google Analytics collect URL,
// V = a same-origin tracker (blockRules "127.0.0.1/vendor"), F() = a fresh about:blank iframe.
// CK_BUNDLE=<older consentkit.min.js> runs them against a build from before a fix.

test.beforeEach(({ page }) => serveBundle(page));

requestProbes('more leak probes: no request before consent', {
  // Element attributes set after insertion, by other rels and elements than the first pass.
  'link rel=icon, href set after insertion': { code: `const l = document.createElement('link'); l.rel = 'icon'; document.head.append(l); l.href = U;` },
  'link rel=stylesheet, href through Attr.nodeValue after insertion': {
    code: `const l = document.createElement('link'); l.rel = 'stylesheet'; l.setAttribute('href', '/fixtures/leak-probes/none.css'); document.head.append(l); l.getAttributeNode('href').nodeValue = U;`,
  },
  'link rel=alternate with a tracker href, then rel=stylesheet': {
    code: `const l = document.createElement('link'); l.rel = 'alternate'; l.href = U; document.head.append(l); l.rel = 'stylesheet';`,
  },
  'video > source src appended to a video in the page': {
    code: `const v = document.createElement('video'); v.preload = 'auto'; document.body.append(v); const s = document.createElement('source'); s.src = U; v.append(s);`,
  },
  'picture > source srcset set after insertion': {
    code: `const p = document.createElement('picture'); const s = document.createElement('source'); p.append(s, new Image()); document.body.append(p); s.srcset = U;`,
  },
  'area ping, clicked': {
    code: `const m = document.createElement('map'); m.name = 'm' + ID; const a = document.createElement('area'); a.shape = 'default'; a.href = '/fixtures/interception/page.html#x'; a.target = 'sink'; a.ping = U; m.append(a); document.body.append(m); a.click();`,
  },
  'form.requestSubmit() into a hidden iframe': {
    code: `const f = document.createElement('form'); f.target = 'sink'; f.method = 'post'; f.setAttribute('action', U); document.body.append(f); f.requestSubmit();`,
  },
  'input type=submit formAction, requestSubmit(input)': {
    code: `const f = document.createElement('form'); f.target = 'sink'; f.method = 'post'; f.action = '/__health'; const i = document.createElement('input'); i.type = 'submit'; i.formAction = U; f.append(i); document.body.append(f); f.requestSubmit(i);`,
  },
  // Parsing and cloning paths.
  'Document.parseHTMLUnsafe, then adoptNode (not inserted)': {
    code: `const d = Document.parseHTMLUnsafe('<img src="' + U + '">'); window.__n = document.adoptNode(d.body.firstChild);`,
  },
  "template content's node moved into the page (no clone)": {
    code: `const t = document.createElement('template'); t.innerHTML = '<img src="' + U + '">'; document.body.appendChild(t.content.firstChild);`,
  },
  'insertAdjacentHTML afterbegin on the body, <link rel=preload>': {
    code: `document.body.insertAdjacentHTML('afterbegin', '<link rel="preload" as="image" href="' + U + '">');`,
  },
  'innerHTML of an element in the page, <link rel=stylesheet>': {
    code: `const d = document.createElement('div'); document.body.append(d); d.innerHTML = '<link rel="stylesheet" href="' + U + '">';`,
  },
  'outerHTML of an element in the page, <link rel=preload imagesrcset>': {
    code: `const d = document.createElement('div'); document.body.append(d); d.outerHTML = '<link rel="preload" as="image" imagesrcset="' + U + ' 1x">';`,
  },
  'innerHTML of an element in the page, <iframe srcdoc> with a tracker <img>': {
    code: `const d = document.createElement('div'); document.body.append(d); d.innerHTML = '<iframe srcdoc="<img src=' + U + '>"></iframe>'; await wait(300);`,
  },
  'innerHTML of an element in the page, <object data>': {
    code: `const d = document.createElement('div'); document.body.append(d); d.innerHTML = '<object data="' + U + '"></object>'; await wait(300);`,
  },
  'innerHTML of an element in the page, <embed src>': {
    code: `const d = document.createElement('div'); document.body.append(d); d.innerHTML = '<embed src="' + U + '">'; await wait(300);`,
  },
  'innerHTML of an element in the page, <video><source src></video>': {
    code: `const d = document.createElement('div'); document.body.append(d); d.innerHTML = '<video preload="auto"><source src="' + U + '"></video>'; await wait(300);`,
  },
  'innerHTML of an element in the page, <svg><image href>': {
    code: `const d = document.createElement('div'); document.body.append(d); d.innerHTML = '<svg><image href="' + U + '"></image></svg>'; await wait(300);`,
  },
  'setHTMLUnsafe of a declarative shadow root holding an <img srcset>': {
    code: `const d = document.createElement('div'); document.body.append(d); d.setHTMLUnsafe('<div><template shadowrootmode="open"><img srcset="' + U + ' 1x"></template></div>'); await wait(300);`,
  },
  'setHTMLUnsafe on an element in the page, <img srcset>': {
    code: `const d = document.createElement('div'); document.body.append(d); d.setHTMLUnsafe('<img srcset="' + U + ' 1x">');`,
  },
  // Paths that parse HTML besides the patched sinks.
  "document.execCommand('insertHTML') into a contenteditable, <img>": {
    code: `const d = document.createElement('div'); d.contentEditable = 'true'; document.body.append(d); d.focus(); document.execCommand('insertHTML', false, '<img src="' + U + '">');`,
  },
  'XSLTProcessor.transformToFragment of an <img> (not inserted)': {
    code: `const x = new DOMParser().parseFromString('<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:output method="html"/><xsl:template match="/"><img src="' + U + '"/></xsl:template></xsl:stylesheet>', 'application/xml'); const p = new XSLTProcessor(); p.importStylesheet(x); window.__n = p.transformToFragment(new DOMParser().parseFromString('<a/>', 'application/xml'), document);`,
  },
  'cloneNode of a held script, inserted beside it': {
    code: `const s = document.createElement('script'); s.src = S; document.head.append(s); document.head.append(s.cloneNode(true));`,
  },
  "a fresh frame's Element.prototype.setAttribute, called on a main-document img": {
    code: `const i = new Image(); document.body.append(i); F().contentWindow.Element.prototype.setAttribute.call(i, 'src', U);`,
  },
  "a fresh frame's innerHTML setter, called on a main-document div": {
    code: `const d = document.createElement('div'); document.body.append(d); Object.getOwnPropertyDescriptor(F().contentWindow.Element.prototype, 'innerHTML').set.call(d, '<img src="' + U + '">');`,
  },
  // Network APIs.
  'fetch of a URL subclass': { code: `class X extends URL {} await fetch(new X(U)).catch(() => {});` },
  'fetch of a Request built in a fresh frame': { code: `await fetch(new (F().contentWindow.Request)(U)).catch(() => {});` },
  'sendBeacon with a Blob body': { code: `navigator.sendBeacon(G, new Blob(['x'], { type: 'text/plain' }));` },
  'sendBeacon with a URLSearchParams body': { code: `navigator.sendBeacon(G, new URLSearchParams({ a: '1' }));` },
  "a fresh frame's XMLHttpRequest open, called on a main-document XMLHttpRequest": {
    code: `const x = new XMLHttpRequest(); F().contentWindow.XMLHttpRequest.prototype.open.call(x, 'GET', U); x.send();`,
  },
  "a main-document XMLHttpRequest opened, sent through a fresh frame's send": {
    code: `const x = new XMLHttpRequest(); x.open('GET', U); F().contentWindow.XMLHttpRequest.prototype.send.call(x);`,
  },
  "a fresh frame's Navigator.prototype.sendBeacon, called on the main navigator": {
    code: `F().contentWindow.Navigator.prototype.sendBeacon.call(navigator, G, 'x');`,
  },
  "a fresh frame's fetch, called with the main window as this": { code: `await F().contentWindow.fetch.call(window, U).catch(() => {});` },
  "a blob: URL frame's own fetch": {
    code: `const f = document.createElement('iframe'); f.src = URL.createObjectURL(new Blob(['<script>fetch("' + U + '").catch(() => {});</scr' + 'ipt>'], { type: 'text/html' })); document.body.append(f); await loaded(f); await wait(300);`,
  },
  // A frame that arrives by a path no insertion patch covers, reached as frames[i] at once (before the page observer runs).
  'Range.surroundContents with an iframe, its frames[i].fetch at once': {
    code: `const span = document.body.appendChild(document.createElement('span')); const r = document.createRange(); r.selectNodeContents(span); r.surroundContents(document.createElement('iframe')); await frames[frames.length - 1].fetch(U).catch(() => {});`,
  },
  'document.body replaced by a body holding an iframe, its frames[i].fetch at once': {
    code: `const b = document.createElement('body'); b.append(document.createElement('iframe')); document.body = b; await frames[frames.length - 1].fetch(U).catch(() => {});`,
  },
  "a fresh frame's EventSource": { code: `window.__e = new (F().contentWindow.EventSource)(U);` },
});

writeProbes('more leak probes: no tracker cookie or storage key before consent', {
  'document.cookie with spaces around the name': { code: `document.cookie = '  _ga =GA1.1.1; path=/';` },
  'document.cookie with a tab before the name': { code: `document.cookie = '\\t_fbp=fb.1.1; path=/';` },
  'document.cookie with SameSite and Max-Age attributes': { code: `document.cookie = '_ga=GA1.1.1; SameSite=Lax; Max-Age=3600; path=/';` },
  'document.cookie with a domain attribute': { code: `document.cookie = '_ga=GA1.1.1; path=/; domain=' + location.hostname;` },
  "a fresh frame's Storage.prototype.setItem, called on the main sessionStorage": {
    code: `F().contentWindow.Storage.prototype.setItem.call(sessionStorage, '_hjid', 'x');`,
  },
});

// No hook reaches these; strict mode's policy does (docs/gating.md, Strict mode). Without it they request.
strictProbes('more leak probes: strict mode refuses what no hook reaches', {
  'CSSStyleSheet.replace() of a constructed sheet with url()': `const s = new CSSStyleSheet(); await s.replace('body { background-image: url(' + U + ') }'); document.adoptedStyleSheets = [s];`,
  '<style> textContent set after insertion, @import': `const s = document.createElement('style'); document.head.append(s); s.textContent = '@import url(' + U + ');';`,
  '<style> text node appended after insertion': `const s = document.createElement('style'); document.head.append(s); s.append(document.createTextNode('body { background-image: url(' + U + ') }'));`,
  "<style>'s text node data changed (CharacterData.data)": `const s = document.createElement('style'); s.textContent = 'body { color: red }'; document.head.append(s); s.firstChild.data = 'body { background-image: url(' + U + ') }';`,
  '@font-face in a <style>': `const s = document.createElement('style'); s.textContent = '@font-face { font-family: f' + ID + '; src: url(' + U + ') } body { font-family: f' + ID + ' }'; document.head.append(s);`,
  'element.style.setProperty': `document.body.style.setProperty('background-image', 'url(' + U + ')');`,
  'element.style.cssText': `document.body.style.cssText = 'background-image: url(' + U + ')';`,
  'a link clicked into a hidden iframe (a frame navigation)': `const f = document.createElement('iframe'); f.name = 'nav' + ID; document.body.append(f); const a = document.createElement('a'); a.href = U; a.target = f.name; document.body.append(a); a.click(); await wait(300);`,
  'window.open into a named frame (a frame navigation)': `const f = document.createElement('iframe'); f.name = 'nav' + ID; document.body.append(f); open(U, f.name); await wait(300);`,
  // A <base> that names a tracker host, set after relative URLs were judged against the page's
  // own: what the browser resolves later (an image in the next microtask, a ping when clicked, a
  // form when submitted) goes to the tracker, and only the policy stops it.
  'new Image().src relative, then a tracker <base> in the same task': `const i = new Image(); i.src = 'tr?p=' + ID; const b = document.createElement('base'); b.href = 'https://www.facebook.com/'; document.head.prepend(b); await wait(300); b.remove();`,
  'a.ping relative, then a tracker <base>, then clicked': `const f = document.createElement('iframe'); f.name = 'ping' + ID; document.body.append(f); const a = document.createElement('a'); a.href = '/__health#x'; a.target = f.name; a.setAttribute('ping', 'tr?p=' + ID); document.body.append(a); const b = document.createElement('base'); b.href = 'https://www.facebook.com/'; document.head.prepend(b); a.click(); await wait(300); b.remove();`,
  'form action relative, then a tracker <base>, then submitted': `const f = document.createElement('iframe'); f.name = 'form' + ID; document.body.append(f); const form = document.createElement('form'); form.target = f.name; form.method = 'post'; form.setAttribute('action', 'tr?p=' + ID); document.body.append(form); const b = document.createElement('base'); document.head.prepend(b); b.setAttribute('href', 'https://www.facebook.com/'); form.submit(); await wait(300); b.remove();`,
  // A frame of another (opaque) origin the page creates: its scripts' requests are no hook's; it inherits the page's policy.
  'an inline module script that imports a tracker module': `const s = document.createElement('script'); s.type = 'module'; s.textContent = 'import "' + U + '.js";'; document.head.append(s); await wait(300);`,
  // A frame execCommand inserted, reached as frames[i] before the page observer has guarded it: it inherits the page's policy.
  "document.execCommand('insertHTML') of an iframe, its frames[i].fetch at once": `const d = document.createElement('div'); d.contentEditable = 'true'; document.body.append(d); d.focus(); document.execCommand('insertHTML', false, '<iframe></iframe>'); await frames[frames.length - 1].fetch(U).catch(() => {});`,
  // A closed declarative shadow root parsed from a string: no API reaches it, and the rewrite renames only some URLs (docs/gating.md, Limits).
  'setHTMLUnsafe of a closed declarative shadow root holding a <video poster>, then inserted': `window.__d = document.createElement('div'); window.__d.setHTMLUnsafe('<div><template shadowrootmode="closed"><video poster="' + U + '"></video></template></div>'); document.body.append(window.__d); await wait(300);`,
  'a data: URL frame whose script builds a tracker URL': `const f = document.createElement('iframe'); f.src = 'data:text/html,' + encodeURIComponent('<script>fetch("https://www.face" + "book.com/tr?p=' + ID + '").catch(() => {});</scr' + 'ipt>'); document.body.append(f); await loaded(f); await wait(300);`,
  '<meta http-equiv=refresh> in a same-origin frame (a frame navigation)': `const d = F().contentDocument; const m = d.createElement('meta'); m.httpEquiv = 'refresh'; m.content = '0;url=' + U; d.head.append(m); await wait(300);`,
});

// The documented markup (docs/gating.md, Marked-up scripts; Iframes, images and placeholders),
// in odd but valid forms, and page code that gives a gated embed its `src` itself (a lazy-loading
// library reads `data-src` too).
markupProbes('more leak probes: gated markup', {
  'a gated script with surrounding spaces in data-category and an upper-case type': {
    html: `<script type="TEXT/PLAIN" data-category="  analytics  " src="{S}"></script>`,
  },
  'a gated script whose type has a charset parameter': {
    html: `<script type="text/plain; charset=utf-8" data-category="analytics" src="{S}"></script>`,
  },
  'a script gated on two categories, only one of them granted': {
    html: `<script type="text/plain" data-category="analytics targeting" src="{S}"></script>`,
    before: `ConsentKit.update({ analytics: true });`,
  },
  'a gated iframe whose src page code sets from data-src (a lazy loader)': {
    html: `<iframe data-category="targeting" data-src="https://www.youtube-nocookie.com/embed/{ID}" title="video"></iframe>`,
    before: `const f = document.querySelector('iframe[data-src]'); f.src = f.dataset.src;`,
  },
  'a gated iframe whose src page code sets with setAttribute': {
    html: `<iframe data-category="targeting" data-src="https://www.youtube-nocookie.com/embed/{ID}" title="video"></iframe>`,
    before: `const f = document.querySelector('iframe[data-src]'); f.setAttribute('src', f.dataset.src);`,
  },
  'a gated img whose src page code sets from data-src (a lazy loader)': {
    html: `<img data-category="analytics" data-src="https://cdn.example.test/{ID}.png" alt="">`,
    before: `const i = document.querySelector('img[data-src]'); i.src = i.dataset.src;`,
  },
  'a gated iframe on two categories whose src page code sets, only one of them granted': {
    html: `<iframe data-category="analytics targeting" data-src="https://www.youtube-nocookie.com/embed/{ID}" title="video"></iframe>`,
    before: `const f = document.querySelector('iframe[data-src]'); f.src = f.dataset.src; ConsentKit.update({ analytics: true });`,
  },
  'a script gated on a category the site declares in its config': {
    html: `<script type="text/plain" data-category="functional" src="{S}"></script>`,
    config: `"categories": { "functional": { "label": "Functional" } },`,
    before: `ConsentKit.update({ analytics: true, targeting: true });`,
  },
});
