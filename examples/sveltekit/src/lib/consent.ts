import type { ConsentConfig } from '@consentkit/core';

/** The site's consent configuration, shared by the server (banner HTML) and the browser (the manager). */
export function consentConfig(region: string): ConsentConfig {
  return { policyVersion: '2026-11-01', region, language: 'en', privacyPolicyUrl: '/privacy' };
}

/** Where the visitor's region comes from when a request names none. */
export const DEFAULT_REGION = 'FR';

/** An ISO 3166 code ConsentKit accepts (not a CDN's "unknown" or "Tor" marker such as XX or T1). */
function isRegion(code: string): boolean {
  return /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(code) && !/^(EU|UK|EZ|UN|XX|ZZ|T1)/.test(code);
}

/** The visitor's region: `x-region`, else Cloudflare's `cf-ipcountry`, else `FR`. */
export function regionFromHeaders(headers: Headers): string {
  const code = (headers.get('x-region') ?? headers.get('cf-ipcountry'))?.trim().toUpperCase();
  return code && isRegion(code) ? code : DEFAULT_REGION;
}
