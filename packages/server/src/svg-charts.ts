/** Escapes text for HTML and SVG (element content and quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** One bar of a stacked bar chart: a label and a value per series key. */
export interface StackedBar {
  label: string;
  values: Record<string, number>;
}

/** A series: its key in the data, its legend label and its colour. */
export interface Series {
  key: string;
  label: string;
  color: string;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/**
 * A vertical stacked bar chart as an SVG string, drawn on the server: no script, no font or
 * library to download, readable under a strict Content-Security-Policy, and its numbers are
 * exactly those of the query that produced it. `id` names the chart for `aria-labelledby`.
 */
export function stackedBarChart(id: string, title: string, bars: readonly StackedBar[], series: readonly Series[]): string {
  const width = 720;
  const height = 240;
  const left = 44;
  const bottom = 36;
  const plotH = height - bottom - 12;
  const max = Math.max(1, ...bars.map((b) => series.reduce((n, s) => n + (b.values[s.key] ?? 0), 0)));
  const step = (width - left - 8) / Math.max(1, bars.length);
  const barW = Math.max(2, Math.min(36, step * 0.7));
  const parts: string[] = [];
  for (const tick of [0, 0.5, 1]) {
    const y = 12 + plotH - tick * plotH;
    parts.push(`<line x1="${left}" x2="${width - 4}" y1="${fmt(y)}" y2="${fmt(y)}" stroke="#d0d7de"/>`);
    parts.push(`<text x="${left - 6}" y="${fmt(y + 4)}" text-anchor="end" font-size="11" fill="#24292f">${Math.round(max * tick)}</text>`);
  }
  bars.forEach((bar, i) => {
    const x = left + i * step + (step - barW) / 2;
    let y = 12 + plotH;
    for (const s of series) {
      const v = bar.values[s.key] ?? 0;
      if (v <= 0) continue;
      const h = (v / max) * plotH;
      y -= h;
      parts.push(
        `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(barW)}" height="${fmt(h)}" fill="${s.color}"><title>${escapeHtml(`${bar.label}: ${s.label} ${v}`)}</title></rect>`,
      );
    }
    if (bars.length <= 16 || i % Math.ceil(bars.length / 8) === 0) {
      parts.push(
        `<text x="${fmt(x + barW / 2)}" y="${height - bottom + 16}" text-anchor="middle" font-size="11" fill="#24292f">${escapeHtml(bar.label)}</text>`,
      );
    }
  });
  return svg(id, title, width, height, parts) + legend(series);
}

/** A horizontal bar per row showing a rate (0–1) with its percentage and count as text. */
export function rateBarChart(id: string, title: string, rows: readonly { label: string; rate: number; count: number }[], color: string): string {
  const width = 720;
  const rowH = 26;
  const left = 150;
  const height = Math.max(1, rows.length) * rowH + 8;
  const plotW = width - left - 110;
  const parts = rows.map((row, i) => {
    const y = 4 + i * rowH;
    const w = Math.max(0, Math.min(1, row.rate)) * plotW;
    return (
      `<text x="${left - 8}" y="${y + 16}" text-anchor="end" font-size="12" fill="#24292f">${escapeHtml(row.label)}</text>` +
      `<rect x="${left}" y="${y + 3}" width="${plotW}" height="18" fill="#eaeef2"/>` +
      `<rect x="${left}" y="${y + 3}" width="${fmt(w)}" height="18" fill="${color}"/>` +
      `<text x="${left + plotW + 8}" y="${y + 16}" font-size="12" fill="#24292f">${Math.round(row.rate * 100)}% of ${row.count}</text>`
    );
  });
  return svg(id, title, width, height, parts);
}

function svg(id: string, title: string, width: number, height: number, parts: string[]): string {
  return (
    `<svg id="${id}" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeHtml(title)}</title>${parts.join('')}</svg>`
  );
}

function legend(series: readonly Series[]): string {
  const items = series.map(
    (s) =>
      `<li><svg width="12" height="12" aria-hidden="true" focusable="false"><rect width="12" height="12" fill="${s.color}"/></svg> ${escapeHtml(s.label)}</li>`,
  );
  return `<ul class="legend">${items.join('')}</ul>`;
}
