import { TRACKER_HOSTS } from '@consentkit/core';

/** The tracker-table rule a URL matched and its category. */
export interface TrackerMatch {
  /** The table's key, `host` or `host/path prefix`. */
  rule: string;
  category: string;
}

/**
 * Finds the rule of ConsentKit's built-in tracker-host table (the same table auto-blocking
 * uses) that a request URL matches: a rule `host[/path prefix]` matches the host and its
 * subdomains, and the path when the rule has one; the most specific rule wins.
 */
export function matchTrackerRule(url: string, table: Readonly<Record<string, string>> = TRACKER_HOSTS): TrackerMatch | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  let best: TrackerMatch | null = null;
  for (const [rule, category] of Object.entries(table)) {
    const slash = rule.indexOf('/');
    const ruleHost = slash === -1 ? rule : rule.slice(0, slash);
    const rulePath = slash === -1 ? '' : rule.slice(slash);
    if (host !== ruleHost && !host.endsWith('.' + ruleHost)) continue;
    if (rulePath && !parsed.pathname.startsWith(rulePath)) continue;
    if (!best || rule.length > best.rule.length) best = { rule, category };
  }
  return best;
}

/**
 * The category of a request URL from the built-in tracker-host table; `null` = not a known
 * tracker (listed for the site owner, never guessed).
 *
 * @example
 * classifyRequest('https://www.google-analytics.com/g/collect') // 'analytics'
 */
export function classifyRequest(url: string, table?: Readonly<Record<string, string>>): string | null {
  return matchTrackerRule(url, table)?.category ?? null;
}
