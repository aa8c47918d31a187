import { ADAPTERS } from './adapter-registry';
import { createKit } from './create-kit';
import type { ConsentKit, ConsentKitOptions } from './create-kit';

export type { ConsentKit, ConsentKitOptions } from './create-kit';

/**
 * Creates the `ConsentKit` object (`window.ConsentKit`'s API) with every vendor adapter bundled.
 * `init` creates the consent manager and, in the same synchronous step, turns on gating and the
 * vendor adapters, so a tag placed after the ConsentKit script never runs ahead of its guard;
 * then `options.start` shows the UI (or arranges to).
 */
export function createConsentKit(options: ConsentKitOptions = {}): ConsentKit {
  return createKit({ ...options, registry: ADAPTERS });
}
