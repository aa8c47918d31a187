import type { Category } from './types';

/**
 * The built-in table of well-known tracker hosts (`host[/path prefix]` → category) that
 * auto-blocking holds until the category is granted. A rule matches the host and its
 * subdomains. A site's own `config.blockRules` are checked first and win, so a site can
 * re-classify a host (e.g. `"www.googletagmanager.com": "necessary"` to load GTM before
 * consent and let Google Consent Mode do the gating) or add its own.
 *
 * Deliberately small: the hosts that load or receive the common analytics and advertising
 * tags. Anything not listed is not auto-blocked; mark such tags up with
 * `type="text/plain" data-category` or add a `blockRules` entry (docs/gating.md).
 */
export const TRACKER_HOSTS: Readonly<Record<string, Category>> = Object.freeze({
  // Google. gtag.js serves GA4 and Ads alike; it is classed as analytics (its most common
  // use), and Ads/Floodlight traffic goes to the ad hosts below, which need `targeting`.
  'google-analytics.com': 'analytics',
  'analytics.google.com': 'analytics',
  'googletagmanager.com': 'analytics',
  'doubleclick.net': 'targeting',
  'googleadservices.com': 'targeting',
  'googlesyndication.com': 'targeting',
  'adservice.google.com': 'targeting',
  'www.google.com/pagead': 'targeting',
  'www.google.com/ccm': 'targeting',
  // Meta pixel: the loader and the /tr endpoint (the rest of facebook.com is not a tracker).
  'connect.facebook.net': 'targeting',
  'www.facebook.com/tr': 'targeting',
  // Microsoft: UET (Ads) and Clarity.
  'bat.bing.com': 'targeting',
  'clarity.ms': 'analytics',
  // TikTok, LinkedIn, Pinterest, Snap, Reddit, X/Twitter, Criteo.
  'analytics.tiktok.com': 'targeting',
  'snap.licdn.com': 'targeting',
  'px.ads.linkedin.com': 'targeting',
  'ct.pinterest.com': 'targeting',
  's.pinimg.com/ct': 'targeting',
  'sc-static.net': 'targeting',
  'tr.snapchat.com': 'targeting',
  'redditstatic.com/ads': 'targeting',
  'alb.reddit.com': 'targeting',
  'static.ads-twitter.com': 'targeting',
  'ads-api.twitter.com': 'targeting',
  'analytics.twitter.com': 'targeting',
  't.co/i/adsct': 'targeting',
  'criteo.com': 'targeting',
  'criteo.net': 'targeting',
  // Product analytics and session recording.
  'hotjar.com': 'analytics',
  'hotjar.io': 'analytics',
  'js.hs-scripts.com': 'analytics',
  'js.hs-analytics.net': 'analytics',
  'track.hubspot.com': 'analytics',
  'js.hsadspixel.net': 'targeting',
  'cdn.segment.com': 'analytics',
  'api.segment.io': 'analytics',
  'mixpanel.com': 'analytics',
  'mxpnl.com': 'analytics',
  'amplitude.com': 'analytics',
  'matomo.cloud': 'analytics',
});
