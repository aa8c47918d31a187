import type { Handle } from '@sveltejs/kit';
import { renderBannerToString } from '@consentkit/banner';
import { consentConfig, regionFromHeaders } from '$lib/consent';

const MARKER = '<!--consentkit-banner-->';

/**
 * Puts the banner's first layer (renderBannerToString) first in <body> of every page, with the
 * nonce SvelteKit made for this response: the banner is in the first paint, under the strict
 * policy of svelte.config.js. A visitor who already decided gets nothing (read from the cookie).
 */
export const handle: Handle = async ({ event, resolve }) => {
  event.locals.region = regionFromHeaders(event.request.headers);
  const response = await resolve(event);
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  const policy = headers.get('content-security-policy') ?? '';
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  // Fail closed: without a nonce the banner's <style> would be blocked, so send no banner markup
  // (mountBanner then draws it in the browser).
  const banner = nonce
    ? renderBannerToString(consentConfig(event.locals.region), {
        language: 'en',
        cookie: event.request.headers.get('cookie') ?? undefined,
        gpc: event.request.headers.get('sec-gpc') === '1',
        nonce,
      })
    : '';
  // SvelteKit adds the nonce to style-src only when it inlines styles itself: allow the banner's.
  if (banner && !/style-src[^;]*'nonce-/.test(policy)) {
    headers.set('content-security-policy', policy.replace(/style-src([^;]*)/, `style-src$1 'nonce-${nonce}'`));
  }
  const html = (await response.text()).replace(MARKER, banner);
  headers.delete('content-length');
  headers.delete('etag'); // SvelteKit's, of the body without the banner
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
};
