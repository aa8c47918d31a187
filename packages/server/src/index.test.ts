// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as server from './index';

describe('@consentkit/server public API', () => {
  it('exports exactly these names (adding one is a deliberate change)', () => {
    expect(Object.keys(server).sort()).toMatchInlineSnapshot(`
      [
        "DEFAULT_CLOCK_SKEW_MS",
        "GENESIS_HASH",
        "MAX_BODY_BYTES",
        "METHODS",
        "RECORD_SCHEMA_VERSION",
        "REGIMES",
        "StorageUnavailableError",
        "canonicalJson",
        "checkRecord",
        "createRateLimiter",
        "createRecordStore",
        "createRecordsApp",
        "entryHash",
        "migrate",
        "openEmbeddedDatabase",
        "openPostgresDatabase",
        "sha256Hex",
        "startRetention",
        "verifyLog",
      ]
    `);
  });
});
