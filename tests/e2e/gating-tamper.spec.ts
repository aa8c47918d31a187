import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { ran, recordTrackerRequests, settle } from '../fixtures/gating/helpers';

/**
 * A genuine "accept all" consent cookie value, made by a manager on a page without gating and
 * then removed from the browser: exactly what an attacker could copy from another visit.
 */
async function acceptCookieValue(page: Page, context: BrowserContext): Promise<string> {
  await page.goto('/fixtures/gating/manual.html');
  const value = await page.evaluate(() => {
    window.ConsentKitTest.createConsentManager({ policyVersion: 'test-1', region: 'FR' }).acceptAll();
    return /(?:^|; )consentkit=([^;]+)/.exec(document.cookie)![1]!;
  });
  await context.clearCookies();
  return value;
}

test('control: without the guard, a copied consent cookie would be accepted as a decision', async ({ page, context }) => {
  const value = await acceptCookieValue(page, context);
  await page.reload();
  const decided = await page.evaluate((v) => {
    document.cookie = `consentkit=${v}; path=/`;
    const manager = window.ConsentKitTest.createConsentManager({ policyVersion: 'test-1', region: 'FR' });
    return [manager.hasDecided(), manager.isGranted('analytics')];
  }, value);
  expect(decided).toEqual([true, true]);
});

// Page code trying to grant consent (or write tracker cookies) without the visitor.
test('page code cannot grant consent: frozen manager, guarded cookie accessor, refused consent cookie, fake events', async ({ page, context }) => {
  const forged = await acceptCookieValue(page, context);
  const requests = recordTrackerRequests(page);
  await page.goto('/fixtures/gating/markup.html');
  await settle(page);

  const attempts = await page.evaluate((forged) => {
    const results: Record<string, string> = {};
    const attempt = (name: string, fn: () => void) => {
      try {
        fn();
        results[name] = 'no error';
      } catch (error) {
        results[name] = (error as Error).name;
      }
    };
    attempt('overwrite isGranted', () => Object.defineProperty(window.consent, 'isGranted', { value: () => true }));
    attempt('redefine Document.prototype.cookie', () => Object.defineProperty(Document.prototype, 'cookie', { set() {}, get: () => '', configurable: true }));
    // Shadowing on the instance only reaches the guarded setter.
    attempt('shadow document.cookie', () => {
      const guarded = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      Object.defineProperty(document, 'cookie', { set: (v: string) => guarded.set!.call(document, v), get: () => guarded.get!.call(document) });
      document.cookie = '_ga=GA1.1.forged; path=/';
    });
    // A forged "accept all" consent cookie, then the cross-tab signals that make the manager re-read it.
    document.cookie = `consentkit=${forged}; path=/`;
    new BroadcastChannel('consentkit:sync').postMessage(1);
    window.dispatchEvent(new StorageEvent('storage', { key: 'consentkit:sync', newValue: '1' }));
    document.dispatchEvent(new CustomEvent('consentkit:unblocked', { bubbles: true }));
    results.acceptAllStillNative = String(Object.isFrozen(window.consent));
    return results;
  }, forged);
  expect(attempts).toEqual({
    'overwrite isGranted': 'TypeError',
    'redefine Document.prototype.cookie': 'TypeError',
    'shadow document.cookie': 'no error',
    acceptAllStillNative: 'true',
  });
  await settle(page);
  expect(await page.evaluate(() => window.consent!.hasDecided())).toBe(false);
  expect(await page.evaluate(() => window.consent!.isGranted('analytics'))).toBe(false);
  expect((await context.cookies()).map((c) => c.name)).toEqual([]);
  expect(await ran(page)).toEqual([]);
  expect(requests).toEqual([]);

  // After a reload the forged cookie is not there to be read either.
  await page.reload();
  await settle(page);
  expect(await page.evaluate(() => window.consent!.hasDecided())).toBe(false);
  expect(await ran(page)).toEqual([]);
});
