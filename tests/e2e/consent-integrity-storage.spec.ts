import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { PAGE, withPageCode } from './consent-integrity-helpers';

// Finding 4 of issue 10: localStorage/sessionStorage keys of well-known trackers are classified
// like cookies: written only with consent, and deleted when consent is refused or withdrawn.

/** What the page's own code (tags the site did not mark up) stores during load. */
const PAGE_CODE = `
  localStorage.setItem('_hjid', 'h1');
  localStorage.setItem('amp_a1b2c3', 'amp');
  localStorage.setItem('_gcl_ls', 'gcl');
  localStorage.setItem('mp_token_mixpanel', 'mp');
  localStorage.setItem('ajs_anonymous_id', 'seg');
  sessionStorage.setItem('_hjSession_1', 's');
  localStorage.setItem('cart', '2 items');
`;

/** Keys of both storage areas, sorted (read natively by the test, not through ConsentKit). */
const keys = (page: Page) =>
  page.evaluate(() => [...Object.keys(localStorage).map((k) => `local:${k}`), ...Object.keys(sessionStorage).map((k) => `session:${k}`)].sort());

const TRACKER_KEYS = ['local:_gcl_ls', 'local:_hjid', 'local:ajs_anonymous_id', 'local:amp_a1b2c3', 'local:mp_token_mixpanel', 'session:_hjSession_1'];

test('tracker storage keys are not written before consent, are written after "Accept all" and deleted by "Reject all"', async ({ page }) => {
  await withPageCode(page, PAGE_CODE);
  await page.goto(PAGE);
  // Before consent only the site's own key is stored.
  expect(await keys(page)).toEqual(['local:cart']);
  await page.evaluate(() => window.ConsentKit.acceptAll());
  // The same tags write again, now with consent.
  await page.addScriptTag({ content: PAGE_CODE });
  expect(await keys(page)).toEqual(['local:cart', ...TRACKER_KEYS].sort());
  await page.evaluate(() => window.ConsentKit.rejectAll());
  expect(await keys(page)).toEqual(['local:cart']);
});

test('tracker keys kept from an earlier visit are deleted at start-up while undecided', async ({ page }) => {
  // Stored before ConsentKit ran (e.g. by an earlier version of the site without it).
  await page.addInitScript(() => {
    if (location.pathname.endsWith('/page.html') && !sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('_hjid', 'old');
      localStorage.setItem('ajs_user_id', 'old');
      localStorage.setItem('cart', '1 item');
    }
  });
  await page.goto(PAGE);
  // Deleted after the first paint, and by the load event at the latest (docs/gating.md): the
  // loaded page holds none, read natively, right away.
  expect(await keys(page)).toEqual(['local:cart', 'session:seeded']);
});
