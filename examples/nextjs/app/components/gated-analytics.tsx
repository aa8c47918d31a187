'use client';

import { ConsentGate } from '@consentkit/react';
import { Analytics } from './analytics';

/**
 * `<ConsentGate>` uses React context, so it is rendered from a client component (the page
 * itself stays a server component). Until analytics is granted the gate shows its default
 * notice with an "Allow analytics" button, and <Analytics> is not rendered at all.
 */
export function GatedAnalytics() {
  return (
    <ConsentGate category="analytics">
      <Analytics />
    </ConsentGate>
  );
}
