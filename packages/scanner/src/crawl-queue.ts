import { isSameSite } from './site-of';

// Links to files that are not pages: skipped without a visit.
const NOT_A_PAGE =
  /\.(pdf|zip|gz|tgz|rar|7z|dmg|exe|msi|apk|jpe?g|png|gif|webp|avif|svg|ico|mp[34]|webm|mov|avi|wav|ogg|woff2?|ttf|otf|css|js|mjs|json|xml|rss|txt|csv|docx?|xlsx?|pptx?)$/i;

/**
 * The breadth-first order of the crawl: the start page, then the same-site links of each
 * visited page in the order they appear, each URL once (the `#fragment` dropped), files that
 * are not pages (PDF, images, …) and other schemes left out.
 */
export function createCrawlQueue(start: string) {
  const startUrl = new URL(start);
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (href: string, isStart = false) => {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    // The start URL is always visited (if it is no page, the visit says so).
    if (!isStart && (!isSameSite(url, startUrl) || NOT_A_PAGE.test(url.pathname))) return;
    url.hash = '';
    if (seen.has(url.href)) return;
    seen.add(url.href);
    queue.push(url.href);
  };
  add(startUrl.href, true);
  return {
    /** Adds links found on a page (absolute URLs). */
    addLinks(links: readonly string[]): void {
      for (const link of links) add(link);
    },
    /** Marks a URL as visited (e.g. where the start URL redirected to). */
    markSeen(href: string): void {
      const url = new URL(href);
      url.hash = '';
      seen.add(url.href);
    },
    /** The next URL to visit, or undefined when none is left. */
    next(): string | undefined {
      return queue.shift();
    },
  };
}
