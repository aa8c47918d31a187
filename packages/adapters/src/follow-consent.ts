import type { Category, ConsentManager } from '@consentkit/core';

/**
 * Whether a vendor that follows `category` may run for this visitor.
 *
 * The manager already denies `targeting` under Global Privacy Control. A vendor that follows
 * another category but is a "sale/share" recipient (`saleOrShare: true`, e.g. analytics data
 * shared with an ad network) is opted out too (CCPA regs §7025(b); docs/global-privacy-control.md), unless
 * the visitor explicitly granted `targeting` after the signal (§7025(c)(3)): under GPC the
 * manager only grants `targeting` on such an explicit choice.
 *
 * A category the site does not have is never granted, so a misnamed category keeps the vendor opted out.
 */
export function isVendorGranted(manager: ConsentManager, category: Category, saleOrShare: boolean): boolean {
  const consent = manager.getConsent();
  if (consent[category] !== true) return false;
  const gpc = manager.gpc || manager.getDecision()?.gpc === true;
  return !(saleOrShare && gpc && consent.targeting !== true);
}

/**
 * Reports (once, at start) categories an adapter follows that the site did not declare. The
 * adapter keeps running and treats them as denied: failing closed, the vendor stays opted out.
 */
export function reportUnknownCategories(manager: ConsentManager, field: string, categories: readonly Category[]): void {
  const unknown = categories.filter((c) => !manager.categories.includes(c));
  if (unknown.length > 0) {
    console.error(
      `[consentkit] ${field}: ${unknown.map((c) => JSON.stringify(c)).join(', ')} is not a category of this site ` +
        `(known: ${manager.categories.join(', ')}); treated as denied`,
    );
  }
}

/** Options of {@link followConsent}. */
export interface FollowOptions {
  /**
   * Publish once more on the visitor's first decision of the page even when the vendor's state
   * did not change (e.g. "Reject all" on a first visit). For vendors that hold their tags until
   * told (Google `wait_for_update`, TikTok `holdConsent`), this tells them the wait is over.
   */
  resolvePending?: boolean;
}

/**
 * Publishes a vendor's state at start (`first` = true) and then once per decision or cross-tab
 * change that changes it. `read` computes the vendor's state from the manager; two states are the
 * same when their JSON is the same, so a repeated identical decision publishes nothing (unless it
 * ends a pending wait, see {@link FollowOptions.resolvePending}). Returns the function that stops following.
 */
export function followConsent<S>(manager: ConsentManager, read: () => S, publish: (state: S, first: boolean) => void, options: FollowOptions = {}): () => void {
  const initial = read();
  let last = JSON.stringify(initial);
  let pending = !manager.hasDecided();
  publish(initial, true);
  const sync = () => {
    const state = read();
    const key = JSON.stringify(state);
    const resolves = pending && manager.hasDecided();
    if (resolves) pending = false;
    if (key === last && !(resolves && options.resolvePending)) return;
    last = key;
    publish(state, false);
  };
  // Every decision on this page emits `decision` (after its `change`, if the consent changed); a
  // `change` names the decision that caused it, and carries none when it came from another tab.
  // So `sync` runs once per decision and once per cross-tab change.
  const offs = [manager.on('change', (_consent, _previous, info) => info?.record || sync()), manager.on('decision', sync)];
  return () => offs.forEach((off) => off());
}
