import type { CookieCategorizer } from './cookie-rules';
import { getInternals } from './manager-internals';
import { patchProperty } from './patch-property';
import type { Category, ConsentManager } from './types';

declare const process: { env: { NODE_ENV?: string } };

/** Decides whether a `document.cookie = value` write may go through. */
export type CookieWritePolicy = (cookieString: string) => boolean;

/**
 * The name of the cookie a `document.cookie` string (or a `name=value` pair of the cookie
 * header) sets, trimmed. RFC 6265bis §5.6: a pair without "=" is a cookie with an empty name.
 */
export function cookieName(cookieString: string): string {
  const eq = cookieString.indexOf('=');
  const semi = cookieString.indexOf(';');
  return eq < 0 || (semi >= 0 && semi < eq) ? '' : cookieString.slice(0, eq).trim();
}

/**
 * The name of the cookie a `document.cookie` write sets, and whether the write deletes it:
 * a valid `Max-Age` ≤ 0, or, without any `Max-Age` (which wins, RFC 6265bis §5.6.2), an
 * `Expires` in the past. The last valid attribute counts, as in the browser.
 */
export function parseCookieWrite(cookieString: string): { name: string; deletion: boolean } {
  const last = (attribute: string) => new RegExp(`.*;\\s*${attribute}\\s*=([^;]*)`, 'i').exec(cookieString)?.[1]!.trim();
  const maxAge = last('max-age');
  return {
    name: cookieName(cookieString),
    // A malformed last Max-Age counts as no deletion (the write is refused: fail closed).
    // Date.parse of no or a malformed date is NaN, which is not in the past: not a deletion either.
    deletion: maxAge === undefined ? Date.parse(last('expires')!) <= Date.now() : /^-?\d+$/.test(maxAge) && +maxAge <= 0,
  };
}

/** The host of the script running right now (the cookie's likely setter), for `config.cookieDb`. */
function scriptHost(): string | undefined {
  try {
    return new URL((document.currentScript as HTMLScriptElement).src).hostname;
  } catch {
    // No current script (a callback, a module) or an inline one: the setter is unknown.
    return undefined;
  }
}

/**
 * The cookie guard's rules for one manager:
 * - the consent cookie (`config.cookie.name`) is written only by the manager itself
 *   (tamper resistance: page code cannot forge or erase a decision);
 * - deleting any other cookie is always allowed (it can only reduce tracking);
 * - a classified cookie is written only when its category is granted (`necessary` always);
 * - an unknown cookie follows `config.unknownCookies` (`allow` warns once per name in dev).
 */
export function createCookiePolicy(
  manager: ConsentManager,
  categorize: CookieCategorizer,
  isGranted: (category: Category) => boolean = (category) => manager.isGranted(category),
): CookieWritePolicy {
  const { cookie, unknownCookies, cookieDb } = manager.config;
  let warned: Set<string> | undefined;
  return (cookieString) => {
    // The name is all most writes need; attributes are parsed only for a write to refuse.
    const name = cookieName(cookieString);
    if (name === cookie.name) return getInternals(manager)?.storage.writing === true;
    const category = categorize(name, cookieDb && scriptHost());
    if (category === 'necessary' || (category && isGranted(category))) return true;
    if (category || unknownCookies === 'block') return parseCookieWrite(cookieString).deletion;
    try {
      if (process.env.NODE_ENV !== 'production' && !(warned ??= new Set()).has(name)) {
        warned.add(name);
        console.warn(
          `[consentkit] cookie "${name}" is not classified, so it was allowed (unknownCookies: "allow"). ` +
            `Declare it in config.cookies, e.g. { "${name}": "necessary" }, or set unknownCookies: "block".`,
        );
      }
    } catch {
      // No bundler replaced process.env.NODE_ENV: treated as production, no dev warnings.
    }
    return true;
  };
}

/** Per native `document.cookie` getter (one per document prototype): the active policies of every installed guard. */
const guards = new WeakMap<object, Set<CookieWritePolicy>>();

/**
 * Installs `policy` in front of `document.cookie` writes; reads stay native. The accessor is
 * replaced once per document prototype and made non-configurable, so page code that loads
 * later can neither re-define `document.cookie` on the prototype nor capture the native
 * setter from it. That is why ConsentKit must load first (docs/gating.md). Stopping a guard
 * removes its policy; the accessor itself stays, passing writes through when no policy is left.
 * Returns the stop function. Throws when the document has no `cookie` accessor to guard.
 */
export function installCookieGuard(doc: Document, policy: CookieWritePolicy): () => void {
  let policies = undefined as Set<CookieWritePolicy> | undefined;
  patchProperty(doc, 'cookie', ({ get, set }) => {
    // Our accessor keeps the native getter, so a second guard finds the first one's policies.
    policies = guards.get(get!);
    if (policies || !get || !set) return;
    const active = (policies = new Set());
    guards.set(get, active);
    return {
      set(value: unknown) {
        const text = String(value);
        for (const allow of active) if (!allow(text)) return;
        set.call(this, text);
      },
      // Native accessors are configurable; ours is not, so later scripts cannot swap it out.
      configurable: false,
    };
  });
  if (!policies) throw new TypeError('ConsentKit: no document.cookie accessor to guard');
  policies.add(policy);
  return () => void policies!.delete(policy);
}
