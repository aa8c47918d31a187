'use client';

import Script from 'next/script';

/**
 * The site's analytics: rendered only inside `<ConsentGate category="analytics">`, so its tag
 * (a local stand-in for gtag.js) is not even requested before the visitor agrees.
 */
export function Analytics() {
  return (
    <>
      <Script src="/vendor/analytics.js" strategy="afterInteractive" />
      <p data-testid="analytics-on">Analytics is on. Thank you!</p>
    </>
  );
}
