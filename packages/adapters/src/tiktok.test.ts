import { afterEach, describe, expect, it } from 'vitest';
import { tiktokPixelConsent } from './tiktok';
import { SCENARIOS, newManager, play, resetPage } from './scenarios.test-support';
import type { ScenarioName } from './scenarios.test-support';

const globals = window as unknown as Record<string, unknown>;
const HOLD = ['holdConsent'];
const GRANT = ['grantConsent'];
const REVOKE = ['revokeConsent'];
const EXPECTED: Record<ScenarioName, unknown[][]> = {
  'first visit (opt-in)': [[HOLD]],
  'accept all': [[HOLD], [GRANT]],
  // The first decision ends the hold even though the pixel was already not granted.
  'reject all': [[HOLD], [REVOKE]],
  'custom (analytics only)': [[HOLD], [REVOKE]],
  withdraw: [[HOLD], [GRANT], [REVOKE]],
  'GPC, then accept all': [[HOLD], [REVOKE]],
  'no-op change (accept all twice)': [[HOLD], [GRANT], []],
  'returning visitor who accepted': [[HOLD, GRANT]],
};

afterEach(resetPage);

describe('tiktokPixelConsent', () => {
  it.each(Object.keys(SCENARIOS) as ScenarioName[])('queues the documented ttq calls before the snippet: %s', (name) => {
    expect(
      play(
        name,
        () => tiktokPixelConsent(),
        () => [...((globals.ttq as unknown[]) ?? [])],
      ),
    ).toEqual(EXPECTED[name]);
  });

  it('calls the snippet’s methods when ttq already has them', () => {
    const calls: string[] = [];
    const ttq = Object.assign([], {
      holdConsent: () => calls.push('holdConsent'),
      grantConsent: () => calls.push('grantConsent'),
      revokeConsent: () => calls.push('revokeConsent'),
    });
    globals.ttq = ttq;
    const manager = newManager();
    manager.use(tiktokPixelConsent());
    manager.rejectAll();
    manager.rejectAll();
    manager.update({ targeting: true });
    expect(calls).toEqual(['holdConsent', 'revokeConsent', 'grantConsent']);
    expect(ttq).toHaveLength(0);
  });

  it('revokes at once for a returning visitor who refused', () => {
    newManager().rejectAll();
    newManager().use(tiktokPixelConsent());
    expect(globals.ttq).toEqual([HOLD, REVOKE]);
  });
});
