import { expect, test } from '@playwright/test';
import { ran, recordTrackerRequests, settle } from '../fixtures/gating/helpers';

// script-src 'nonce-…' without 'unsafe-inline': gated scripts run only because the nonce is
// carried over from the markup (read from the `nonce` property; the attribute is hidden).
test('gated scripts keep their CSP nonce; a script without one stays refused', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const requests = recordTrackerRequests(page);
  await page.goto('/fixtures/gating/csp/');
  await settle(page);
  expect(await ran(page)).toEqual([]);
  expect(requests).toEqual([]);
  expect(violations).toEqual([]);

  await page.evaluate(() => window.consent!.acceptAll());
  await expect.poll(() => ran(page)).toEqual(['ga', 'inline-with-nonce']);
  await settle(page);
  expect(await ran(page)).toEqual(['ga', 'inline-with-nonce']);
  // Exactly one refusal: the script that had no nonce.
  expect(violations).toHaveLength(1);
});
