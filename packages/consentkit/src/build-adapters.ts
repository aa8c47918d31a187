import { ConsentConfigError } from '@consentkit/core';
import type { ConfigCheck, ConsentAdapter } from '@consentkit/core';
import type { AdapterFactory } from './lazy-parts';

/**
 * An adapter whose code is a file beside the bundle: the file's name, and the check of its options
 * (the same rules its factory applies), run at `init` — a bad option must make the page fail
 * closed before the stored decision is applied, not once the file has arrived.
 */
export type LazyEntry = readonly [file: string, checkOptions: ConfigCheck];

/** `config.adapters` key → its factory, or the file (beside the bundle) that brings it. */
export type AdapterRegistry = Readonly<Record<string, AdapterFactory | LazyEntry>>;

/** An adapter the configuration enables whose code is in a separate file, loaded after `init`. */
export interface LazyAdapter {
  /** Its key in `config.adapters` (and in the file's registration). */
  readonly name: string;
  /** The file beside the bundle that registers it. */
  readonly file: string;
  /** The site's options, checked at `init` (strict) and by the factory once the file has arrived. */
  readonly options: Record<string, unknown>;
}

/**
 * Creates the adapters a configuration enables, in the order its keys are written. Anything but
 * an object gives none (the manager's own validation reports a bad `adapters` value). A vendor
 * whose registry entry is a file is not created here but added to `later` (strict: once its options pass).
 *
 * Strict (default): an unknown vendor name or a bad option throws a `ConsentConfigError` naming
 * `adapters.<name>[.<option>]` before any adapter has published anything, so no vendor hears
 * "granted" because of a typo.
 *
 * `lenient`, for an invalid configuration: every known vendor the site named, with its options
 * when they are valid and its defaults otherwise; unknown names are dropped. The fallback manager
 * denies everything but `necessary`, so each of them only tells its vendor "denied" — which
 * matters for tags that load without markup gating, like gtag.js in Consent Mode "advanced":
 * with no `consent default` Google would assume granted.
 */
export function buildAdapters(adapters: unknown, lenient: boolean, registry: AdapterRegistry, later: LazyAdapter[] = []): ConsentAdapter[] {
  const result: ConsentAdapter[] = [];
  if (typeof adapters !== 'object' || adapters === null || Array.isArray(adapters)) return result;
  for (const [name, options] of Object.entries(adapters)) {
    const factory = Object.prototype.hasOwnProperty.call(registry, name) ? registry[name] : undefined;
    if (!factory) {
      if (lenient) continue;
      throw new ConsentConfigError(`adapters.${name}`, `is not a known adapter (known: ${Object.keys(registry).join(', ')})`);
    }
    const given = (options ?? {}) as Record<string, unknown>;
    if (typeof factory !== 'function') {
      if (!lenient) factory[1](given, `adapters.${name}`);
      later.push({ name, file: factory[0], options: given });
      continue;
    }
    try {
      result.push(factory(given));
    } catch (error) {
      if (!lenient) throw error;
      result.push(factory({}));
    }
  }
  return result;
}
