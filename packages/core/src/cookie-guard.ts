import type { CookieCategorizer } from './cookie-rules';
import { getInternals } from './manager-internals';
import type { Category, ConsentManager } from './types';

declare const process: { env: { NODE_ENV?: string } };

/** Whether dev-only warnings are on: bundlers replace `process.env.NODE_ENV`; without one, off. */
export function isDevMode(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/** Decides whether a `document.cookie = value` write may go through. */
export type CookieWritePolicy = (cookieString: string) => boolean;

/** The name of the cookie a `document.cookie` write sets, and whether the write deletes it. */
export function parseCookieWrite(cookieString: string): { name: string; deletion: boolean } {
  const [pair = '', ...attributes] = cookieString.split(';');
  const eq = pair.indexOf('=');
  // RFC 6265bis §5.6: a pair without "=" is a cookie with an empty name.
  const name = eq < 0 ? '' : pair.slice(0, eq).trim();
  let deletion = false;
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
    const value = at < 0 ? '' : attribute.slice(at + 1).trim();
    if (key === 'max-age' && /^-?\d+$/.test(value)) deletion = Number(value) <= 0;
    else if (key === 'expires' && !attributes.some((a) => /^\s*max-age\s*=/i.test(a))) {
      const time = Date.parse(value);
      deletion = Number.isFinite(time) && time <= Date.now();
    }
  }
  return { name, deletion };
}

function scriptHost(): string | undefined {
  const script = typeof document !== 'undefined' ? document.currentScript : null;
  try {
    return script && 'src' in script && script.src ? new URL(script.src).hostname : undefined;
  } catch {
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
  const consentName = manager.config.cookie.name;
  const strict = manager.config.unknownCookies === 'block';
  const wantsHost = manager.config.cookieDb !== undefined;
  const warned = new Set<string>();
  return (cookieString) => {
    // The name is all most writes need; attributes are parsed only for a write to refuse.
    const eq = cookieString.indexOf('=');
    const semi = cookieString.indexOf(';');
    const name = eq < 0 || (semi >= 0 && semi < eq) ? '' : cookieString.slice(0, eq).trim();
    if (name === consentName) return getInternals(manager)?.storage.writing === true;
    const category = categorize(name, wantsHost ? scriptHost() : undefined);
    if (category !== undefined && (category === 'necessary' || isGranted(category))) return true;
    if (category !== undefined || strict) return parseCookieWrite(cookieString).deletion;
    if (isDevMode() && !warned.has(name)) {
      warned.add(name);
      console.warn(
        `[consentkit] cookie "${name}" is not classified, so it was allowed (unknownCookies: "allow"). ` +
          `Declare it in config.cookies, e.g. { "${name}": "necessary" }, or set unknownCookies: "block".`,
      );
    }
    return true;
  };
}

/** Per cookie-owning prototype: the active policies of every installed guard. */
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
  let owner: object | null = doc;
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'cookie')) owner = Object.getPrototypeOf(owner);
  const native = owner && Object.getOwnPropertyDescriptor(owner, 'cookie');
  if (!owner || !native?.set || !native.get) throw new TypeError('ConsentKit gating: this document has no document.cookie accessor to guard');
  let policies = guards.get(owner);
  if (!policies) {
    const active = (policies = new Set());
    guards.set(owner, active);
    const set = native.set;
    Object.defineProperty(owner, 'cookie', {
      get: native.get,
      set(value: unknown) {
        const text = String(value);
        for (const allow of active) if (!allow(text)) return;
        set.call(this, text);
      },
      enumerable: native.enumerable,
      // Native accessors are configurable; ours is not, so later scripts cannot swap it out.
      configurable: false,
    });
  }
  policies.add(policy);
  return () => void guards.get(owner)?.delete(policy);
}
