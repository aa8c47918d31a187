import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import { renderHtml } from './report-html';
import { renderMarkdown } from './report-markdown';

const outcome = buildReport(
  'https://shop.example/',
  {
    pages: [{ url: 'https://shop.example/', status: 200 }],
    observations: [
      {
        pass: 'before',
        pageUrl: 'https://shop.example/',
        cookies: [{ name: '_ga', domain: '.shop.example', path: '/', expires: -1, size: 30, httpOnly: false, secure: true, sameSite: 'Lax' }],
        requests: [{ url: 'https://www.google-analytics.com/g/collect?x=<script>', type: 'fetch', initiator: 'https://shop.example/app.js' }],
        storage: [{ key: '<img src=x onerror=alert(1)>', area: 'local' }],
      },
    ],
    consentTool: null,
    warnings: ['no consent tool found'],
    fatal: null,
    secondsPerPage: [1.5],
  },
  new Date('2026-12-04T10:00:00Z'),
);

describe('renderHtml', () => {
  const html = renderHtml(outcome);

  it('is self-contained: no external stylesheet, script, image or font', () => {
    // Only attributes load resources; URLs of the scanned site appear as escaped table text.
    expect(html).not.toMatch(/<link\b|<[a-z]+\s[^>]*\b(src|href)=|url\(|@import/i);
    expect(html).toContain('<style>');
  });

  it('puts the leaks first, before the chart and the inventory tables', () => {
    expect(html.indexOf('id="leaks"')).toBeGreaterThan(0);
    expect(html.indexOf('id="leaks"')).toBeLessThan(html.indexOf('id="chart"'));
    expect(html.indexOf('id="chart"')).toBeLessThan(html.indexOf('id="cookies"'));
    expect(html).toContain('Leaks (2)');
    expect(html).toMatch(/<svg role="img" aria-label="Cookies per category: analytics: 1"/);
  });

  it('escapes everything the scanned site controls', () => {
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('x=<script>');
  });

  it('makes tables sortable by their column headings', () => {
    expect(html).toContain('<table class="sortable"');
    expect(html).toContain('<th scope="col"><button type="button">Name</button></th>');
  });
});

describe('renderMarkdown', () => {
  it('summarises leaks, inventory, the suggested config and notes', () => {
    const md = renderMarkdown(outcome);
    expect(md).toContain('## Leaks (2)');
    expect(md).toContain('| cookie | _ga | analytics | before any choice | https://shop.example/ |');
    expect(md).toContain('"_ga": "analytics"');
    expect(md).toContain('- no consent tool found');
  });
});
