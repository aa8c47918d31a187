import { describe, expect, it } from 'vitest';
import { classifyCookie } from './index';
import { PREBID_RULES } from './generated/prebid-rules';

/**
 * Prebid.js's device-storage disclosures list the localStorage keys of ad-tech ID modules (`type: 'web'`), which
 * scripts/import-prebid.mjs imports into the same name table as the cookies. Core's storage guard and start-up cleanup
 * classify a Web Storage key with the cookie database exactly as a cookie name (createStorageCategorizer in
 * packages/core/src/gating/storage-guard.ts passes the key to `config.cookieDb`, i.e. this `classifyCookie`), so these
 * keys are now held before consent. Each key below was unknown before the storage keys were imported.
 */
const ID_MODULE_KEYS: [key: string, module: string][] = [
  ['_li_duid', 'liveintent'], // LiveIntent ID: the device id in localStorage
  ['amxId', 'amx'], // AMX ID
  ['vmuuid', 'connectId'], // Yahoo ConnectID
  ['mgMuidn', 'mgid'], // MGID's user id
];

describe('Prebid ID modules’ localStorage keys', () => {
  it.each(ID_MODULE_KEYS)('%s (%s) is in the imported rules and classified targeting', (key, module) => {
    expect(PREBID_RULES.some(([vendor, , patterns]) => vendor === module && patterns.includes(key))).toBe(true);
    expect(classifyCookie(key)?.category).toBe('targeting');
  });

  it('a namespaced key (`:` is allowed in storage-key rules) and its prefix rule: stackup:enrich:v1:*', () => {
    expect(PREBID_RULES.some(([vendor, , patterns]) => vendor === 'stackupRtd' && patterns.includes('stackup:enrich:v1:*'))).toBe(true);
    expect(classifyCookie('stackup:enrich:v1:segments')?.category).toBe('targeting');
  });
});
