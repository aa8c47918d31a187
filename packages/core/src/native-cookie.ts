/** The browser's own `document.cookie` accessors for one document. */
export interface NativeCookie {
  /** The cookie string the browser returns (no held cookies, no page-code override). Throws where the browser does (a sandboxed frame). */
  read(): string;
  /** Writes one `name=value; attributes` string past every guard. Throws where the browser does. */
  write(cookieString: string): void;
}

/** The accessors ConsentKit installed (the cookie guard's) → the native accessors they replaced. */
const replaced = new WeakMap<object, (this: Document, value?: string) => unknown>();

/** Records that `ours` replaced `native`, so `captureNativeCookie` still finds the native one. */
export function registerReplacedAccessor(ours: object, native: (this: Document, value?: string) => unknown): void {
  replaced.set(ours, native);
}

/**
 * Captures the native `document.cookie` getter and setter of `doc` from its prototype chain
 * (where the browser defines them), skipping a property page code defined on the document
 * itself and seeing through ConsentKit's own cookie guard. ConsentKit reads and writes its
 * consent cookie only through these, so page code that shadows `document.cookie` on the
 * document cannot forge, rewrite or hide the visitor's decision. Captured once, at start:
 * this is why ConsentKit must load before other scripts (docs/gating.md).
 * Throws a TypeError when the document has no cookie accessor.
 */
export function captureNativeCookie(doc: Document): NativeCookie {
  let owner = Object.getPrototypeOf(doc) as object | null;
  let descriptor: PropertyDescriptor | undefined;
  while (owner && !(descriptor = Object.getOwnPropertyDescriptor(owner, 'cookie'))) owner = Object.getPrototypeOf(owner);
  const get = descriptor?.get && (replaced.get(descriptor.get) ?? descriptor.get);
  const set = descriptor?.set && (replaced.get(descriptor.set) ?? descriptor.set);
  if (!get || !set) throw new TypeError('ConsentKit: this document has no document.cookie accessor');
  return {
    read: () => String(get.call(doc)),
    write: (cookieString) => void set.call(doc, cookieString),
  };
}

/**
 * The values of every cookie named exactly `name` in a cookie string, in the browser's order
 * (longest path first). Names are compared as the browser stores them: no decoding, so
 * `consentki%74` is not `consentkit`; whitespace around a name is not part of it (RFC 6265bis §5.6).
 */
export function cookieValues(cookieString: string, name: string): string[] {
  const values: string[] = [];
  for (const pair of cookieString.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) values.push(pair.slice(eq + 1).trim());
  }
  return values;
}
