import { afterEach, describe, expect, it } from 'vitest';
import { matomoConsent } from './matomo';
import { SCENARIOS, newManager, play, resetPage, sendGpc } from './scenarios.test-support';
import type { ScenarioName } from './scenarios.test-support';

const globals = window as unknown as Record<string, unknown>;
const paq = () => [...((globals._paq as unknown[]) ?? [])];
const REQUIRE = ['requireConsent'];
const GIVEN = ['setConsentGiven'];
const FORGET = ['forgetConsentGiven'];
const EXPECTED: Record<ScenarioName, unknown[][]> = {
  'first visit (opt-in)': [[REQUIRE]],
  'accept all': [[REQUIRE], [GIVEN]],
  'reject all': [[REQUIRE], []],
  'custom (analytics only)': [[REQUIRE], [GIVEN]],
  withdraw: [[REQUIRE], [GIVEN], [FORGET]],
  // GPC does not opt out of first-party analytics (docs/global-privacy-control.md).
  'GPC, then accept all': [[REQUIRE], [GIVEN]],
  'no-op change (accept all twice)': [[REQUIRE], [GIVEN], []],
  'returning visitor who accepted': [[REQUIRE, GIVEN]],
};

afterEach(resetPage);

describe('matomoConsent', () => {
  it.each(Object.keys(SCENARIOS) as ScenarioName[])('pushes the documented _paq commands: %s', (name) => {
    expect(play(name, () => matomoConsent(), paq)).toEqual(EXPECTED[name]);
  });

  it('uses the cookie-consent variants in cookie mode', () => {
    const manager = newManager();
    manager.use(matomoConsent({ mode: 'cookie' }));
    manager.acceptAll();
    manager.withdraw();
    expect(paq()).toEqual([['requireCookieConsent'], ['setCookieConsentGiven'], ['forgetCookieConsentGiven']]);
  });

  it('keeps the requireConsent ahead of the site’s own queued trackPageView', () => {
    globals._paq = [];
    newManager().use(matomoConsent());
    (globals._paq as unknown[]).push(['trackPageView']);
    expect(paq()).toEqual([REQUIRE, ['trackPageView']]);
  });

  it('opts a sale/share Matomo setup out under GPC', () => {
    sendGpc();
    const manager = newManager();
    manager.use(matomoConsent({ saleOrShare: true }));
    manager.acceptAll();
    expect(paq()).toEqual([REQUIRE]);
  });
});
