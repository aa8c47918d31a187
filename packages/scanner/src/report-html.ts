import type { ScanOutcome } from './build-report';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values (every value in the report comes from the scanned site). */
export const escapeHtml = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

const COLORS: Record<string, string> = { necessary: '#2e7d32', analytics: '#1565c0', targeting: '#c62828', functional: '#6a1b9a', unknown: '#757575' };

function table(id: string, caption: string, head: string[], rows: unknown[][]): string {
  if (rows.length === 0) return `<h2 id="${id}">${escapeHtml(caption)}</h2><p>None.</p>`;
  return (
    `<h2 id="${id}">${escapeHtml(caption)}</h2><div class="scroll"><table class="sortable" aria-labelledby="${id}"><thead><tr>` +
    head.map((h) => `<th scope="col"><button type="button">${escapeHtml(h)}</button></th>`).join('') +
    '</tr></thead><tbody>' +
    rows.map((r) => `<tr>${r.map((v) => `<td>${escapeHtml(v)}</td>`).join('')}</tr>`).join('') +
    '</tbody></table></div>'
  );
}

/** An SVG bar chart of cookie counts per category (after "accept all", else any pass). */
function categoryChart(outcome: ScanOutcome): string {
  const counts = new Map<string, Set<string>>();
  for (const c of outcome.report.cookies) {
    const key = c.category ?? 'unknown';
    if (!counts.has(key)) counts.set(key, new Set());
    counts.get(key)?.add(c.name);
  }
  const entries = [...counts].map(([category, names]) => [category, names.size] as const).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return '<p>No cookies.</p>';
  const max = Math.max(...entries.map(([, n]) => n));
  const rowHeight = 28;
  const bars = entries
    .map(([category, n], i) => {
      const width = Math.max(2, Math.round((n / max) * 300));
      const y = i * rowHeight;
      return (
        `<text x="0" y="${y + 18}">${escapeHtml(category)}</text>` +
        `<rect x="110" y="${y + 4}" width="${width}" height="20" fill="${COLORS[category] ?? '#455a64'}"></rect>` +
        `<text x="${118 + width}" y="${y + 18}">${n}</text>`
      );
    })
    .join('');
  const summary = entries.map(([c, n]) => `${c}: ${n}`).join(', ');
  return `<svg role="img" aria-label="Cookies per category: ${escapeHtml(summary)}" width="460" height="${entries.length * rowHeight}" viewBox="0 0 460 ${entries.length * rowHeight}">${bars}</svg>`;
}

// Click a column heading to sort by it (again to reverse). Numbers sort as numbers.
const SORT_SCRIPT = `document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th button').forEach(function (button, col) {
    button.addEventListener('click', function () {
      var th = button.parentNode, asc = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].textContent, y = b.cells[col].textContent, nx = Number(x), ny = Number(y);
        var r = x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
        return asc ? r : -r;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});`;

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}.meta{color:#444}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}td{overflow-wrap:break-word}th{white-space:nowrap}
th button{all:unset;cursor:pointer;font-weight:600}th button:focus-visible{outline:2px solid #1565c0}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
.leaks{border:2px solid #c62828;border-radius:6px;padding:0 1rem 1rem}.ok{border:2px solid #2e7d32;border-radius:6px;padding:.5rem 1rem}
.fatal{background:#fdecea;padding:.5rem 1rem;border-radius:6px}svg text{font:13px system-ui,sans-serif;fill:#1b1b1b}
pre{background:#f4f4f4;padding:1rem;overflow:auto}`;

/**
 * `scan.html`: one self-contained file (no external stylesheet, script, font or image) — the
 * leaks at the top, a chart of cookies per category, then tables that sort when a heading is
 * clicked, the suggested config and the cookie declaration.
 */
export function renderHtml(outcome: ScanOutcome): string {
  const { report, inventory, declaration, warnings, fatal } = outcome;
  const leaks = report.leaks;
  const leakBlock =
    leaks.length === 0
      ? '<section class="ok" aria-labelledby="leaks"><h2 id="leaks">Leaks: none</h2><p>Nothing non-necessary before a choice, nothing of a denied category after "reject all".</p></section>'
      : `<section class="leaks">${table(
          'leaks',
          `Leaks (${leaks.length})`,
          ['Kind', 'Name', 'Category', 'When', 'Page'],
          leaks.map((l) => [l.kind, l.name, l.category, l.pass === 'before' ? 'before any choice' : 'after reject all', l.pageUrl]),
        )}</section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ConsentKit scan of ${escapeHtml(report.url)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>ConsentKit scan of ${escapeHtml(report.url)}</h1>
<p class="meta">Scanned ${escapeHtml(report.scannedAt)} · ${report.pages.length} page(s) · consent tool: <strong>${escapeHtml(report.consentTool ?? 'none found')}</strong>${outcome.region ? ` · region ${escapeHtml(outcome.region)}` : ''}</p>
${fatal ? `<p class="fatal" role="alert"><strong>The scan could not be completed:</strong> ${escapeHtml(fatal)}</p>` : ''}
${leakBlock}
<h2 id="chart">Cookies per category</h2>
${categoryChart(outcome)}
${table(
  'pages',
  `Pages (${report.pages.length})`,
  ['URL', 'Status'],
  report.pages.map((p) => [p.url, p.status || 'no answer']),
)}
${table(
  'cookies',
  `Cookies (${report.cookies.length})`,
  ['Name', 'Domain', 'Category', 'Vendor', 'Pass', 'Third party', 'Expires', 'Size', 'HttpOnly', 'Secure', 'SameSite', 'Page'],
  inventory.cookies.map((c) => [
    c.name,
    c.domain,
    c.category ?? 'unknown',
    c.vendor,
    c.pass,
    c.thirdParty ? 'yes' : 'no',
    c.expires === null ? 'session' : new Date(c.expires * 1000).toISOString().slice(0, 10),
    c.size,
    c.httpOnly ? 'yes' : 'no',
    c.secure ? 'yes' : 'no',
    c.sameSite,
    c.pageUrl,
  ]),
)}
${table(
  'requests',
  `Third-party and tracker requests (${report.requests.length})`,
  ['Host', 'Type', 'Category', 'Pass', 'Third party', 'Initiator', 'URL'],
  inventory.requests.map((r) => [r.host, r.type, r.category ?? 'unknown', r.pass, r.thirdParty ? 'yes' : 'no', r.initiator, r.url]),
)}
${table(
  'storage',
  `Storage (${report.storage.length})`,
  ['Key', 'Area', 'Category', 'Pass'],
  report.storage.map((s) => [s.key, s.area, s.category ?? 'unknown', s.pass]),
)}
${table(
  'declaration',
  `Cookie declaration (${declaration.length})`,
  ['Name', 'Provider', 'Category', 'Purpose', 'Duration'],
  declaration.map((d) => [d.name, d.provider, d.category, d.purpose, d.duration === 'session' ? 'session' : `${d.duration} days`]),
)}
<h2 id="config">Suggested ConsentKit config</h2>
<pre>${escapeHtml(JSON.stringify(report.suggestedConfig, null, 2))}</pre>
${warnings.length ? `<h2 id="notes">Notes</h2><ul>${warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>` : ''}
</main>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}
