// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvLine } from './export-format';
import { makeRecord } from './record.test-helpers';
import type { LoggedRecord } from './record-store';
import { escapeHtml, stackedBarChart } from './svg-charts';

const logged = (patch: Partial<LoggedRecord> = {}): LoggedRecord => ({
  ...makeRecord(),
  schemaVersion: 'consentkit-record/1',
  receivedAt: '2026-12-01T00:00:00.000Z',
  index: 7,
  hash: 'ab'.repeat(32),
  ...patch,
});

describe('csvLine', () => {
  it("writes one RFC 4180 line per record in the header's column order", () => {
    const r = logged({ region: null });
    const cells = csvLine(r).replace(/\r\n$/, '');
    expect(CSV_HEADER.startsWith('index,recordId,previousRecordId,subjectId,timestamp,receivedAt')).toBe(true);
    expect(cells.startsWith(`7,${r.recordId},,${r.subjectId},${r.timestamp},2026-12-01T00:00:00.000Z,2026-11-01,opt-in,,`)).toBe(true);
    expect(csvLine(r).endsWith('\r\n')).toBe(true);
  });

  it('makes a cell that a spreadsheet would run as a formula plain text', () => {
    expect(csvLine(logged({ policyVersion: '=HYPERLINK("x")' }))).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csvLine(logged({ policyVersion: '@cmd' }))).toContain(`,'@cmd,`);
  });
});

describe('escapeHtml and the SVG charts', () => {
  it('escape every markup character of labels', () => {
    expect(escapeHtml(`<script>"a"&'b'</script>`)).toBe('&#60;script&#62;&#34;a&#34;&#38;&#39;b&#39;&#60;/script&#62;');
    const svg = stackedBarChart('c', 'T <b>', [{ label: '<img src=x>', values: { a: 2 } }], [{ key: 'a', label: 'A', color: '#000' }]);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&#60;img src=x&#62;');
    expect(svg).toContain('role="img"');
  });
});
