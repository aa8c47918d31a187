'use client';

import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { createConsentManager, enableGating } from '@consentkit/core';
import type { ConsentManager } from '@consentkit/core';
import { mountBanner } from '@consentkit/banner';
import { googleConsentMode } from '@consentkit/adapters/google';
import { ConsentProvider } from '@consentkit/react';
import { consentConfig } from '../../lib/consent-config';

// One manager per page in the browser, however often React renders this component.
let browserManager: ConsentManager | undefined;

function startManager(region: string): ConsentManager {
  if (typeof window === 'undefined') {
    // On the server the hooks answer "everything but necessary denied" whatever this manager
    // says; it only gives the provider something to hold.
    return createConsentManager(consentConfig(region));
  }
  if (!browserManager) {
    browserManager = createConsentManager(consentConfig(region));
    // Before any tag can load: the Consent Mode default, and held tags/cookies until consent.
    browserManager.use(googleConsentMode({ waitForUpdate: 500 }));
    enableGating(browserManager);
  }
  return browserManager;
}

/**
 * Creates the page's consent manager once, in the browser, and takes over the banner the
 * server rendered (mountBanner hydrates `<consentkit-banner data-consentkit-ssr>`; for a visitor
 * who already decided there is none and nothing is drawn).
 */
export function ConsentRoot({ region, children }: { region: string; children: ReactNode }) {
  const [manager] = useState(() => startManager(region));
  useEffect(() => {
    mountBanner(manager);
  }, [manager]);
  return <ConsentProvider manager={manager}>{children}</ConsentProvider>;
}
