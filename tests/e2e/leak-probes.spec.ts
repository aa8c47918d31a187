import { expect, test } from '@playwright/test';
import { routeTrackers, settle } from '../fixtures/gating/helpers';
import { PAGE, parseProbes, requestProbes, runProbe, serveBundle, strictProbes, watchRequests, writeProbes } from './leak-probes-helpers';
import { editPage } from './script-tag-helpers';

// Red-team probes: ways a tracker could load, send or write before consent that
// tests/e2e/interception-paths.spec.ts does not try, against the built script tag for an opt-in
// visitor (FR) with no decision. Each table is one test per probe (leak-probes-helpers.ts): the
// code runs before any choice and nothing of it reaches a tracker, the jar, the `Cookie` header
// or Web Storage; after "Accept all" the same code does (the positive control), where it can.
// In the code: U = a Meta pixel URL, S = a Meta script URL, G = a Google Analytics collect URL,
// V = a same-origin tracker (blockRules "127.0.0.1/vendor"), F() = a fresh about:blank iframe.

test.beforeEach(({ page }) => serveBundle(page));

requestProbes('leak probes: no request before consent', {
  // Element attributes (URL_ATTRIBUTES in packages/core/src/gating/url-attributes.ts).
  'link rel=preload imageSrcset (property)': {
    code: `const l = document.createElement('link'); l.rel = 'preload'; l.as = 'image'; l.imageSrcset = U + ' 1x'; document.head.append(l);`,
  },
  // A list attribute: each candidate is judged (a first-party candidate first does not clear the value).
  'link rel=preload imagesrcset with a first-party candidate first': {
    code: `const l = document.createElement('link'); l.rel = 'preload'; l.as = 'image'; l.setAttribute('imagesrcset', '/fixtures/leak-probes/none.png 2x, ' + U + ' 1x'); document.head.append(l);`,
  },
  'script type=module src': { code: `const s = document.createElement('script'); s.type = 'module'; s.src = S; document.head.append(s);` },
  'video > track (default) src': {
    code: `const v = document.createElement('video'); const t = document.createElement('track'); t.kind = 'subtitles'; t.default = true; t.src = U; v.append(t); document.body.append(v);`,
  },
  'audio.src then insert': { code: `const a = document.createElement('audio'); a.preload = 'auto'; a.src = U; document.body.append(a);` },
  'svg image href': {
    code: `const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg'); const i = document.createElementNS('http://www.w3.org/2000/svg', 'image'); i.setAttribute('href', U); svg.append(i); document.body.append(svg);`,
  },
  'svg image xlink:href': {
    code: `const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg'); const i = document.createElementNS('http://www.w3.org/2000/svg', 'image'); i.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', U); svg.append(i); document.body.append(svg);`,
  },
  // SVGAnimatedString.baseVal sets href natively (no setAttribute).
  'svg image href.baseVal after insertion': {
    code: `const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg'); const i = document.createElementNS('http://www.w3.org/2000/svg', 'image'); svg.append(i); document.body.append(svg); i.href.baseVal = U;`,
  },
  "a fresh frame's SVGAnimatedString baseVal setter called on a main-document svg image's href": {
    code: `const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg'); const i = document.createElementNS('http://www.w3.org/2000/svg', 'image'); svg.append(i); document.body.append(svg); Object.getOwnPropertyDescriptor(F().contentWindow.SVGAnimatedString.prototype, 'baseVal').set.call(i.href, U);`,
  },
  'svg use href (a same-origin tracker)': {
    code: `const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg'); const u = document.createElementNS('http://www.w3.org/2000/svg', 'use'); u.setAttribute('href', V.replace('.js', '.svg') + '#dot'); svg.append(u); document.body.append(svg);`,
  },
  'svg feImage href': {
    code: `const NS = 'http://www.w3.org/2000/svg'; const svg = document.createElementNS(NS, 'svg'); const f = document.createElementNS(NS, 'filter'); f.id = 'fi'; const i = document.createElementNS(NS, 'feImage'); i.setAttribute('href', U); f.append(i); const r = document.createElementNS(NS, 'rect'); r.setAttribute('width', '10'); r.setAttribute('height', '10'); r.setAttribute('filter', 'url(#fi)'); svg.append(f, r); document.body.append(svg);`,
  },
  'body.background': { code: `document.body.background = U;` },
  'table background attribute': {
    code: `const t = document.createElement('table'); t.setAttribute('background', U); t.insertRow().insertCell().textContent = 'x'; document.body.append(t);`,
  },
  'button.formAction into a hidden iframe': {
    code: `const f = document.createElement('form'); f.target = 'sink'; f.method = 'post'; f.action = '/__health'; const b = document.createElement('button'); b.formAction = U; f.append(b); document.body.append(f); b.click();`,
  },
  'setAttribute(src) on an inserted script': { code: `const s = document.createElement('script'); document.head.append(s); s.setAttribute('src', S);` },
  'setAttribute(src) on an inserted img': { code: `const i = document.createElement('img'); document.body.append(i); i.setAttribute('src', U);` },
  'setAttribute(src) on an inserted iframe': { code: `const f = document.createElement('iframe'); document.body.append(f); f.setAttribute('src', U);` },
  "a fresh frame's src setter called on a main-document img": {
    code: `const i = new Image(); document.body.append(i); Object.getOwnPropertyDescriptor(F().contentWindow.HTMLImageElement.prototype, 'src').set.call(i, U);`,
  },
  // srcdoc, fragments, templates, writes into a frame.
  'iframe srcdoc with a tracker <script src>': {
    code: `const f = document.createElement('iframe'); f.srcdoc = '<script src="' + S + '"></scr' + 'ipt>'; document.body.append(f);`,
  },
  'iframe srcdoc with a character-reference-encoded tracker <img>': {
    code: `const f = document.createElement('iframe'); f.srcdoc = '<img src="' + U.replace(/\\//g, '&#47;') + '">'; document.body.append(f);`,
  },
  'iframe srcdoc whose inline script builds a tracker URL': {
    code: `const f = document.createElement('iframe'); f.srcdoc = '<script>new Image().src = "https://www.face" + "book.com/tr?p=' + ID + '";</scr' + 'ipt>'; document.body.append(f); await loaded(f);`,
  },
  'iframe contentDocument.write of a tracker <script>': {
    code: `const d = F().contentDocument; d.open(); d.write('<script src="' + S + '"></scr' + 'ipt>'); d.close();`,
  },
  // A tag split across writes is judged whole; a src is read with its character references decoded.
  'iframe contentDocument.write of a <script> tag split across two writes': {
    code: `const d = F().contentDocument; d.open(); d.write('<scr'); d.write('ipt src="' + S + '"></scr' + 'ipt>'); d.close();`,
  },
  'iframe contentDocument.write of a character-reference-encoded tracker <script>': {
    code: `const d = F().contentDocument; d.open(); d.write('<script src="' + S.replace(/\\./g, '&#46;') + '"></scr' + 'ipt>'); d.close();`,
  },
  'createContextualFragment <script src>, then appended': {
    code: `document.body.append(document.createRange().createContextualFragment('<script src="' + S + '"></scr' + 'ipt>'));`,
  },
  'template.content.cloneNode, then appended': {
    code: `const t = document.createElement('template'); t.innerHTML = '<img src="' + U + '">'; document.body.append(t.content.cloneNode(true));`,
  },
  // Network APIs (packages/core/src/gating/network-guard.ts).
  'navigator.serviceWorker.register (a same-origin tracker)': { code: `await navigator.serviceWorker.register(V + '?sw').catch(() => {});` },
  'CSS.paintWorklet.addModule': { code: `await CSS.paintWorklet.addModule(S).catch(() => {});` },
  'EventSource(new URL)': { code: `window.__e = new EventSource(new URL(U));` },
  'WebSocket(new URL)': { code: `window.__s = new WebSocket(new URL('wss://bat.bing.com/' + ID));` },
  'sendBeacon(new URL)': { code: `navigator.sendBeacon(new URL(G), 'x');` },
  'fetch(new Request)': { code: `await fetch(new Request(U)).catch(() => {});` },
  fetchLater: { code: `window.__later = fetchLater(U, { activateAfter: 0 }); await wait(300);` },
  'XMLHttpRequest.open(new URL)': { code: `const x = new XMLHttpRequest(); x.open('GET', new URL(U)); x.send();` },
  'fetch of a Request whose url property is shadowed': {
    code: `const r = new Request(U); Object.defineProperty(r, 'url', { value: '/__health' }); await fetch(r).catch(() => {});`,
  },
  'XMLHttpRequest opened under a tracker <base>, sent after the <base> is gone': {
    code: `const b = document.createElement('base'); b.href = 'https://www.facebook.com/'; document.head.prepend(b); const x = new XMLHttpRequest(); x.open('GET', 'tr?p=' + ID); b.remove(); x.send();`,
  },
  // What was judged is what is requested: these cannot request a tracker after "Accept all" either.
  'fetch of an object that names another URL when read again': {
    code: `let n = 0; await fetch({ toString: () => (n++ ? U : '/__health') }).catch(() => {});`,
    control: false,
  },
  'XMLHttpRequest.open of an object that names another URL when read again': {
    code: `let n = 0; const x = new XMLHttpRequest(); x.open('GET', { toString: () => (n++ ? U : '/__health') }); x.send();`,
    control: false,
  },
  // Speculation rules: a prefetch or prerender is a navigation request, which no fetch directive of
  // strict mode covers either. A script whose rules can reach a tracker is held (auto-blocker.ts).
  'speculation rules: prefetch of a tracker URL': {
    code: `const s = document.createElement('script'); s.type = 'speculationrules'; s.textContent = JSON.stringify({ prefetch: [{ source: 'list', urls: [U] }] }); document.head.append(s); await wait(300);`,
  },
  'speculation rules: prerender of a tracker URL': {
    code: `const s = document.createElement('script'); s.type = 'speculationrules'; s.textContent = JSON.stringify({ prerender: [{ source: 'list', urls: [U] }] }); document.head.append(s); await wait(300);`,
  },
  'speculation rules: a document rule whose href_matches selects a tracker link': {
    code: `const a = document.createElement('a'); a.href = U; a.textContent = 'x'; document.body.append(a); const s = document.createElement('script'); s.type = 'speculationrules'; s.textContent = JSON.stringify({ prefetch: [{ source: 'document', eagerness: 'immediate', where: { href_matches: 'https://www.facebook.com/*' } }] }); document.head.append(s); await wait(300);`,
  },
  'speculation rules given to a script already in the page (textContent after insertion)': {
    code: `const s = document.createElement('script'); s.type = 'speculationrules'; document.head.append(s); s.textContent = JSON.stringify({ prefetch: [{ source: 'list', urls: [U] }] }); await wait(300);`,
  },
  'speculation rules from createContextualFragment (its scripts run once inserted)': {
    code: `document.head.append(document.createRange().createContextualFragment('<script type="speculationrules">' + JSON.stringify({ prefetch: [{ source: 'list', urls: [U] }] }) + '</scr' + 'ipt>')); await wait(300);`,
  },
});

writeProbes('leak probes: no tracker cookie or storage key before consent', {
  "a fresh frame's Document.prototype cookie setter, called on the main document": {
    code: `Object.getOwnPropertyDescriptor(F().contentWindow.Document.prototype, 'cookie').set.call(document, '_ga=GA1.1.1; path=/');`,
  },
  "a fresh frame's cookieStore.set": { code: `await F().contentWindow.cookieStore.set('_fbp', 'fb.1.1');` },
  "a fresh frame's CookieStore.prototype.set, called on the main cookieStore": {
    code: `await F().contentWindow.CookieStore.prototype.set.call(cookieStore, '_fbp', 'fb.1.1');`,
  },
  "a srcdoc frame's own document.cookie": {
    code: `const f = document.createElement('iframe'); f.srcdoc = '<script>document.cookie = "_ga=GA1.1.1; path=/";</scr' + 'ipt>'; document.body.append(f); await loaded(f);`,
  },
  'document.cookie with an Expires the browser cannot read (a year only)': { code: `document.cookie = '_ga=GA1.1.1; path=/; expires=1970';` },
  'document.cookie with an Expires without a time': { code: `document.cookie = '_ga=GA1.1.1; path=/; expires=01 Jan 1970';` },
  "a fresh frame's Storage.prototype.setItem, called on the main localStorage": {
    code: `F().contentWindow.Storage.prototype.setItem.call(localStorage, '_hjid', 'x');`,
  },
  "a srcdoc frame's own localStorage.setItem": {
    code: `const f = document.createElement('iframe'); f.srcdoc = '<script>localStorage.setItem("_hjid", "x");</scr' + 'ipt>'; document.body.append(f); await loaded(f);`,
  },
  // What was judged is what is written: after "Accept all" these write the harmless value they showed first.
  'localStorage.setItem of a key that names a tracker key when read again': {
    code: `let n = 0; localStorage.setItem({ toString: () => (n++ ? '_hjid' : 'cart') }, 'x'); localStorage.removeItem('cart');`,
    control: false,
  },
  'cookieStore.set of options whose expires is in the past only when first read': {
    code: `let n = 0; await cookieStore.set({ name: '_ga', value: 'GA1.1.1', get expires() { return n++ ? Date.now() + 3600000 : 0; } });`,
    control: false,
  },
});

parseProbes('leak probes: page code that runs while the page parses, right after ConsentKit', {
  'inserts a tracker script and a pixel, writes _ga and _hjid, sends a beacon': `
    const s = document.createElement('script'); s.src = S; document.head.appendChild(s);
    new Image().src = U;
    document.cookie = '_ga=GA1.1.1; path=/';
    localStorage.setItem('_hjid', 'x');
    navigator.sendBeacon(G, 'x');`,
  'document.write of a tracker script': `document.write('<script src="' + S + '"></scr' + 'ipt>');`,
  'document.write of speculation rules naming a tracker URL': `document.write('<script type="speculationrules">' + JSON.stringify({ prefetch: [{ source: 'list', urls: [U] }] }) + '</scr' + 'ipt>');`,
  'document.write of a tracker script split across two writes': `document.write('<scr'); document.write('ipt src="' + S + '"></scr' + 'ipt>');`,
  'document.write of a character-reference-encoded tracker script': `document.write('<script src="' + S.replace(/\\./g, '&#46;') + '"></scr' + 'ipt>');`,
});

// No hook reaches these; strict mode's policy does (docs/gating.md, Strict mode). Without it they request.
strictProbes('leak probes: strict mode refuses what no hook reaches', {
  'new FontFace(…, url()).load()': `await new FontFace('f' + ID, 'url(' + U + ')').load().catch(() => {});`,
  'a constructed stylesheet in adoptedStyleSheets': `const s = new CSSStyleSheet(); s.replaceSync('body { background-image: url(' + U + ') }'); document.adoptedStyleSheets = [s];`,
  'CSS url() in a style attribute': `document.body.setAttribute('style', 'background-image: url(' + U + ')');`,
  'CSS url() through element.style': `document.body.style.backgroundImage = 'url(' + U + ')';`,
  'CSS url() through CSSStyleSheet.insertRule': `const s = document.createElement('style'); document.head.append(s); s.sheet.insertRule('body { background-image: url(' + U + ') }');`,
  'CSS cursor url()': `document.body.style.cursor = 'url(' + U + '), auto';`,
});

test("cookieStore.delete() of a name that reads as another cookie first cannot erase the visitor's decision", async ({ page, context }) => {
  await page.goto(PAGE);
  await page.evaluate(() => window.ConsentKit.rejectAll());
  expect(await runProbe(page, 'd', `let n = 0; await cookieStore.delete({ get name() { return n++ ? 'consentkit' : 'cart'; } });`)).toBe('');
  expect((await context.cookies()).map((c) => c.name)).toEqual(['consentkit']);
  await page.reload();
  expect(await page.evaluate(() => window.ConsentKit.hasDecided())).toBe(true);
});

test('speculation rules in the page markup naming a tracker URL: held while the page parses, released on "Accept all"', async ({ page, context }) => {
  const seen = watchRequests(context, page, 'markupspec');
  const rules = JSON.stringify({ prefetch: [{ source: 'list', urls: ['https://www.facebook.com/tr?p=markupspec'] }] });
  await routeTrackers(page);
  await editPage(page, PAGE, (html) => html.replace('<!-- page code -->', `<script type="speculationrules">${rules}</script>`));
  await page.goto(PAGE);
  await settle(page);
  expect(seen, 'a prefetch before consent').toEqual([]);
  await page.evaluate(() => window.ConsentKit.acceptAll());
  await expect.poll(() => seen.length, { message: 'the held rules were not released after acceptAll()' }).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.querySelector('script[type="speculationrules"]') !== null)).toBe(true);
});

test('an element named like an Object.prototype member (constructor, toString, __proto__) is gated without an error', async ({ page }) => {
  await page.goto(PAGE);
  const code = `for (const tag of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    const el = document.createElement(tag); el.setAttribute('title', 'x'); el.setAttribute('src', U); document.body.append(el);
    document.body.insertAdjacentHTML('beforeend', '<' + tag + ' title="x"></' + tag + '>');
  }`;
  expect(await runProbe(page, 'proto', code)).toBe('');
});
