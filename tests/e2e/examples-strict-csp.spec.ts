import { expect, test } from '@playwright/test';
import { bannerButton, ran, recordErrors, settle } from './script-tag-helpers';

// examples/strict-csp: served with `script-src 'self' 'nonce-…'; style-src 'self'`.
const PAGE = '/examples/strict-csp/index.html';

test.beforeEach(async ({ page }) => {
  // A second listener from before any page script (init scripts are not subject to the page's CSP).
  await page.addInitScript(() => {
    (window as any).__early = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__early.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

test('the page really is served with the strict policy, and a fresh nonce per response', async ({ request }) => {
  const [a, b] = await Promise.all([request.get(PAGE), request.get(PAGE)]);
  const policy = a.headers()['content-security-policy']!;
  expect(policy).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'; style-src 'self'/);
  expect(policy).not.toBe(b.headers()['content-security-policy']);
  const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
  expect(await a.text()).toContain(`nonce="${nonce}"`);
});

test('banner, preference center, gated scripts (one inline with the nonce) and the embed: zero CSP violations', async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto(PAGE);
  await expect(bannerButton(page, 'Accept all')).toBeVisible();
  await bannerButton(page, 'Preferences').click();
  await expect(page.locator('consentkit-banner').getByRole('dialog')).toBeVisible();
  await page.locator('consentkit-banner').getByRole('dialog').getByRole('button', { name: 'Accept all', exact: true }).click();
  await expect.poll(() => ran(page).then((r) => r.sort())).toEqual(['ga', 'inline-with-nonce']);
  await expect(page.locator('iframe[title="Product video"]')).toHaveAttribute('src', '/vendor/embed.html?v=csp');
  await settle(page);
  // The banner is styled (constructable stylesheet, allowed by style-src 'self').
  const styled = await page.locator('consentkit-banner').evaluate((host) => host.shadowRoot!.adoptedStyleSheets.length > 0);
  expect(styled).toBe(true);
  expect(await page.evaluate(() => (window as any).__cspViolations)).toEqual([]);
  expect(await page.evaluate(() => (window as any).__early)).toEqual([]);
  await expect(page.locator('#csp-violations')).toHaveText('0');
  expect(errors).toEqual([]);
});

test('the monitor does see violations (so zero means zero)', async ({ page }) => {
  await page.goto(PAGE);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
  });
  await expect.poll(() => page.evaluate(() => (window as any).__cspViolations.length)).toBe(1);
  expect(await page.evaluate(() => (window as any).__inlineRan)).toBeUndefined();
});
