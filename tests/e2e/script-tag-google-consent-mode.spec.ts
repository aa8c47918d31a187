import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { bannerButton, ran, settle } from './script-tag-helpers';

// Google Consent Mode v2 through "adapters": { "google": {...} } in the script-tag example.
// An init script records, as the page is built, the data layer at the moment each gtag.js
// <script> element is inserted (by the parser, and by the gate on grant).
const HOME = '/examples/script-tag/index.html';

declare global {
  interface Window {
    __inserts: { type: string; layer: string[] }[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const commands = () =>
      ((window as any).dataLayer ?? []).map((e: IArguments | object) =>
        Array.isArray(e) || typeof (e as IArguments).length === 'number' ? `${(e as IArguments)[0]} ${(e as IArguments)[1]}` : 'event',
      );
    window.__inserts = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof HTMLScriptElement && /gtag\.js/.test(node.src))
            window.__inserts.push({ type: node.type || 'text/javascript', layer: commands() });
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
});

const layer = (page: Page) =>
  page.evaluate(() =>
    ((window as any).dataLayer as (IArguments | object)[]).map((e) => (typeof (e as IArguments).length === 'number' ? Array.from(e as IArguments) : e)),
  );

test('consent default comes first, before js/config and before gtag.js is inserted; one update per decision', async ({ page }) => {
  await page.goto(HOME);
  await expect(bannerButton(page, 'Accept all')).toBeVisible();
  await settle(page);
  const before = (await layer(page)) as unknown[][];
  expect(before.map((e) => `${e[0]} ${e[1]}`).slice(0, 3)).toEqual(['consent default', 'js ' + String(before[1]![1]), 'config G-DEMO']);
  expect(before[0]![2]).toEqual({
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'denied',
    functionality_storage: 'denied',
    personalization_storage: 'denied',
    security_storage: 'granted',
    wait_for_update: 500,
  });
  // The parser inserted the inert (text/plain) gtag.js element after the default was in place.
  const parsed = await page.evaluate(() => window.__inserts);
  expect(parsed).toEqual([{ type: 'text/plain', layer: ['consent default'] }]);
  expect(before.filter((e) => e[1] === 'update')).toEqual([]);
  expect(await ran(page)).toEqual([]);

  await bannerButton(page, 'Accept all').click();
  await expect.poll(() => ran(page)).toContain('gtag');
  const inserts = await page.evaluate(() => window.__inserts);
  expect(inserts).toHaveLength(2);
  expect(inserts[1]!.type).toBe('text/javascript');
  expect(inserts[1]!.layer[0]).toBe('consent default');
  await settle(page);
  const after = (await layer(page)) as unknown[][];
  const updates = after.filter((e) => e[0] === 'consent' && e[1] === 'update');
  expect(updates).toHaveLength(1);
  expect(updates[0]![2]).toMatchObject({ ad_storage: 'granted', analytics_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
  // GTM-style event for triggers.
  expect(after).toContainEqual({ event: 'consentkit_update', consentkit: { necessary: true, analytics: true, targeting: true } });
});

test('reject all: exactly one update, everything denied, gtag.js never loads', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(HOME);
  await bannerButton(page, 'Reject all').click();
  await settle(page);
  const updates = ((await layer(page)) as unknown[][]).filter((e) => e[0] === 'consent' && e[1] === 'update');
  expect(updates).toHaveLength(1);
  expect(updates[0]![2]).toMatchObject({ ad_storage: 'denied', analytics_storage: 'denied' });
  expect(requested).not.toContain('/examples/script-tag/gtag.js');
});

test('a returning visitor: default then the stored state as one update, before gtag.js runs', async ({ page }) => {
  await page.goto(HOME);
  await bannerButton(page, 'Accept all').click();
  await expect.poll(() => ran(page)).toContain('gtag');
  await page.reload();
  await expect.poll(() => ran(page)).toContain('gtag');
  const commands = ((await layer(page)) as unknown[][]).filter((e) => Array.isArray(e)).map((e) => `${e[0]} ${e[1]}`);
  expect(commands.slice(0, 2)).toEqual(['consent default', 'consent update']);
  expect(commands.filter((c) => c === 'consent update')).toHaveLength(1);
});
