import { expect, test } from '@playwright/test';

// `pnpm demo`'s index page: links every example; the region and GPC switches reach the examples.
test('the index links every example, and each one loads without errors', async ({ page }) => {
  await page.goto('/');
  const links = await page.locator('main ul a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links).toEqual([
    '/examples/script-tag/index.html',
    '/examples/spa/index.html',
    '/examples/us-opt-out/index.html',
    '/examples/strict-csp/index.html',
    '/examples/react-spa/dist/index.html',
    '/examples/vue-spa/dist/index.html',
  ]);
  for (const link of links) {
    const response = await page.request.get(link);
    expect(response.status(), link).toBe(200);
  }
});

test('the switches set the region and GPC for the examples, and can be turned off again', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Region').selectOption('US-CA');
  await page.getByLabel('Simulate Global Privacy Control').check();
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('#demo-region')).toHaveText('US-CA');
  await expect(page.locator('#demo-gpc')).toHaveText('on');

  await page.goto('/examples/script-tag/index.html');
  const config = JSON.parse((await page.locator('#consentkit-config').textContent()) ?? '{}');
  expect(config.region).toBe('US-CA');
  expect(await page.evaluate(() => (navigator as any).globalPrivacyControl)).toBe(true);
  // The GPC script is first in <head>, before ConsentKit.
  expect(await page.evaluate(() => (document.head.querySelector('script[src]') as HTMLScriptElement).getAttribute('src'))).toBe('/__demo/gpc.js');

  await page.goto('/');
  await page.getByLabel('Region').selectOption('');
  await page.getByLabel('Simulate Global Privacy Control').uncheck();
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.goto('/examples/script-tag/index.html');
  expect(JSON.parse((await page.locator('#consentkit-config').textContent()) ?? '{}').region).toBe('FR');
  expect(await page.evaluate(() => (navigator as any).globalPrivacyControl)).toBeUndefined();
});

test('a region value that is not an ISO code is ignored (nothing is injected into the page)', async ({ page }) => {
  await page.goto('/examples/script-tag/index.html?ck_region=%22%7D%3C/script%3E');
  expect(JSON.parse((await page.locator('#consentkit-config').textContent()) ?? '{}').region).toBe('FR');
});
