import type { CookieCategorizer } from './cookie-rules';
import { registerReplacedAccessor } from '../native-cookie';
import { patchProperty } from './patch-property';
import type { Category, ConsentManager } from '../types';

declare const process: { env: { NODE_ENV?: string } };

/** Decides whether a `document.cookie = value` write may go through, is dropped, or is held until it can be classified. */
export type CookieWritePolicy = (cookieString: string) => CookieVerdict;

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

/**
 * The URL of the script writing a cookie (its likely setter), for `config.cookieDb`: `document.currentScript`,
 * else the first script on the call stack that is not the file the guard runs in (a vendor tag's callback, timer or
 * module has no current script). `undefined` when unknown; it only ever helps classify, never grants.
 */
function scriptUrl(): string | undefined {
  // A held write judged again later: its script is no longer on the stack, so the setter recorded when it was written.
  if (judgingHeld !== null) return judgingHeld;
  // Stack frames name their script: `at f (https://ads.example/tag.js:1:20)`, `f@https://ads.example/tag.js:1:20`.
  const urls = (document.currentScript as HTMLScriptElement | null)?.src || String(new Error().stack).match(/https?:\/\/[^\s()'"]+?(?=:\d+:\d+)/g);
  return typeof urls === 'string' ? urls : urls?.find((url) => url !== urls[0]);
}

/**
 * The cookie guard's rules for one manager:
 * - the consent cookie (`config.cookie.name`) is never written or deleted by page code: the
 *   manager writes it through the native accessor (tamper resistance: page code cannot forge
 *   or erase a decision);
 * - deleting any other cookie is always allowed (it can only reduce tracking);
 * - a classified cookie is written only when its category is granted (`necessary` always);
 * - an unknown cookie, while `config.cookieDb` is still loading (`pending`) and some category is
 *   denied, is held until the classifier can answer: nothing unclassified is stored before it
 *   is classified;
 * - otherwise an unknown cookie follows `config.unknownCookies` (`allow` warns once per name in dev).
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
    if (name === cookie.name) return false;
    // The database also weighs the write itself (value, path, lifetime): `@consentkit/cookie-db`'s `signals.write`.
    const category = cookieDb ? categorize(name, scriptUrl(), { write: cookieString }) : categorize(name);
    if (category === 'necessary' || (category && isGranted(category))) return true;
    if (category || unknownCookies === 'block') return deletion(cookieString);
    // When everything is granted the classifier's answer could only let it through.
    if (cookieDb?.pending && !manager.categories.every(isGranted)) return deletion(cookieString) || 'hold';
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

/**
 * What the guard does with a cookie write: store it (`true`), drop it (`false`), hold it until it
 * can be classified (`'hold'`), or let it through only as a deletion (`'delete'`: a refused
 * cookie's deletion is written with `max-age=0` added, so a date the browser reads differently
 * from `Date.parse`, such as `expires=1970`, cannot turn it into a stored session cookie).
 */
export type CookieVerdict = boolean | 'hold' | 'delete';

/** A refused write goes through only when it deletes (`'delete'`), otherwise it is dropped. */
const deletion = (cookieString: string): CookieVerdict => parseCookieWrite(cookieString).deletion && 'delete';

/** The state of the guard on one document prototype, shared by every installed policy. */
interface GuardState {
  readonly policies: Set<CookieWritePolicy>;
  /** Per document: held (quarantined) writes by cookie name, as the `document.cookie` strings the page wrote. */
  readonly held: WeakMap<object, Map<string, string>>;
  /** The setter (script URL) of each held write, by its text, for the cookie database when it is judged again. */
  readonly setters: Map<string, string | undefined>;
  readonly set: (this: Document, value: string) => void;
}

/** Set only while `releaseHeldCookies` judges one held write: the setter recorded for it (see `scriptUrl`); else null. */
let judgingHeld: string | undefined | null = null;

/** Keyed by ConsentKit's own `document.cookie` getter: the guard installed on that prototype. */
const guards = new WeakMap<object, GuardState>();

/** Every policy must let a write through; one refusal drops it; otherwise one "hold" holds it, then one "delete" deletes it. */
function judge(state: GuardState, text: string): CookieVerdict {
  let verdict: CookieVerdict = true;
  for (const allow of state.policies) {
    const answer = allow(text);
    if (!answer) return false;
    if (answer !== true && verdict !== 'hold') verdict = answer;
  }
  return verdict;
}

/** Applies a verdict to a write of `doc`: writes it natively, holds it, or drops it. */
function apply(state: GuardState, doc: Document, text: string, verdict = judge(state, text)): void {
  const name = cookieName(text);
  let held = state.held.get(doc);
  if (verdict === 'hold') {
    if (!held) state.held.set(doc, (held = new Map()));
    // One setter per held name (a rewrite replaces it), so this grows no larger than the held writes.
    state.setters.delete(held.get(name)!);
    held.set(name, text);
    state.setters.set(text, scriptUrl());
  } else if (verdict) {
    held?.delete(name);
    // Max-Age wins over Expires and the last one counts (RFC 6265bis §5.6.2): a sure deletion.
    state.set.call(doc, verdict === 'delete' ? text + '; max-age=0' : text);
  }
}

/** The guard installed on the document's prototype chain, if any. */
function guardOf(doc: Document): GuardState | undefined {
  let owner: object | null = doc;
  let descriptor: PropertyDescriptor | undefined;
  while (owner && !(descriptor = Object.getOwnPropertyDescriptor(owner, 'cookie'))) owner = Object.getPrototypeOf(owner);
  return descriptor?.get && guards.get(descriptor.get);
}

/**
 * Judges the held writes of `doc` again (the classifier has answered, or consent changed):
 * each one is written, dropped, or stays held. Returns the names written.
 */
export function releaseHeldCookies(doc: Document): string[] {
  const state = guardOf(doc);
  const written: string[] = [];
  for (const [name, text] of state?.held.get(doc) ?? []) {
    judgingHeld = state!.setters.get(text);
    let verdict: CookieVerdict;
    try {
      verdict = judge(state!, text);
    } finally {
      judgingHeld = null;
    }
    if (verdict !== 'hold') {
      state!.held.get(doc)!.delete(name);
      state!.setters.delete(text);
    }
    if (verdict === true) {
      state!.set.call(doc, text);
      written.push(name);
    }
  }
  return written;
}

/**
 * The arguments of a Cookie Store API call (a name and value, or an options object), read once
 * into the plain options the native then receives: what was judged is what is written, so a
 * getter or a `toString` cannot name another cookie (or an `expires` another date) when the
 * browser reads it again. Members left out are left to the browser's defaults.
 */
export function cookieStoreOptions([nameOrOptions, value]: unknown[]): Record<string, unknown> {
  const given = ((typeof nameOrOptions === 'object' && nameOrOptions) || { name: nameOrOptions, value }) as Record<string, unknown>;
  const options: Record<string, unknown> = {};
  // The members of set()'s options; delete() ignores those it does not have. `domain` and
  // `expires` are nullable there (null: host-only, a session cookie), the others are converted.
  for (const key of ['name', 'value', 'path', 'domain', 'expires', 'sameSite', 'partitioned']) {
    const member = given[key];
    if (member === undefined) continue;
    options[key] =
      member === null && (key === 'domain' || key === 'expires')
        ? null
        : key === 'expires'
          ? Number(member)
          : key === 'partitioned'
            ? !!member
            : String(member);
  }
  return options;
}

/** The `document.cookie` string equivalent to a Cookie Store API `set()` (name and value, or an options object). */
export function cookieStoreWrite(nameOrOptions: unknown, value?: unknown): string {
  const options = (typeof nameOrOptions === 'object' && nameOrOptions) || { name: nameOrOptions, value };
  const { name, path, domain, expires } = options as Record<string, unknown>;
  // The Cookie Store API's default path is "/" (it is the page's directory for document.cookie).
  let text = `${String(name)}=${String((options as { value?: unknown }).value ?? '')}; path=${path ?? '/'}`;
  if (domain != null) text += `; domain=${String(domain)}`;
  if (expires != null) text += `; expires=${new Date(expires as number).toUTCString()}`;
  return text;
}

/**
 * Guards the Cookie Store API (`cookieStore.set()` / `.delete()`, Chromium) with the same
 * policies as `document.cookie`: a refused `set` or `delete` resolves without writing (as a
 * write the browser ignored), a held `set` joins the `document.cookie` quarantine. Replaced
 * once, non-configurable, like the cookie accessor.
 */
function guardCookieStore(state: GuardState, doc: Document): void {
  const proto = (doc.defaultView as (Window & { CookieStore?: { prototype: object } }) | null)?.CookieStore?.prototype;
  if (!proto || guards.has(proto)) return;
  guards.set(proto, state);
  const guard = (key: string, toText: (options: Record<string, unknown>) => string) =>
    patchProperty(
      proto,
      key,
      ({ value: original }) =>
        typeof original === 'function' && {
          value(this: unknown, ...args: unknown[]) {
            const options = cookieStoreOptions(args);
            const text = toText(options);
            const verdict = judge(state, text);
            // A deletion through the Cookie Store API: its `expires` is a number, read alike by both.
            if (verdict === true || verdict === 'delete') return original.call(this, options);
            apply(state, doc, text, verdict);
            return Promise.resolve();
          },
          configurable: false,
          writable: false,
        },
    );
  guard('set', cookieStoreWrite);
  guard('delete', ({ name }) => `${String(name)}=; max-age=0`);
}

/**
 * Installs `policy` in front of `document.cookie` writes (and of `cookieStore.set()` /
 * `.delete()` where the browser has the Cookie Store API). A write the policies hold is kept
 * in a quarantine: the page's own `document.cookie` reads show it, the browser never stores
 * it (so no request carries it) until `releaseHeldCookies` writes or drops it. The accessor is
 * replaced once per document prototype and made non-configurable, so page code that loads
 * later can neither re-define `document.cookie` on the prototype nor capture the native
 * setter from it. That is why ConsentKit must load first (docs/gating.md). Stopping a guard
 * removes its policy; the accessor itself stays, passing writes through when no policy is left.
 * Returns the stop function. Throws when the document has no `cookie` accessor to guard.
 */
export function installCookieGuard(doc: Document, policy: CookieWritePolicy): () => void {
  let state = undefined as GuardState | undefined;
  patchProperty(doc, 'cookie', ({ get, set }) => {
    state = get && guards.get(get);
    if (state || !get || !set) return;
    const active: GuardState = (state = { policies: new Set(), held: new WeakMap(), setters: new Map(), set });
    const accessor = {
      get(this: Document) {
        const jar = String(get.call(this));
        const held = active.held.get(this);
        if (!held?.size) return jar;
        // Held writes read as if stored, in place of a stored cookie of the same name.
        const pairs = jar ? jar.split('; ').filter((pair) => !held.has(cookieName(pair))) : [];
        for (const text of held.values()) pairs.push(text.split(';')[0]!.trim());
        return pairs.join('; ');
      },
      set(this: Document, value: unknown) {
        apply(active, this, String(value));
      },
    };
    guards.set(accessor.get, active);
    registerReplacedAccessor(accessor.get, get);
    registerReplacedAccessor(accessor.set, set);
    // Native accessors are configurable; ours is not, so later scripts cannot swap it out.
    return { ...accessor, configurable: false };
  });
  if (!state) throw new TypeError('ConsentKit: no document.cookie accessor to guard');
  const guard = state;
  guard.policies.add(policy);
  guardCookieStore(guard, doc);
  return () => {
    guard.policies.delete(policy);
    // Nobody left to judge them: held writes are dropped, never written unjudged.
    if (!guard.policies.size) guard.held.delete(doc);
  };
}
