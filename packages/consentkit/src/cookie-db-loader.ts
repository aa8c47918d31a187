import { createClassifier } from '@consentkit/cookie-db';
import type { CookieClassifier, CookieRuleSet } from '@consentkit/cookie-db';

/** A cookie classifier whose rules arrive later; until then (or if they never do) it knows no cookie. */
export interface LateClassifier {
  /** Plug into `config.cookieDb`. */
  readonly classify: (name: string, setterHost?: string) => ReturnType<CookieClassifier>;
  /** Fetches the rules (`cookie-rules.json` from the bundle's directory) and starts using them. */
  load(url: string): Promise<void>;
}

/**
 * The Open Cookie Database for the script tag, without making every page pay for it up front:
 * the rules are fetched after the page has loaded. Before that the guard still knows the common
 * tracker cookies (core's `TRACKER_COOKIES`) and the site's own `cookies` config; a name nobody
 * knows follows `unknownCookies`. If the fetch fails the same holds for the whole visit — the
 * classifier only ever adds knowledge, it never grants anything.
 */
export function createLateClassifier(): LateClassifier {
  let classifier: CookieClassifier | undefined;
  return {
    classify: (name, setterHost) => classifier?.(name, setterHost),
    async load(url) {
      try {
        const response = await fetch(url, { credentials: 'omit' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        classifier = createClassifier((await response.json()) as CookieRuleSet);
      } catch (error) {
        console.warn(`[consentkit] the cookie database could not be loaded (${(error as Error).message}); known tracker cookies are still gated.`);
      }
    },
  };
}

/** Runs `fn` once the page has loaded and the browser is idle, so the download competes with nothing the visitor sees. */
export function whenIdle(fn: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => fn(), { timeout: 5000 }) : setTimeout(fn, 1));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
