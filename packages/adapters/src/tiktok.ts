import type { ConsentAdapter } from '@consentkit/core';
import { categoryAdapter } from './category-adapter';
import type { CategoryAdapterOptions } from './category-adapter';
import { arrayQueue } from './vendor-queue';

/**
 * Options of {@link tiktokPixelConsent}; the same object works as JSON in `config.adapters.tiktok`:
 * `category` (default `targeting`) and `saleOrShare` (default `true`).
 */
export type TiktokPixelConsentOptions = CategoryAdapterOptions;

type ConsentMethod = 'holdConsent' | 'grantConsent' | 'revokeConsent';

/**
 * Publishes consent to the TikTok Pixel. On start `ttq.holdConsent()` (TikTok holds events
 * until told), then `ttq.grantConsent()` when the visitor has granted, or `ttq.revokeConsent()`
 * when they already refused; afterwards one grant/revoke per change, and one on the first
 * decision of the page even when it keeps the state (so a first-visit "Reject all" ends the hold).
 *
 * Uses `window.ttq = window.ttq || []`, the queue TikTok's snippet itself starts from: before
 * the snippet has added its methods a call is queued as `['holdConsent']`, exactly as the
 * snippet's own stub methods queue it.
 *
 * @example
 * manager.use(tiktokPixelConsent());
 */
export function tiktokPixelConsent(options: TiktokPixelConsentOptions = {}): ConsentAdapter {
  return categoryAdapter(
    {
      name: 'tiktok',
      category: 'targeting',
      saleOrShare: true,
      follow: { resolvePending: true },
      connect(manager) {
        const call = (method: ConsentMethod) => {
          const ttq = arrayQueue('ttq') as Partial<Record<ConsentMethod, () => void>> & { push(...items: unknown[]): unknown };
          const fn = ttq[method];
          if (typeof fn === 'function') fn.call(ttq);
          else ttq.push([method]);
        };
        return {
          publish(granted, first) {
            if (first) call('holdConsent');
            // Undecided and not granted (first visit, opt-in regime): stay on hold until the decision.
            if (!first || granted || manager.hasDecided()) call(granted ? 'grantConsent' : 'revokeConsent');
          },
        };
      },
    },
    options,
  );
}
