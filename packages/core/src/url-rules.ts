import type { Category } from './types';

/** Says which category a URL needs, or `undefined` when no rule matches (not a known tracker). */
export type UrlMatcher = (url: string) => Category | undefined;

interface Rule {
  host: string;
  /** Only subdomains of `host` (`*.example.com`), not `host` itself. */
  subdomainsOnly: boolean;
  port: string | undefined;
  path: string;
  category: Category;
}

const RULE = /^(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}))?(\/\S*)?$/;

/**
 * Parses a `host[:port][/path prefix]` rule key (the shape `config.blockRules` validates).
 * Throws a `TypeError` naming the key when it is not one, so a bad table never silently
 * matches nothing.
 */
export function parseUrlRule(key: string, category: Category): Rule {
  const match = typeof key === 'string' ? RULE.exec(key.toLowerCase()) : null;
  if (!match) throw new TypeError(`ConsentKit gating: URL rule ${JSON.stringify(key)} must be "host" or "host/path", such as "stats.example.com/js"`);
  return { subdomainsOnly: !!match[1], host: match[2]!, port: match[3], path: match[4] ?? '', category };
}

// Most specific first: a longer host, then a longer path, wins within a table.
const bySpecificity = (a: Rule, b: Rule) => b.host.length - a.host.length || b.path.length - a.path.length;

function matches(rule: Rule, host: string, port: string, path: string): boolean {
  const hostOk = rule.subdomainsOnly
    ? host.endsWith('.' + rule.host)
    : host === rule.host || host.endsWith('.' + rule.host);
  return hostOk && (rule.port === undefined || rule.port === port) && path.startsWith(rule.path);
}

/**
 * Builds a matcher from the site's rules and a built-in table. Site rules are checked first
 * and win over the built-ins (so `"www.googletagmanager.com": "necessary"` lets GTM load).
 * Relative URLs resolve against the document's base URL. Only `http(s):` URLs are matched:
 * `data:`, `blob:` and `about:` carry no request to a third party.
 *
 * @example createUrlMatcher({ 'stats.example.com/js': 'analytics' }, TRACKER_HOSTS)('https://stats.example.com/js/t.js') // 'analytics'
 */
export function createUrlMatcher(
  siteRules: Readonly<Record<string, Category>>,
  builtIn: Readonly<Record<string, Category>>,
): UrlMatcher {
  const table = (rules: Readonly<Record<string, Category>>) =>
    Object.entries(rules).map(([key, category]) => parseUrlRule(key, category)).sort(bySpecificity);
  const rules = [...table(siteRules), ...table(builtIn)];
  const hosts = new Set(rules.map((rule) => rule.host));
  return (url) => {
    let parsed: URL;
    try {
      // Only http(s) can reach a tracker: other schemes (data:, blob:, about:) are skipped
      // without parsing; relative URLs resolve against the document (its <base>).
      if (/^https?:\/\//i.test(url)) parsed = new URL(url);
      else if (/^[a-z][a-z\d+.-]*:/i.test(url)) return undefined;
      else parsed = new URL(url, typeof document !== 'undefined' ? document.baseURI : undefined);
    } catch {
      // Not a URL the browser could request either.
      return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    const host = parsed.hostname.replace(/\.$/, '');
    // Fast rejection of the common case, a host no rule names: look its suffixes up in a set.
    let suffix = host;
    while (!hosts.has(suffix)) {
      const dot = suffix.indexOf('.');
      if (dot < 0) return undefined;
      suffix = suffix.slice(dot + 1);
    }
    const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
    // Decoded path: `/%74r` must not slip past a `/tr` rule.
    let path = parsed.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // Keep the encoded path; a malformed escape cannot be requested as another path.
    }
    for (const rule of rules) if (matches(rule, host, port, path)) return rule.category;
    return undefined;
  };
}
