import type { LoggedRecord } from './record-store';

/** Columns of the CSV export, in order. `choices` is a JSON object in one cell. */
export const CSV_COLUMNS = [
  'index',
  'recordId',
  'previousRecordId',
  'subjectId',
  'timestamp',
  'receivedAt',
  'policyVersion',
  'regime',
  'region',
  'regionSource',
  'method',
  'choices',
  'gpc',
  'gpcOverride',
  'schemaVersion',
  'hash',
] as const;

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  // A cell starting with = + - @ is a formula in spreadsheets (CSV injection): make it text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (RFC 4180, CRLF) for a record. */
export function csvLine(record: LoggedRecord): string {
  return `${CSV_COLUMNS.map((c) => csvCell(record[c])).join(',')}\r\n`;
}

/** The CSV header line. */
export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/**
 * A byte stream built lazily from an async iterable of lines: each page of rows is read from the
 * database only when the client is ready for more, so an export of millions of records never
 * sits in memory.
 */
export function streamLines(lines: AsyncIterable<string>, onError: (e: unknown) => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = lines[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        onError(error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
