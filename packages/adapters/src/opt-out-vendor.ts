import type { ConsentAdapter } from '@consentkit/core';
import { categoryAdapter } from './category-adapter';
import type { CategoryAdapterOptions } from './category-adapter';
import { readVendorWith, waitForVendor } from './vendor-queue';

/**
 * Options of the analytics SDK adapters (PostHog, Mixpanel, Amplitude); the same object works
 * as JSON in `config.adapters.<vendor>`: `category` (default `analytics`) and `saleOrShare`
 * (default `false`: the vendor acts as a service provider).
 */
export type OptOutVendorOptions = CategoryAdapterOptions;

/**
 * Builds the adapter of an SDK with an opt-in/opt-out switch and no pre-load queue of its own
 * that ConsentKit could safely create. The switch is set on start (opted out unless granted,
 * so a page that forgot the SDK's opt-out-by-default init option still fails closed) and once
 * per change. When `window[name]` has no callable `method` yet, the call is made when it
 * appears (`waitForVendor`): the adapter can be added before or after the vendor's snippet,
 * whose stub already has the method.
 */
export function optOutVendorAdapter<V>(
  name: string,
  method: string,
  apply: (vendor: V, granted: boolean) => void,
  options: OptOutVendorOptions | undefined,
): ConsentAdapter {
  return categoryAdapter(
    {
      name,
      category: 'analytics',
      saleOrShare: false,
      connect() {
        const sdk = waitForVendor(name, () => readVendorWith<V>(name, method));
        return { publish: (granted) => sdk.run((vendor) => apply(vendor, granted)), stop: sdk.stop };
      },
    },
    options,
  );
}
