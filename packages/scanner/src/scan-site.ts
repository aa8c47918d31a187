import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { createAutoconsentDriver } from './autoconsent-driver';
import type { AutoconsentDriver } from './autoconsent-driver';
import { createCrawlQueue } from './crawl-queue';
import { findChromium } from './find-chromium';
import type { ScanOptions } from './parse-args';
import { regionContext } from './region-context';
import type { PassObservation, ScanPass } from './types';
import { visitPage } from './visit-page';
import type { ChoiceRoute } from './visit-page';

/** Chromium's flags for an unattended scan on a closed network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Look like a visitor's browser, not an automated one: consent tools (vanilla-cookieconsent's
  // `hideFromBots`, for one) show no banner when `navigator.webdriver` is true.
  '--disable-blink-features=AutomationControlled',
  // Keep http:// URLs as they are (tests map tracker hosts onto local http servers).
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
];

/** What the crawl saw, before classification. */
export interface CrawlResult {
  pages: { url: string; status: number }[];
  observations: PassObservation[];
  /** `consentkit`, a tool's name (`cookieconsent`, `klaro`, …) or null. */
  consentTool: string | null;
  /** Problems that did not stop the scan (a page that timed out, a choice not reached, …). */
  warnings: string[];
  /** Set when the start page could not be scanned at all: the report is partial and the CLI exits 2. */
  fatal: string | null;
  /** Seconds per page (all three passes), for the report. */
  secondsPerPage: number[];
}

/** Progress events for the terminal. */
export interface ScanProgress {
  page(index: number, total: number, url: string): void;
  pass(pass: ScanPass): void;
  warn(message: string): void;
}

/** Launching the browser failed: the CLI prints the message and exits 2. */
export class BrowserLaunchError extends Error {
  override name = 'BrowserLaunchError';
}

/**
 * Crawls the site: the start URL, then same-site links breadth first, up to `pages` pages
 * within `maxTime` seconds; each page three times in fresh contexts (before any choice, after
 * "accept all", after "reject all"). The choice passes run when the site has a consent tool the
 * scanner can decide on (ConsentKit through `window.ConsentKit` or its banner; another tool
 * through autoconsent); without one there is no choice to make and only the `before` pass runs.
 * A choice pass whose decision could not be made is left out (warned), never reported.
 */
export async function crawlSite(options: ScanOptions, progress: ScanProgress): Promise<CrawlResult> {
  const executablePath = findChromium(options.chromium, safePlaywrightPath());
  const args = [...CHROMIUM_ARGS];
  if (options.hostResolverRules) args.push(`--host-resolver-rules=${options.hostResolverRules}`);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args, timeout: 30_000 });
  } catch (error) {
    throw new BrowserLaunchError(`Chromium at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}`);
  }
  const started = Date.now();
  const deadline = started + options.maxTime * 1000;
  const result: CrawlResult = { pages: [], observations: [], consentTool: null, warnings: [], fatal: null, secondsPerPage: [] };
  const warn = (message: string) => {
    result.warnings.push(message);
    progress.warn(message);
  };
  let driver: Promise<AutoconsentDriver> | undefined;
  const autoconsent = () => (driver ??= createAutoconsentDriver());
  const context = { ...regionContext(options.region), userAgent: await visitorUserAgent(browser) };
  const queue = createCrawlQueue(options.url);
  let route: ChoiceRoute = null;
  let detect = true;
  try {
    for (let url = queue.next(); url !== undefined && result.pages.length < options.pages; url = queue.next()) {
      if (Date.now() >= deadline) {
        warn(`--max-time ${options.maxTime} s reached after ${result.pages.length} page(s); the report covers those`);
        break;
      }
      const pageStarted = Date.now();
      progress.page(result.pages.length + 1, options.pages, url);
      progress.pass('before');
      const before = await visitPage(browser, { pass: 'before', url, deadline, context, route: null, detectTool: detect, autoconsent });
      result.pages.push({ url, status: before.status });
      // A page that redirected (`/` → `/en/`) is not visited again under its new address.
      if (before.finalUrl !== url) queue.markSeen(before.finalUrl);
      before.warnings.forEach(warn);
      if (before.error) {
        warn(before.error);
        if (result.pages.length === 1) result.fatal = before.error;
        continue;
      }
      result.observations.push(before.observation);
      queue.addLinks(before.links);
      if (detect) {
        result.consentTool = before.tool;
        route = before.route;
        if (before.tool && !route) {
          warn(`${before.tool} found, but the scanner cannot click its banner: only the "before any choice" pass was run`);
        }
      }
      detect = false;
      if (route) {
        for (const pass of ['accept', 'reject'] as const) {
          if (Date.now() >= deadline) break;
          progress.pass(pass);
          const visit = await visitPage(browser, { pass, url, deadline, context, route, detectTool: false, autoconsent });
          visit.warnings.forEach(warn);
          if (visit.error) warn(visit.error);
          // A pass that never got its decision is left out: what it saw is no "after accept/reject" state.
          else if (visit.choiceMade) result.observations.push(visit.observation);
        }
      }
      result.secondsPerPage.push((Date.now() - pageStarted) / 1000);
    }
    // Nothing scanned at all is no report of the site: exit 2 as for a start URL that could not be scanned.
    if (result.pages.length === 0) result.fatal = `--max-time ${options.maxTime} s ran out before the start page was scanned`;
    if (result.pages.length > 0 && !result.consentTool && !route && !result.fatal) {
      warn('no consent tool found: only the "before any choice" pass was run');
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  return result;
}

/** Chromium's user agent without "Headless", which some consent tools and sites treat as a bot. */
async function visitorUserAgent(browser: Browser): Promise<string | undefined> {
  try {
    const page = await browser.newPage();
    const agent = await page.evaluate(() => navigator.userAgent);
    await page.close();
    return agent.replace('HeadlessChrome', 'Chrome');
  } catch {
    return undefined;
  }
}

/** Playwright's own Chromium path (it may not be installed; then the call may throw). */
function safePlaywrightPath(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}
