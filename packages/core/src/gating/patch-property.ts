/**
 * Replaces the property `key` where `target` or its prototype chain defines it
 * (`document.cookie` lives on `Document.prototype`, `sendBeacon` on `Navigator.prototype`,
 * `fetch` on the window). `change` receives the current descriptor and returns the fields to
 * replace (a method's `value`, an accessor's `get`/`set`), or a falsy value to leave the
 * property alone. Returns the restore function, which puts the original back only while the
 * property is still ours (a patch that page code installed on top is not undone); `undefined`
 * when nothing was patched.
 *
 * Gating wraps platform APIs this way (auto-blocking, the network guard, the cookie guard) so
 * that `stop()` leaves the page as it found it.
 */
export function patchProperty(
  target: object,
  key: string,
  change: (descriptor: PropertyDescriptor) => PropertyDescriptor | false | undefined | null,
): (() => void) | undefined {
  let owner: object | null = target;
  let original: PropertyDescriptor | undefined;
  while (owner && !(original = Object.getOwnPropertyDescriptor(owner, key))) owner = Object.getPrototypeOf(owner);
  const fields = original && change(original);
  if (!fields) return;
  const ours = { ...original, ...fields };
  Object.defineProperty(owner!, key, ours);
  return () => {
    const now = Object.getOwnPropertyDescriptor(owner!, key)!;
    if ((now.set ?? now.value) === (ours.set ?? ours.value)) Object.defineProperty(owner!, key, original!);
  };
}

/** A method wrapper: receives the original method, returns its replacement. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MethodWrap = (original: any) => (this: any, ...args: any[]) => unknown;

/** `patchProperty` for a method: `wrap(original)` becomes the method; nothing happens when `key` is not a function. */
export function patchMethod(target: object, key: string, wrap: MethodWrap): (() => void) | undefined {
  return patchProperty(target, key, ({ value }) => typeof value === 'function' && { value: wrap(value) });
}
