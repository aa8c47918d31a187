import type { ConsentConfig } from '@consentkit/core';

/**
 * The site's consent configuration, shared by the server (banner HTML) and the browser (the
 * manager). Only the region differs per request.
 */
export function consentConfig(region: string): ConsentConfig {
  return {
    policyVersion: '2026-11-01',
    region,
    language: 'en',
    privacyPolicyUrl: '/privacy',
  };
}

/** Where the visitor's region comes from when a request names none. */
export const DEFAULT_REGION = 'FR';

/**
 * The visitor's region from the request headers: `x-region` (set by your own edge or a test),
 * else the CDN's country header — Cloudflare `cf-ipcountry`, Vercel `x-vercel-ip-country` (with
 * `x-vercel-ip-country-region` for US states, e.g. `US-CA`) — else `FR`. Anything that is not a
 * country code (e.g. Cloudflare's `XX` or `T1`) falls back to the default.
 */
export function regionFromHeaders(headers: { get(name: string): string | null }): string {
  const explicit = headers.get('x-region')?.trim().toUpperCase();
  if (explicit) return isRegion(explicit) ? explicit : DEFAULT_REGION;
  const country = (headers.get('cf-ipcountry') ?? headers.get('x-vercel-ip-country'))?.trim().toUpperCase();
  if (!country || !isRegion(country)) return DEFAULT_REGION;
  const subdivision = headers.get('x-vercel-ip-country-region')?.trim().toUpperCase();
  return country === 'US' && subdivision && /^[A-Z]{2}$/.test(subdivision) ? `US-${subdivision}` : country;
}

/** An ISO 3166 code ConsentKit accepts (not a CDN's "unknown" or "Tor" marker such as XX or T1). */
function isRegion(code: string): boolean {
  return /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(code) && !/^(EU|UK|EZ|UN|XX|ZZ|T1)/.test(code);
}
