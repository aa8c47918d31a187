import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

/**
 * A strict Content Security Policy with a fresh nonce per request: no 'unsafe-inline' for
 * scripts or styles. Next.js reads the nonce from the request's policy header and puts it on its
 * own scripts; the root layout reads `x-nonce` and gives it to renderBannerToString for the
 * banner's <style>. ('strict-dynamic' lets the nonced scripts load the tags that consent allows.)
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages only: not the static files (they carry no HTML to protect).
  matcher: [{ source: '/((?!_next/static|_next/image|vendor/|favicon.ico).*)' }],
};
