import { randomUUID } from 'node:crypto';
import type { Frame, Page } from '@playwright/test';
import { editPage } from './script-tag-helpers';

/** Helpers of the consent-integrity browser tests (not a spec: no tests here). */

/** An ordinary page with ConsentKit's script tag (FR, opt-in) and two gated inline tags. */
export const PAGE = '/fixtures/consent-integrity/page.html';
/** The same page deeper in the site. */
export const SHOP = '/fixtures/consent-integrity/shop/index.html';
/** A page that shows PAGE in an `<iframe sandbox="allow-scripts">`. */
export const SANDBOX = '/fixtures/consent-integrity/sandbox.html';
/** The fixtures' policy version. */
export const POLICY = '2026-11-01';

/**
 * Inserts the site's own page code right after the ConsentKit script (where a site's other
 * tags would be), on every consent-integrity page this test loads.
 */
export const withPageCode = (page: Page, code: string): Promise<void> =>
  editPage(page, /\/fixtures\/consent-integrity\/(page\.html|shop\/index\.html)/, (html) => html.replace('<!-- page code -->', `<script>${code}</script>`));

/**
 * A genuine consent cookie value (format 1, see docs/storage-and-records.md), as ConsentKit
 * would have written it `daysAgo` days ago.
 */
export function consentValue(options: { analytics: boolean; targeting: boolean; daysAgo: number; method?: number }): string {
  const seconds = Math.floor((Date.now() - options.daysAgo * 86_400_000) / 1000);
  const choices = `a${+options.analytics}.t${+options.targeting}`;
  return ['1', seconds.toString(36), POLICY, choices, options.method ?? 0, 1, randomUUID(), randomUUID()].join('|');
}

/** Which tags ran in the page or frame (`window.__ran`). */
export const ran = (target: Page | Frame): Promise<string[]> => target.evaluate(() => ((window as unknown as { __ran?: string[] }).__ran ?? []).slice().sort());

/**
 * Records the `Cookie` header of every same-origin request the page makes (what the server
 * received). Call before `goto`; the returned function resolves to the cookie names each
 * request carried, by request path.
 */
export function recordCookieHeaders(page: Page): () => Promise<{ path: string; names: string[] }[]> {
  const pending: Promise<{ path: string; names: string[] }>[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1') return;
    pending.push(
      request.allHeaders().then((headers) => ({
        path: url.pathname + url.search,
        names: (headers['cookie'] ?? '')
          .split(';')
          .map((pair) => pair.split('=')[0]!.trim())
          .filter(Boolean),
      })),
    );
  });
  return () => Promise.all(pending);
}

/** The cookie names any of the requests carried, sorted. */
export const sentNames = (headers: { names: string[] }[]): string[] => [...new Set(headers.flatMap((h) => h.names))].sort();
