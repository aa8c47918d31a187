// @vitest-environment node
// The auditor's script printed in docs/consent-records.md is run here against the server's
// own `GET /v1/log`, so the documentation cannot drift from what the server writes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useDatabase } from './engines.test-helpers';
import { makeRecord } from './record.test-helpers';
import { createRecordsApp } from './records-app';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/consent-records.md', import.meta.url)), 'utf8');
const script = /```js\n(\/\/ verify-log\.mjs[\s\S]*?)```/.exec(doc)?.[1];
const TOKEN = 'auditor-test-token-0123456789';

describe('the auditor script in docs/consent-records.md', () => {
  const db = useDatabase('embedded');

  it('accepts the log of a server (erasure included) and names an edited entry', async () => {
    expect(script).toBeDefined();
    const handler = createRecordsApp({ database: db(), adminToken: TOKEN, logError: () => undefined });
    const a = makeRecord();
    for (const r of [a, makeRecord(), makeRecord({ subjectId: a.subjectId, previousRecordId: a.recordId, method: 'withdraw' })]) {
      await handler(new Request('http://x/v1/records', { method: 'POST', body: JSON.stringify(r), headers: { 'content-type': 'text/plain' } }));
    }
    await handler(new Request(`http://x/v1/subjects/${a.subjectId}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } }));
    const log = await (await handler(new Request('http://x/v1/log', { headers: { authorization: `Bearer ${TOKEN}` } }))).text();
    const verified = (await (await handler(new Request('http://x/v1/verify', { headers: { authorization: `Bearer ${TOKEN}` } }))).json()) as { head: string };

    const dir = mkdtempSync(join(tmpdir(), 'ck-audit-'));
    writeFileSync(join(dir, 'verify-log.mjs'), script!);
    writeFileSync(join(dir, 'log.ndjson'), log);
    const run = (file: string) => {
      try {
        return execFileSync(process.execPath, [join(dir, 'verify-log.mjs'), join(dir, file)], { encoding: 'utf8' }).trim();
      } catch (error) {
        return String((error as { stdout?: string }).stdout).trim();
      }
    };
    expect(run('log.ndjson')).toBe(`ok, head ${verified.head}`);
    writeFileSync(join(dir, 'edited.ndjson'), log.replace('\\"accept-all\\"', '\\"reject-all\\"'));
    expect(run('edited.ndjson')).toBe('entry 1: content was edited');
  });
});
