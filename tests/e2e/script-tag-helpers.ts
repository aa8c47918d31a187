import type { BrowserContext, Page, Request } from '@playwright/test';
import type { ConsentKit } from '../../packages/consentkit/src/consent-kit';

declare global {
  interface Window {
    /** The script-tag API (docs/events-and-api.md). */
    ConsentKit: ConsentKit;
  }
}

/** Helpers of the script-tag and examples browser tests (not a spec: no tests here). */

/** Names of the tags that executed (the stand-ins push to `window.__ran`). */
export const ran = (page: Page): Promise<string[]> => page.evaluate(() => ((window as any).__ran ?? []).slice());

/** Every request for a tag stand-in or to the stand-in tracker endpoint, as paths. */
export function recordTagRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (/^\/(vendor\/|collect)|\/gtag\.js$/.test(url.pathname)) seen.push(url.pathname + url.search);
  });
  return seen;
}

/** Console errors and uncaught page errors, as text. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Cookie names in the context, sorted. */
export const cookieNames = async (context: BrowserContext): Promise<string[]> => (await context.cookies()).map((c) => c.name).sort();

/** The first-layer banner (inside ConsentKit's open shadow root; Playwright's locators pierce it). */
export const bannerButton = (page: Page, name: string) => page.locator('consentkit-banner').getByRole('button', { name, exact: true });

/** Waits until network and timers of the page have settled (gated scripts are async). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 150)));
}

/**
 * Serves `url` with `edit` applied to its HTML: how a test plays the site owner changing the page
 * (a new policy version, a broken configuration) without extra fixture files.
 */
export async function editPage(page: Page, url: string | RegExp, edit: (html: string) => string): Promise<void> {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const changed = edit(html);
    if (changed === html) throw new Error(`editPage: the edit changed nothing in ${route.request().url()}`);
    await route.fulfill({ response, body: changed });
  });
}
