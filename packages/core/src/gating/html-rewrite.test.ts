import { describe, expect, it } from 'vitest';
import { rewriteRulesHtml, rewriteTrackerHtml } from './html-rewrite';

const blocked = (url: string) => (url.startsWith('https://t.example/') ? 'targeting' : undefined);

describe('rewriteTrackerHtml', () => {
  it('turns tracker images and iframes into embed markup', () => {
    expect(rewriteTrackerHtml('<img alt="" src="https://t.example/p?a=1&amp;b=2">', blocked, false)).toBe(
      '<img data-category="targeting" alt="" data-src="https://t.example/p?a=1&amp;b=2">',
    );
    expect(rewriteTrackerHtml("<IFRAME src='https://t.example/f'></IFRAME>", blocked, false)).toBe(
      '<IFRAME data-category="targeting" data-src=\'https://t.example/f\'></IFRAME>',
    );
    expect(rewriteTrackerHtml('<img src=https://t.example/p>', blocked, false)).toBe('<img data-category="targeting" data-src=https://t.example/p>');
  });

  it('renames the URL attributes of a tracker <link>, <object> and <embed> (they fetch as they are inserted), leaving others alone', () => {
    expect(rewriteTrackerHtml('<link rel="preload" as="image" href="https://t.example/p">', blocked, false)).toBe(
      '<link rel="preload" as="image" data-consentkit-href="https://t.example/p">',
    );
    expect(rewriteTrackerHtml("<LINK rel=preload as=image imagesrcset='/own.png 2x, https:&#47;/t.example/p 1x' href=/own.png>", blocked, false)).toBe(
      "<LINK rel=preload as=image data-consentkit-imagesrcset='/own.png 2x, https:&#47;/t.example/p 1x' href=/own.png>",
    );
    expect(rewriteTrackerHtml('<object data="https://t.example/o"></object><embed src=https://t.example/e>', blocked, false)).toBe(
      '<object data-consentkit-data="https://t.example/o"></object><embed data-consentkit-src=https://t.example/e>',
    );
    const own = '<link rel="stylesheet" href="/site.css"><link data-href="https://t.example/x"><object data="/own.svg"></object>';
    expect(rewriteTrackerHtml(own, blocked, true)).toBe(own);
  });

  it('turns a written tracker script into script-gate markup, keeping its type as data-type', () => {
    expect(rewriteTrackerHtml('<script type="module" src="https://t.example/s.js"></script>', blocked, true)).toBe(
      '<script type="text/plain" data-category="targeting" data-type="module" src="https://t.example/s.js"></script>',
    );
    // innerHTML scripts never run: left as they are.
    expect(rewriteTrackerHtml('<script src="https://t.example/s.js"></script>', blocked, false)).toBe('<script src="https://t.example/s.js"></script>');
  });

  it('reads a src as the parser will: character references decoded, a slash before the attribute name', () => {
    expect(rewriteTrackerHtml('<script src="https://t&#46;example/s&period;js"></script>', blocked, true)).toBe(
      '<script type="text/plain" data-category="targeting" src="https://t&#46;example/s&period;js"></script>',
    );
    expect(rewriteTrackerHtml('<img src=https:&#x2F;&sol;t.example&#x2f;p>', blocked, false)).toBe(
      '<img data-category="targeting" data-src=https:&#x2F;&sol;t.example&#x2f;p>',
    );
    expect(rewriteTrackerHtml('<script/src="https://t.example/s.js"></script>', blocked, true)).toBe(
      '<script type="text/plain" data-category="targeting"/data-src="https://t.example/s.js"></script>'.replace('/data-src', '/src'),
    );
  });

  it('rewrites each tracker tag of a longer string and keeps the text between them', () => {
    const html = `<p>a</p><img src="https://t.example/1"><img src="/own.png"> text <iframe src="https://t.example/2"></iframe><b>end</b>`;
    expect(rewriteTrackerHtml(html, blocked, false)).toBe(
      '<p>a</p><img data-category="targeting" data-src="https://t.example/1"><img src="/own.png"> text ' +
        '<iframe data-category="targeting" data-src="https://t.example/2"></iframe><b>end</b>',
    );
    // The same again (no state left from the call before).
    expect(rewriteTrackerHtml('<img src="https://t.example/3">', blocked, false)).toBe('<img data-category="targeting" data-src="https://t.example/3">');
  });

  it('turns written speculation rules that need a category into script-gate markup, keeping their type as data-type', () => {
    const rules = (text: string, unfinished: boolean) => (unfinished ? 'targeting' : text.includes('t.example') ? 'analytics' : undefined);
    expect(rewriteRulesHtml(`<p>a</p><script type="speculationrules" id=r>{"prefetch":[{"urls":["https://t.example/x"]}]}</SCRIPT><b>`, rules)).toBe(
      `<p>a</p><script type="text/plain" data-category="analytics" data-type="speculationrules" id=r>{"prefetch":[{"urls":["https://t.example/x"]}]}</SCRIPT><b>`,
    );
    expect(rewriteRulesHtml(`<script type=SpeculationRules>{"prefetch":[{"urls":["/own"]}]}</script>`, rules)).toBe(
      `<script type=SpeculationRules>{"prefetch":[{"urls":["/own"]}]}</script>`,
    );
    // Its end tag not written yet: what follows cannot be judged.
    expect(rewriteRulesHtml(`<script type='speculationrules'>{"pre`, rules)).toBe(
      `<script type="text/plain" data-category="targeting" data-type='speculationrules'>{"pre`,
    );
    expect(rewriteRulesHtml('<script type="module">speculationrules</script>', rules)).toBe('<script type="module">speculationrules</script>');
  });

  it('leaves everything else alone', () => {
    const html = '<p>src</p><img src="/logo.png"><img data-src="x"><iframe srcdoc="a"></iframe>';
    expect(rewriteTrackerHtml(html, blocked, true)).toBe(html);
    expect(rewriteTrackerHtml('<div>plain</div>', blocked, true)).toBe('<div>plain</div>');
  });
});
