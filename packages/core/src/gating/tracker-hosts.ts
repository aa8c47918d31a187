import { fromCategoryLists } from './category-lists';
import type { Category } from '../types';

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
export const TRACKER_HOSTS: Readonly<Record<string, Category>> = fromCategoryLists({
  analytics:
    // Google. gtag.js serves GA4 and Ads alike; it is classed as analytics (its most common
    // use), and Ads/Floodlight traffic goes to the ad hosts under targeting.
    'google-analytics.com analytics.google.com googletagmanager.com ' +
    // Microsoft Clarity.
    'clarity.ms ' +
    // Product analytics and session recording: Hotjar, HubSpot, Segment, Mixpanel, Amplitude, Matomo.
    'hotjar.com hotjar.io js.hs-scripts.com js.hs-analytics.net track.hubspot.com ' +
    'cdn.segment.com api.segment.io mixpanel.com mxpnl.com amplitude.com matomo.cloud',
  targeting:
    // Google Ads, DoubleClick, AdSense, Floodlight.
    'doubleclick.net googleadservices.com googlesyndication.com adservice.google.com ' +
    'www.google.com/pagead www.google.com/ccm ' +
    // Meta pixel: the loader and the /tr endpoint (the rest of facebook.com is not a tracker).
    'connect.facebook.net www.facebook.com/tr ' +
    // Microsoft UET (Ads).
    'bat.bing.com ' +
    // TikTok, LinkedIn, Pinterest, Snap, Reddit, X/Twitter, Criteo, HubSpot ads.
    'analytics.tiktok.com snap.licdn.com px.ads.linkedin.com ct.pinterest.com s.pinimg.com/ct ' +
    'sc-static.net tr.snapchat.com redditstatic.com/ads alb.reddit.com static.ads-twitter.com ' +
    'ads-api.twitter.com analytics.twitter.com t.co/i/adsct criteo.com criteo.net js.hsadspixel.net',
});
