import type { ScanOutcome } from './build-report';

const cell = (value: unknown) =>
  String(value ?? '—')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
const table = (head: string[], rows: unknown[][]) =>
  rows.length === 0
    ? '_None._\n'
    : `| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n`;

/** `scan.md`: a summary for a pull request or a ticket — leaks first, then the inventory. */
export function renderMarkdown(outcome: ScanOutcome): string {
  const { report, inventory, declaration, warnings, fatal } = outcome;
  const unknown = [...new Set(report.cookies.filter((c) => c.category === null).map((c) => c.name))];
  const lines = [
    `# ConsentKit scan of ${report.url}`,
    '',
    `Scanned ${report.scannedAt} · ${report.pages.length} page(s) · consent tool: ${report.consentTool ?? 'none found'}` +
      (outcome.region ? ` · region ${outcome.region}` : ''),
    '',
  ];
  if (fatal) lines.push(`> **The scan could not be completed:** ${fatal}`, '');
  lines.push(
    `## Leaks (${report.leaks.length})`,
    '',
    report.leaks.length === 0
      ? 'No leak: nothing non-necessary before a choice, nothing of a denied category after "reject all".\n'
      : table(
          ['Kind', 'Name', 'Category', 'When', 'Page'],
          report.leaks.map((l) => [l.kind, l.name, l.category, l.pass === 'before' ? 'before any choice' : 'after reject all', l.pageUrl]),
        ),
    '## Pages',
    '',
    table(
      ['URL', 'Status'],
      report.pages.map((p) => [p.url, p.status || 'no answer']),
    ),
    `## Cookies (${report.cookies.length})`,
    '',
    table(
      ['Name', 'Domain', 'Category', 'Vendor', 'Pass', 'Third party', 'Expires', 'Size', 'Page'],
      inventory.cookies.map((c) => [
        c.name,
        c.domain,
        c.category ?? 'unknown',
        c.vendor,
        c.pass,
        c.thirdParty ? 'yes' : 'no',
        c.expires === null ? 'session' : new Date(c.expires * 1000).toISOString().slice(0, 10),
        c.size,
        c.pageUrl,
      ]),
    ),
    `## Third-party and tracker requests (${report.requests.length})`,
    '',
    table(
      ['Host', 'Type', 'Category', 'Pass', 'Initiator', 'URL'],
      inventory.requests.map((r) => [r.host, r.type, r.category ?? 'unknown', r.pass, r.initiator, r.url]),
    ),
    `## Storage (${report.storage.length})`,
    '',
    table(
      ['Key', 'Area', 'Category', 'Pass'],
      report.storage.map((s) => [s.key, s.area, s.category ?? 'unknown', s.pass]),
    ),
  );
  if (unknown.length > 0) lines.push('## To decide', '', `Unknown cookies, for you to classify: ${unknown.map((n) => `\`${n}\``).join(', ')}.`, '');
  lines.push(
    '## Suggested ConsentKit config',
    '',
    '```json',
    JSON.stringify(report.suggestedConfig, null, 2),
    '```',
    '',
    `## Cookie declaration (${declaration.length})`,
    '',
    table(
      ['Name', 'Provider', 'Category', 'Purpose', 'Duration'],
      declaration.map((d) => [d.name, d.provider, d.category, d.purpose, d.duration === 'session' ? 'session' : `${d.duration} days`]),
    ),
  );
  if (warnings.length > 0) lines.push('## Notes', '', ...warnings.map((w) => `- ${w}`), '');
  return lines.join('\n');
}
