import type { Category } from '../types';

/**
 * Says which category a URL needs, or `undefined` when no rule matches (not a known tracker).
 * `clear(text)`: true when no URL in `text` can match, wherever it sits in it: `text` names no
 * rule host and holds nothing that could make the URL parser produce one, and neither does the
 * document's base URL.
 */
export type UrlMatcher = ((url: string) => Category | undefined) & { clear(text: string): boolean };

/** A parsed rule key: `.host`, path prefix (`''` = any), port (`undefined` = any), whether only subdomains of the host match (`*.host`), and the category. */
export type UrlRule = readonly [dottedHost: string, path: string, port: string | undefined, subdomainsOnly: boolean, category: Category];

/** A rule key, `[*.]host[:port][/path prefix]` once lower-cased: `config.blockRules` keys are checked with it too. */
export const RULE = /^(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}))?(\/\S*)?$/;

/**
 * Parses a `[*.]host[:port][/path prefix]` rule key (the shape `config.blockRules` validates).
 * Throws a `TypeError` naming the key when it is not one, so a bad table never silently
 * matches nothing.
 */
export function parseUrlRule(key: string, category: Category): UrlRule {
  const match = typeof key === 'string' && RULE.exec(key.toLowerCase());
  if (!match) throw new TypeError(`URL rule "${key}" must be "host" or "host/path"`);
  return ['.' + match[2], match[4] ?? '', match[3], !!match[1], category];
}

/** A scheme other than http(s): (`data:`, `blob:`, `about:`, `javascript:`). */
const OTHER_SCHEME = /^(?!https?:)[a-z][a-z\d+.-]*:/i;
/** What can make a URL's host text the string does not hold: a tab or newline (removed), `%` (decoded), non-ASCII (IDNA). */
const HIDDEN_HOST = /[\t\n\r%]|[^\0-\x7f]/;

/**
 * Builds a matcher from the site's rules and a built-in table. Site rules are checked first
 * and win over the built-ins (so `"www.googletagmanager.com": "necessary"` lets GTM load);
 * within a table the most specific rule wins: the longest host, then the longest path.
 * Relative URLs resolve against the document's base URL. Only `http(s):` URLs are matched:
 * `data:`, `blob:` and `about:` carry no request to a third party.
 *
 * The hot path (every `src` write and insertion) parses nothing and allocates nothing for a URL
 * that cannot match: another scheme, or a URL that names no rule host while the document's
 * URL names none either (one regular expression over every rule host). A URL that names one,
 * or whose host the parser would change, is parsed with `new URL`.
 *
 * @example createUrlMatcher({ 'stats.example.com/js': 'analytics' }, TRACKER_HOSTS)('https://stats.example.com/js/t.js') // 'analytics'
 */
export function createUrlMatcher(siteRules: Readonly<Record<string, Category>>, builtIn: Readonly<Record<string, Category>>): UrlMatcher {
  const rules = [siteRules, builtIn].flatMap((table) =>
    Object.keys(table)
      .map((key) => parseUrlRule(key, table[key]!))
      .sort((a, b) => b[0].length - a[0].length || b[1].length - a[1].length),
  );
  // Any rule's host, anywhere in a string. The host a URL resolves to is part of the URL's
  // string or of the document's base URL, lower-cased: only a tab or newline (removed), `%`
  // (decoded), non-ASCII (IDNA maps `ｇ` to `g`) or an IPv4 number (`0xa.1`, when a rule is an
  // address: then every URL is parsed) make it text the string does not hold. So a string
  // without any of them that names no rule host resolves to a host no rule matches.
  const hosts = new RegExp(rules.some((rule) => /\.\d+$/.test(rule[0])) ? '' : rules.map((rule) => rule[0].slice(1).replace(/\./g, '\\.')).join('|'), 'i');
  const cannotMatch = (text: string) => !HIDDEN_HOST.test(text) && !hosts.test(text);
  const clear = (text: string) => cannotMatch(text) && cannotMatch(document.baseURI);
  const match = (url: string) => {
    let parsed: URL;
    try {
      // Other schemes (data:, blob:, about:, javascript:) are skipped without parsing;
      // relative URLs resolve against the document (its <base>).
      if (OTHER_SCHEME.test(url)) return undefined;
      // Neither the URL nor the base URL names a rule host: nothing to parse.
      if (clear(url)) return undefined;
      parsed = new URL(url, document.baseURI);
    } catch {
      // Not a URL the browser could request either.
      return undefined;
    }
    const { protocol } = parsed;
    if (protocol !== 'https:' && protocol !== 'http:') return undefined;
    const host = '.' + parsed.hostname.replace(/\.$/, '');
    const port = parsed.port || (protocol === 'https:' ? '443' : '80');
    // Decoded path: `/%74r` must not slip past a `/tr` rule.
    let path = parsed.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // Keep the encoded path; a malformed escape cannot be requested as another path.
    }
    // A rule's host matches itself and its subdomains (`.example.com` ends `.www.example.com`).
    for (const [ruleHost, rulePath, rulePort, subdomainsOnly, category] of rules) {
      if (host.endsWith(ruleHost) && !(subdomainsOnly && host === ruleHost) && (rulePort ?? port) === port && path.startsWith(rulePath)) return category;
    }
    return undefined;
  };
  match.clear = clear;
  return match;
}
