import type { Category, ConsentAdapter, ConsentManager } from '@consentkit/core';
import { checkBoolean } from '@consentkit/core/internal';
import { optionCategory, readOptions } from './adapter-options';
import type { OptionSpec } from './adapter-options';
import { followConsent, isVendorGranted, reportUnknownCategories } from './follow-consent';
import type { FollowOptions } from './follow-consent';

/** Options every single-category adapter takes (all optional). */
export interface CategoryAdapterOptions {
  /** Category the vendor follows. */
  category?: string;
  /** Whether the vendor counts as a "sale/share" recipient under US state laws, so GPC opts the visitor out. */
  saleOrShare?: boolean;
}

/** What a vendor adapter defines; {@link categoryAdapter} does the rest. */
export interface CategoryAdapterSpec<O extends CategoryAdapterOptions> {
  /** Adapter name and `config.adapters` key. */
  name: string;
  /** Defaults of `category` and `saleOrShare`. */
  category: Category;
  saleOrShare: boolean;
  /** Checks of the vendor's own options. */
  options?: OptionSpec<Omit<O, keyof CategoryAdapterOptions>>;
  /** Connects to the vendor when the adapter starts. */
  connect(manager: ConsentManager, options: Partial<O>): VendorConnection;
  follow?: FollowOptions;
}

/** One started adapter's link to its vendor. */
export interface VendorConnection {
  /** Tells the vendor whether it may run: on start (`first`) and on each change. */
  publish(granted: boolean, first: boolean): void;
  /** Clean-up when the adapter stops. */
  stop?(): void;
}

/**
 * Builds an adapter for a vendor that follows one category: validates its options (naming
 * `adapters.<name>.<key>`), declares `categories` and `saleOrShare`, and publishes whether
 * the vendor may run (see `isVendorGranted`) on start and once per change.
 */
export function categoryAdapter<O extends CategoryAdapterOptions>(spec: CategoryAdapterSpec<O>, input: O | undefined): ConsentAdapter {
  const options = readOptions<O>(spec.name, input, {
    ...spec.options,
    category: optionCategory,
    saleOrShare: checkBoolean,
  } as OptionSpec<O>);
  const category = options.category ?? spec.category;
  const saleOrShare = options.saleOrShare ?? spec.saleOrShare;
  return {
    name: spec.name,
    categories: [category],
    saleOrShare,
    start(manager) {
      reportUnknownCategories(manager, `adapters.${spec.name}.category`, [category]);
      const vendor = spec.connect(manager, options);
      const stop = followConsent(manager, () => isVendorGranted(manager, category, saleOrShare), vendor.publish, spec.follow);
      return () => {
        stop();
        vendor.stop?.();
      };
    },
  };
}
