import type { ConsentAdapter } from '@consentkit/core';
import { checkBoolean } from '@consentkit/core/internal';
import { categoryAdapter } from './category-adapter';
import type { CategoryAdapterOptions } from './category-adapter';
import { readFunction, waitForVendor } from './vendor-queue';

/** Options of {@link metaPixelConsent}; the same object works as JSON in `config.adapters.meta`. */
export interface MetaPixelConsentOptions extends CategoryAdapterOptions {
  /** Category the pixel follows. Default `targeting`. */
  category?: string;
  /** Whether Meta counts as a "sale/share" recipient, so GPC opts the visitor out. Default `true`. */
  saleOrShare?: boolean;
  /**
   * In `opt-out` regimes (US states), express an opt-out with Meta's Limited Data Use
   * (`fbq('dataProcessingOptions', ['LDU'], 0, 0)`, Meta geolocates the visitor) instead of
   * `fbq('consent', 'revoke')`, and lift it with `fbq('dataProcessingOptions', [])`. Meta then
   * processes the pixel's data as a service provider. Opt-in regimes always use revoke.
   * Meta reads LDU at `fbq('init')`: see docs/adapters/meta.md for the ordering. Default `false`.
   */
  limitedDataUse?: boolean;
}

type Fbq = (...args: unknown[]) => void;

/**
 * Publishes consent to the Meta Pixel: `fbq('consent', 'grant' | 'revoke')`, on start (Meta:
 * "call revoke on every page", before `fbq('init')`) and once per change.
 *
 * The adapter never creates `window.fbq`: Meta's base code does nothing when `fbq` already
 * exists, so a stub of ours would stop the pixel from loading. When the pixel's base code runs
 * after the adapter, the calls are made as soon as `fbq` appears (see `waitForVendor`).
 *
 * @example
 * manager.use(metaPixelConsent());
 */
export function metaPixelConsent(options: MetaPixelConsentOptions = {}): ConsentAdapter {
  return categoryAdapter<MetaPixelConsentOptions>(
    {
      name: 'meta',
      category: 'targeting',
      saleOrShare: true,
      options: { limitedDataUse: checkBoolean },
      connect(manager, o) {
        const ldu = o.limitedDataUse === true && manager.regime === 'opt-out';
        const fbq = waitForVendor('meta', () => readFunction<Fbq>('fbq'));
        return {
          publish: (granted) =>
            fbq.run((call) => {
              if (ldu) call('dataProcessingOptions', ...(granted ? [[]] : [['LDU'], 0, 0]));
              if (!ldu || granted) call('consent', granted ? 'grant' : 'revoke');
            }),
          stop: fbq.stop,
        };
      },
    },
    options,
  );
}
