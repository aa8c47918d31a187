import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { routeTrackers, settle } from '../fixtures/gating/helpers';

// Every path page code can make a request through, against the built script tag
// (dist/consentkit/consentkit.min.js) for an opt-in visitor: before any choice the path makes
// no request to the tracker; after acceptAll() the same action does (the positive control:
// the path really requests, and the test can fail). Table-driven: one page load per path.
//
// In each snippet: U = a tracker pixel URL, S = a tracker script URL, V = a same-origin
// tracker URL (blockRules "127.0.0.1/vendor"), F() = a fresh same-origin about:blank iframe.
// Every URL carries the path's id, which is how its requests are told apart.
const PAGE = '/fixtures/interception/page.html';
const SVG = 'http://www.w3.org/2000/svg';

const PATHS: Record<string, string> = {
  // Attribute paths (one table of URL attributes, every setter API).
  'img.srcset': `const i = new Image(); i.srcset = U + ' 1x'; document.body.append(i);`,
  'picture > source.srcset': `const p = document.createElement('picture'); const s = document.createElement('source'); s.srcset = U; p.append(s, new Image()); document.body.append(p);`,
  'video.poster': `const v = document.createElement('video'); v.poster = U; document.body.append(v);`,
  'video.src': `const v = document.createElement('video'); v.src = U; document.body.append(v);`,
  'new Audio(url)': `window.__a = new Audio(U);`,
  'input[type=image].src': `const i = document.createElement('input'); i.type = 'image'; i.src = U; document.body.append(i);`,
  'object.data': `const o = document.createElement('object'); o.data = U; document.body.append(o);`,
  'embed.src': `const e = document.createElement('embed'); e.src = U; document.body.append(e);`,
  'svg script href': `const svg = document.createElementNS('${SVG}', 'svg'); const s = document.createElementNS('${SVG}', 'script'); s.setAttribute('href', S); svg.append(s); document.body.append(svg);`,
  'svg script xlink:href (setAttributeNS)': `const svg = document.createElementNS('${SVG}', 'svg'); const s = document.createElementNS('${SVG}', 'script'); s.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', S); svg.append(s); document.body.append(svg);`,
  'a.ping': `const a = document.createElement('a'); a.href = '/fixtures/interception/page.html#x'; a.target = 'sink'; a.ping = U; document.body.append(a); a.click();`,
  'form.action into a hidden iframe': `const f = document.createElement('form'); f.action = U; f.target = 'sink'; f.method = 'post'; document.body.append(f); f.submit();`,
  'link rel=preload': `const l = document.createElement('link'); l.rel = 'preload'; l.as = 'image'; l.href = U; document.head.append(l);`,
  'link rel=prefetch': `const l = document.createElement('link'); l.rel = 'prefetch'; l.href = U; document.head.append(l);`,
  'link rel=modulepreload': `const l = document.createElement('link'); l.rel = 'modulepreload'; l.href = S; document.head.append(l);`,
  'link rel=stylesheet': `const l = document.createElement('link'); l.rel = 'stylesheet'; l.href = U; document.head.append(l);`,
  'img setAttributeNS(null, src)': `const i = new Image(); i.setAttributeNS(null, 'src', U);`,
  'img setAttributeNode': `const i = new Image(); const a = document.createAttribute('src'); a.value = U; i.setAttributeNode(a);`,
  'img Attr.value': `const i = new Image(); i.setAttribute('src', 'data:,'); i.getAttributeNode('src').value = U;`,
  'img attributes.setNamedItem': `const i = new Image(); const a = document.createAttribute('src'); a.value = U; i.attributes.setNamedItem(a);`,
  'iframe.srcdoc with an <img>': `const f = document.createElement('iframe'); f.srcdoc = '<img src="' + U + '">'; document.body.append(f);`,
  // Parsing and adoption paths.
  'document.importNode of a DOMParser <img> (not inserted)': `const d = new DOMParser().parseFromString('<img src="' + U + '">', 'text/html'); window.__n = document.importNode(d.body.firstChild, true);`,
  'document.adoptNode of a DOMParser <img> (not inserted)': `const d = new DOMParser().parseFromString('<img srcset="' + U + '">', 'text/html'); window.__n = document.adoptNode(d.body.firstChild);`,
  'importNode of a <template> content': `const d = new DOMParser().parseFromString('<template><img src="' + U + '"></template>', 'text/html'); document.body.append(document.importNode(d.querySelector('template').content, true));`,
  'Range.insertNode': `const d = new DOMParser().parseFromString('<img src="' + U + '">', 'text/html'); const r = document.createRange(); r.selectNodeContents(document.body); r.insertNode(d.body.firstChild);`,
  'createContextualFragment <img> (not inserted)': `window.__n = document.createRange().createContextualFragment('<img srcset="' + U + '">');`,
  'Document.parseHTMLUnsafe then append': `const d = Document.parseHTMLUnsafe('<video poster="' + U + '"></video>'); document.body.append(d.body.firstChild);`,
  'setHTMLUnsafe on a detached element': `document.createElement('div').setHTMLUnsafe('<img srcset="' + U + '">');`,
  'detached innerHTML <img srcset>': `document.createElement('div').innerHTML = '<img srcset="' + U + ' 2x">';`,
  'shadowRoot.innerHTML': `const h = document.createElement('div'); document.body.append(h); h.attachShadow({ mode: 'open' }).innerHTML = '<img src="' + U + '">';`,
  'closed shadow root innerHTML': `const h = document.createElement('div'); document.body.append(h); h.attachShadow({ mode: 'closed' }).innerHTML = '<input type="image" src="' + U + '">';`,
  'outerHTML <video poster>': `const h = document.createElement('div'); document.body.append(h); h.outerHTML = '<video poster="' + U + '"></video>';`,
  // Other realms: a same-origin about:blank iframe's natives.
  'iframe contentWindow.fetch': `F().contentWindow.fetch(U).catch(() => {});`,
  'iframe contentWindow.Image': `const w = F().contentWindow; new w.Image().src = U;`,
  'iframe XMLHttpRequest': `const x = new (F().contentWindow.XMLHttpRequest)(); x.open('GET', U); x.send();`,
  'iframe sendBeacon': `F().contentWindow.navigator.sendBeacon(U, 'x');`,
  'window.frames[i].fetch right after insertion': `F(); frames[frames.length - 1].fetch(U).catch(() => {});`,
  "iframe's appendChild on the main <head>": `const f = F(); const s = f.contentDocument.createElement('script'); s.src = S; f.contentWindow.Node.prototype.appendChild.call(document.head, s);`,
  // Network constructors.
  EventSource: `window.__e = new EventSource(U);`,
  Worker: `window.__w = new Worker(V);`,
  SharedWorker: `window.__w = new SharedWorker(V);`,
};

// CK_BUNDLE=<file> serves another build of the script tag in place of dist/ (e.g. one from
// before a change, to see these tests fail on it).
test.beforeEach(async ({ page }) => {
  const bundle = process.env.CK_BUNDLE;
  if (bundle)
    await page.route('**/dist/consentkit/consentkit.min.js', (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync(bundle) }));
});

/** Runs a path's snippet in the page; a constructor that throws (blocked) is what blocking looks like. */
const run = (page: Page, id: string, code: string): Promise<string> =>
  page.evaluate(`(() => {
    const U = 'https://www.facebook.com/tr?p=${id}';
    const S = 'https://connect.facebook.net/${id}.js';
    const V = '/vendor/${id}.js';
    const F = () => document.body.appendChild(document.createElement('iframe'));
    try {
      ${code}
    } catch (error) {
      return String(error);
    }
    return '';
  })()`);

/** Requests (and WebSocket connections) whose URL carries `id`. */
function watch(page: Page, id: string): string[] {
  const seen: string[] = [];
  page.on('request', (request) => void (request.url().includes(id) && seen.push(request.url())));
  page.on('websocket', (socket) => void (socket.url().includes(id) && seen.push(socket.url())));
  return seen;
}

test.describe('interception: no request before consent, the same action requests after acceptAll()', () => {
  let n = 0;
  for (const [name, code] of Object.entries(PATHS)) {
    const id = `path${++n}x`;
    test(name, async ({ page }) => {
      const seen = watch(page, id);
      await routeTrackers(page);
      await page.goto(PAGE);
      await run(page, id, code);
      await settle(page);
      expect(seen, `${name} made a request before consent`).toEqual([]);
      await page.evaluate(() => window.ConsentKit.acceptAll());
      expect(await run(page, id, code)).toBe('');
      await expect.poll(() => seen.length, { message: `${name} made no request after acceptAll()` }).toBeGreaterThan(0);
    });
  }
});

test('WebSocket to a tracker host: refused before consent, connects after acceptAll()', async ({ page }) => {
  const seen = watch(page, 'wsx');
  await page.goto(PAGE);
  const open = () =>
    page.evaluate(() => {
      try {
        new WebSocket('wss://bat.bing.com/wsx');
        return '';
      } catch (error) {
        return (error as Error).name;
      }
    });
  expect(await open()).toBe('SecurityError');
  await settle(page);
  expect(seen).toEqual([]);
  await page.evaluate(() => window.ConsentKit.acceptAll());
  expect(await open()).toBe('');
  await expect.poll(() => seen.length).toBeGreaterThan(0);
});

// (An <img> written in server-rendered HTML, in a shadow root or not, is fetched by the parser
// before any script can act: strict mode covers it, docs/gating.md.)
test('declarative shadow DOM: a tracker <script> in a server-rendered shadow root runs only after consent', async ({ page }) => {
  await routeTrackers(page, { 'connect.facebook.net/': { name: 'dsd' } });
  await page.goto('/fixtures/interception/declarative-shadow.html');
  await settle(page);
  expect(await page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran ?? [])).toEqual([]);
  await page.evaluate(() => window.ConsentKit.acceptAll());
  await expect.poll(() => page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran ?? [])).toEqual(['dsd']);
});
