import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { AutoconsentDriver, AutoconsentSession } from './autoconsent-driver';
import { findConsentKit, makeConsentKitChoice } from './consentkit-choice';
import { COOKIE_SETTERS_GLOBAL, cookieNamesFromSetCookie, recordCookieSetters } from './cookie-setters';
import { describeNavigationError } from './navigation-error';
import { findToolFingerprint } from './tool-fingerprint';
import { toolName } from './tool-name';
import type { PassObservation, RawRequest, ScanPass } from './types';

/** How one pass reaches the visitor's choice. */
export type ChoiceRoute = 'consentkit' | 'autoconsent' | null;

/** Options of one visit of one page. */
export interface VisitOptions {
  pass: ScanPass;
  url: string;
  /** Latest time (ms since the epoch) the visit may take until. */
  deadline: number;
  /** Context options from `--region` (time zone, locale). */
  context: BrowserContextOptions;
  /** For `accept`/`reject`: how to make the choice. For `before`: whether to look for a tool. */
  route: ChoiceRoute;
  detectTool: boolean;
  autoconsent: () => Promise<AutoconsentDriver>;
}

/** What one visit found, plus what the crawl needs next. */
export interface VisitResult {
  observation: PassObservation;
  /** HTTP status of the page, 0 when none arrived. */
  status: number;
  /** Where the page ended up after redirects (the crawl does not visit it again). */
  finalUrl: string;
  /** Same-page links (absolute URLs) found in the `before` pass. */
  links: string[];
  /**
   * The `consentTool` name: `consentkit` for the script-tag build (`window.ConsentKit`) or an npm build (its
   * banner's markup), else the tool autoconsent recognised (`cookieconsent`, `klaro`, …), else a tool known by its
   * global or banner element, else null.
   */
  tool: string | null;
  /** How the choice passes reach a decision on this site; null when nothing can make one (no tool, or one autoconsent cannot click). */
  route: ChoiceRoute;
  /** Whether the accept/reject choice was made and confirmed. */
  choiceMade: boolean;
  /** A reason the page could not be visited at all (nothing else to do for it). */
  error: string | null;
  /** Something worth telling the site owner that did not stop the visit. */
  warnings: string[];
}

// Settling: long enough for tags that load after `load` and for timers a tag starts; bounded so a
// page with a never-ending connection still finishes.
const SETTLE_IDLE_MS = 2_500;
const SETTLE_EXTRA_MS = 250;
const LOAD_TIMEOUT_MS = 15_000;
const NAV_TIMEOUT_MS = 30_000;
const CHOICE_TIMEOUT_MS = 10_000;

interface ConsentKitGlobal {
  ConsentKit?: { regime?: string };
}

/**
 * Visits one page in a fresh browser context (no cookies, no storage) and records every
 * cookie, storage key and request. In the `accept`/`reject` passes it makes the choice — with
 * `window.ConsentKit` or the `<consentkit-banner>` on ConsentKit sites, else by letting autoconsent click the site's own
 * banner — and records only the requests made after the choice, then reloads once to see what
 * the next page view does with the stored choice. Never throws for the page's sake: a page
 * that cannot be reached, is not HTML or never finishes loading is reported in `error` /
 * `warnings` with what was recorded until then.
 */
export async function visitPage(browser: Browser, options: VisitOptions): Promise<VisitResult> {
  const { pass, url, deadline } = options;
  const left = () => Math.max(1, deadline - Date.now());
  const result: VisitResult = {
    observation: { pass, pageUrl: url, cookies: [], requests: [], storage: [] },
    status: 0,
    finalUrl: url,
    links: [],
    tool: null,
    route: null,
    choiceMade: false,
    error: null,
    warnings: [],
  };
  const context = await browser.newContext({ ...options.context, serviceWorkers: 'block', ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    // Record from the start in `before`; in the choice passes only after the choice.
    let recording = pass === 'before';
    const requests: RawRequest[] = [];
    const initiators = new Map<string, string>();
    // Who set each cookie (the cookie database's setter-host signal): responses' Set-Cookie headers here, scripts'
    // document.cookie writes through the init script. The first setter seen for a name is kept.
    const setters = new Map<string, string>();
    const requestUrls = new Map<string, string>();
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      cdp.on('Network.requestWillBeSent', (event) => {
        requestUrls.set(event.requestId, event.request.url);
        const from = event.initiator.url ?? event.initiator.stack?.callFrames[0]?.url;
        if (from) initiators.set(event.request.url, from);
      });
      cdp.on('Network.responseReceivedExtraInfo', (event) => {
        const url = requestUrls.get(event.requestId);
        const header = Object.entries(event.headers).find(([key]) => key.toLowerCase() === 'set-cookie')?.[1];
        if (url && typeof header === 'string') for (const name of cookieNamesFromSetCookie(header)) if (!setters.has(name)) setters.set(name, url);
      });
    } catch {
      // No initiators and no response setters without the DevTools protocol; the requests are still recorded.
    }
    await context.addInitScript(recordCookieSetters, COOKIE_SETTERS_GLOBAL).catch(() => undefined);
    context.on('request', (request) => {
      if (!recording) return;
      requests.push({
        url: request.url(),
        type: request.resourceType(),
        initiator: initiators.get(request.url()) ?? null,
      });
    });
    const wantsAutoconsent = options.route === 'autoconsent' || (pass === 'before' && options.detectTool);
    let session: AutoconsentSession | null = null;
    if (wantsAutoconsent) {
      const action = pass === 'accept' ? 'optIn' : pass === 'reject' ? 'optOut' : null;
      session = await (await options.autoconsent()).attach(page, options.route === 'autoconsent' ? action : null);
    }

    let response;
    try {
      response = await page.goto(url, { waitUntil: 'commit', timeout: Math.min(NAV_TIMEOUT_MS, left()) });
    } catch (error) {
      result.error = describeNavigationError(error, url);
      return result;
    }
    result.status = response?.status() ?? 0;
    result.finalUrl = page.url();
    const type = (await response?.allHeaders().catch(() => ({}) as Record<string, string>))?.['content-type'] ?? '';
    if (type && !/html/i.test(type)) {
      result.error = `${url} is not an HTML page (Content-Type: ${type.split(';')[0]})`;
      return result;
    }
    await session?.inject();
    try {
      await page.waitForLoadState('load', { timeout: Math.min(LOAD_TIMEOUT_MS, left()) });
    } catch {
      result.warnings.push(
        `${url} did not finish loading within ${Math.round(Math.min(LOAD_TIMEOUT_MS, left()) / 1000)} s; the report shows what happened until then`,
      );
    }
    await settle(page, left);

    const ck = pass === 'before' ? await page.evaluate(findConsentKit).catch(() => null) : null;
    if (ck) {
      result.tool = 'consentkit';
      result.route = 'consentkit';
    }
    if (ck === 'api') {
      // Opt-out and notice regimes (e.g. US states) run analytics and ads until the visitor opts
      // out: their cookies before a choice are reported as leaks all the same, with this note.
      const regime = await page.evaluate(() => (window as unknown as ConsentKitGlobal).ConsentKit?.regime).catch(() => undefined);
      if (regime && regime !== 'opt-in') {
        result.warnings.push(
          `${url}: ConsentKit runs in the "${regime}" regime here, where analytics and ads may run before a choice; scan with --region of an opt-in region (e.g. FR) to check opt-in behaviour`,
        );
      }
    }
    if (pass === 'before') {
      if (!ck && session) {
        await session.until(() => session.detected !== null, Math.min(3_000, left()));
        if (session.detected !== null) {
          result.tool = toolName(session.detected);
          result.route = 'autoconsent';
        }
      }
      // A ConsentKit that started late (an app chunk loaded after `load`, a timer) has had autoconsent's wait to show itself.
      if (!ck && result.route === null && options.detectTool && (await page.evaluate(findConsentKit).catch(() => null))) {
        result.tool = 'consentkit';
        result.route = 'consentkit';
      }
      // A tool autoconsent has no rule for is still named; the choice passes cannot run on it (route stays null).
      if (result.tool === null && options.detectTool) result.tool = await page.evaluate(findToolFingerprint).catch(() => null);
      result.links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href)).catch(() => []);
    } else if (options.route === 'consentkit') {
      recording = true;
      result.choiceMade = await makeConsentKitChoice(page, pass === 'accept', Math.min(CHOICE_TIMEOUT_MS, left()));
    } else if (session) {
      await session.until(() => session.popupAt !== null, Math.min(CHOICE_TIMEOUT_MS, left()));
      recording = true;
      result.choiceMade = (await session.until(() => session.result !== null, Math.min(CHOICE_TIMEOUT_MS, left()))) && session.result === true;
      session.detach();
    }
    if (pass !== 'before') {
      recording = true;
      if (!result.choiceMade) {
        // Nothing seen without a decision is an "after accept/reject" observation: the pass is left out of the
        // report (its cookies would be mislabelled, and "reject" leaks from it would be false).
        result.warnings.push(
          `${url}: could not make the "${pass === 'accept' ? 'accept all' : 'reject all'}" choice (the consent banner was not found or did not record it); the "${pass}" pass of this page is left out of the report`,
        );
        return result;
      }
      await settle(page, left);
      // The next page view with the choice stored: what the site loads for a returning visitor.
      try {
        await page.reload({ waitUntil: 'load', timeout: Math.min(LOAD_TIMEOUT_MS, left()) });
      } catch {
        result.warnings.push(`${url} did not finish reloading after the choice`);
      }
      await settle(page, left);
    }
    result.observation.requests = requests;
    result.observation.storage = await readStorage(page);
    const scriptSetters = await page
      .evaluate((name) => ({ ...((window as unknown as Record<string, Record<string, string> | undefined>)[name] ?? {}) }), COOKIE_SETTERS_GLOBAL)
      .catch(() => ({}) as Record<string, string>);
    for (const [name, url] of Object.entries(scriptSetters)) if (typeof url === 'string' && !setters.has(name)) setters.set(name, url);
    result.observation.cookies = (await context.cookies()).map((c) => ({
      name: c.name,
      domain: c.domain,
      path: c.path,
      expires: c.expires,
      size: c.name.length + c.value.length,
      httpOnly: c.httpOnly,
      secure: c.secure,
      sameSite: c.sameSite,
      value: c.value,
      ...(setters.has(c.name) ? { setBy: setters.get(c.name) } : {}),
    }));
    return result;
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function settle(page: Page, left: () => number): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: Math.min(SETTLE_IDLE_MS, left()) }).catch(() => undefined);
  await page.waitForTimeout(Math.min(SETTLE_EXTRA_MS, left())).catch(() => undefined);
}

/** The storage keys of every frame the scanner may read (cross-origin frames included, each in its own origin). */
async function readStorage(page: Page): Promise<PassObservation['storage']> {
  const found = new Map<string, PassObservation['storage'][number]>();
  for (const frame of page.frames()) {
    const keys = await frame
      .evaluate(() => {
        const read = (area: Storage) => Array.from({ length: area.length }, (_, i) => area.key(i)).filter((k): k is string => k !== null);
        try {
          return { local: read(localStorage), session: read(sessionStorage) };
        } catch {
          return { local: [], session: [] };
        }
      })
      .catch(() => ({ local: [] as string[], session: [] as string[] }));
    for (const key of keys.local) found.set(`local\n${key}`, { key, area: 'local' });
    for (const key of keys.session) found.set(`session\n${key}`, { key, area: 'session' });
  }
  return [...found.values()];
}
