import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { renderBannerToString } from '@consentkit/banner';
import { ConsentRoot } from './components/consent-root';
import { consentConfig, regionFromHeaders } from '../lib/consent-config';

export const metadata: Metadata = { title: 'Linen & Canvas — ConsentKit Next.js example' };

/**
 * The root layout renders on the server for every request (it reads the request headers): the
 * region, the nonce and the consent cookie decide the banner HTML that goes first in <body>, so
 * the banner is in the very first paint. A visitor who already decided gets no banner markup.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const request = await headers();
  const nonce = request.get('x-nonce') ?? undefined;
  const region = regionFromHeaders(request);
  const banner = renderBannerToString(consentConfig(region), {
    language: 'en',
    cookie: request.get('cookie') ?? undefined,
    gpc: request.get('sec-gpc') === '1',
    nonce,
  });
  return (
    <html lang="en">
      <body>
        {/* The banner's HTML (a declarative shadow root) is parsed by the browser, not by React;
            mountBanner takes the element over after hydration. */}
        <div id="consentkit-ssr" dangerouslySetInnerHTML={{ __html: banner }} />
        <ConsentRoot region={region}>{children}</ConsentRoot>
      </body>
    </html>
  );
}
