import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScanOutcome } from './build-report';
import type { ReportFormat } from './parse-args';
import { renderHtml } from './report-html';
import { renderMarkdown } from './report-markdown';

/**
 * Writes the reports into `out`: `scan.json` (with `cookie-declaration.json` beside it),
 * `scan.md`, `scan.html`, as `formats` asks. Returns the paths written.
 */
export async function writeReports(outcome: ScanOutcome, out: string, formats: readonly ReportFormat[]): Promise<string[]> {
  await mkdir(out, { recursive: true });
  const files: [string, string][] = [];
  if (formats.includes('json')) {
    files.push(['scan.json', JSON.stringify(outcome.report, null, 2) + '\n']);
    files.push(['cookie-declaration.json', JSON.stringify(outcome.declaration, null, 2) + '\n']);
  }
  if (formats.includes('md')) files.push(['scan.md', renderMarkdown(outcome)]);
  if (formats.includes('html')) files.push(['scan.html', renderHtml(outcome)]);
  const written: string[] = [];
  for (const [name, text] of files) {
    const path = join(out, name);
    await writeFile(path, text);
    written.push(path);
  }
  return written;
}
