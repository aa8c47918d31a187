// The pages `pnpm bench peers` loads: one equivalent page per consent tool. Each has the same
// content, three categories (necessary, analytics, advertising) and two gated stand-in tags
// (`/tags/analytics.js`, `/tags/ads.js`), gated the way each tool's own documentation says.
// `none` is the same page without any consent tool: the baseline for the page's own paint.

import { existsSync } from 'node:fs';

// The server-rendered first layer of @consentkit/banner (its built dist/, as a server would import it).
const bannerDist = new URL('../../packages/banner/dist/index.js', import.meta.url);
const { renderBannerToString } = existsSync(bannerDist) ? await import(bannerDist.href) : {};
const CK_CONFIG = { policyVersion: '2026-11-01', region: 'FR', adapters: { google: {} } };

/** How the bench finds ConsentKit's first layer and its two buttons (every ConsentKit page below). */
const CK_LOCATORS = {
  files: ['/ck/'],
  banner: { host: 'consentkit-banner', selector: 'section' },
  accept: { host: 'consentkit-banner', text: 'Accept all' },
  reject: { host: 'consentkit-banner', text: 'Reject all' },
};

/** A ConsentKit page's `<head>` part: the config block, the script tag, the two stand-in tags marked up. */
const ckHead = (config) => `<script type="application/json" id="consentkit-config">${JSON.stringify(config)}</script>
<script src="/ck/consentkit.min.js" data-config="#consentkit-config"></script>
<script type="text/plain" data-category="analytics" src="/tags/analytics.js"></script>
<script type="text/plain" data-category="targeting" src="/tags/ads.js"></script>`;

const CONTENT = `
  <header><strong>Canvas &amp; Linen</strong></header>
  <main>
    <h1>Spring collection</h1>
    <p>Light jackets, linen shirts and canvas shoes for the first warm days. Every piece is made to
    last and shipped in recycled packaging. Free returns within 30 days.</p>
    <p>Our stores are open every day from 9 to 19. Ask us about repairs, alterations and gift cards.</p>
    <ul><li>Linen shirt: 49 EUR</li><li>Canvas shoes: 69 EUR</li><li>Light jacket: 119 EUR</li></ul>
  </main>`;

const page = (title, head, body = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:42rem;padding:1rem}</style>
${head}
</head><body>${CONTENT}
${body}
</body></html>`;

/** How the bench finds each tool's first layer and its two buttons (text or CSS selectors). */
export const TOOLS = {
  none: {
    files: [],
    html: () => page('No consent tool', ''),
  },
  consentkit: { ...CK_LOCATORS, html: () => page('ConsentKit', ckHead(CK_CONFIG)) },
  // The same ConsentKit page with a site text of the first layer set (to its default wording): the
  // template in consentkit.min.js then does not fit, and consentkit-ui.js draws the banner, as
  // every first visit did before the first layer was carried in the main file.
  'consentkit-ui-file': {
    ...CK_LOCATORS,
    html: () => page('ConsentKit (banner drawn by consentkit-ui.js)', ckHead({ ...CK_CONFIG, texts: { en: { 'banner.title': 'Your privacy' } } })),
  },
  // The same ConsentKit page with the first layer rendered by the server (renderBannerToString,
  // first in <body>) and taken over by the script tag: the banner is in the first paint. A
  // returning visitor's request carries the consent cookie and gets no banner markup.
  'consentkit-ssr': {
    ...CK_LOCATORS,
    html: (req) => {
      if (!renderBannerToString) throw new Error('bench-peers: packages/banner/dist is missing; run `pnpm build` first.');
      const banner = renderBannerToString(CK_CONFIG, { cookie: req?.headers.cookie });
      return page('ConsentKit (server-rendered banner)', ckHead(CK_CONFIG)).replace('<body>', `<body>${banner}`);
    },
  },
  'vanilla-cookieconsent': {
    files: ['/peers/vanilla-cookieconsent/'],
    banner: { selector: '#cc-main .cm' },
    accept: { selector: '#cc-main .cm [data-role="all"]' },
    reject: { selector: '#cc-main .cm [data-role="necessary"]' },
    html: () =>
      page(
        'vanilla-cookieconsent',
        `<link rel="stylesheet" href="/peers/vanilla-cookieconsent/dist/cookieconsent.css">
<script type="text/plain" data-category="analytics" src="/tags/analytics.js"></script>
<script type="text/plain" data-category="ads" src="/tags/ads.js"></script>`,
        `<script src="/peers/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>
<script>
CookieConsent.run({
  hideFromBots: false, // Playwright sets navigator.webdriver; the visitor here is a real page load
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, ads: {} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: 'Your privacy', description: 'With your consent we use cookies for analytics and ads.',
      acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Preferences' },
    preferencesModal: { title: 'Privacy preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all',
      savePreferencesBtn: 'Save', sections: [
        { title: 'Necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
        { title: 'Analytics', description: 'Statistics on how the site is used.', linkedCategory: 'analytics' },
        { title: 'Advertising', description: 'Personalised ads.', linkedCategory: 'ads' } ] } } } }
});
</script>`,
      ),
  },
  klaro: {
    files: ['/peers/klaro/'],
    banner: { selector: '.klaro .cookie-notice' },
    accept: { selector: '.klaro .cookie-notice .cm-btn-success' },
    reject: { selector: '.klaro .cookie-notice .cm-btn-danger' },
    html: () =>
      page(
        'Klaro',
        `<script>
var klaroConfig = {
  elementID: 'klaro', storageMethod: 'cookie', cookieName: 'klaro', default: false, mustConsent: false,
  acceptAll: true, hideDeclineAll: false, hideLearnMore: false,
  translations: { en: { purposes: { analytics: 'Analytics', marketing: 'Advertising' } } },
  services: [
    { name: 'analytics', title: 'Analytics', purposes: ['analytics'] },
    { name: 'ads', title: 'Advertising', purposes: ['marketing'] }
  ]
};
</script>
<script defer src="/peers/klaro/dist/klaro.js"></script>
<script type="text/plain" data-type="application/javascript" data-name="analytics" data-src="/tags/analytics.js"></script>
<script type="text/plain" data-type="application/javascript" data-name="ads" data-src="/tags/ads.js"></script>`,
      ),
  },
  cookieconsent: {
    // Osano cookieconsent has one binary status, no categories: both tags follow it.
    files: ['/peers/cookieconsent/'],
    banner: { selector: '.cc-window' },
    accept: { selector: '.cc-window .cc-allow' },
    reject: { selector: '.cc-window .cc-deny' },
    html: () =>
      page(
        'Osano cookieconsent',
        `<link rel="stylesheet" href="/peers/cookieconsent/build/cookieconsent.min.css">`,
        `<script src="/peers/cookieconsent/build/cookieconsent.min.js"></script>
<script>
function loadTags() {
  for (const src of ['/tags/analytics.js', '/tags/ads.js']) {
    const s = document.createElement('script'); s.src = src; document.head.appendChild(s);
  }
}
window.cookieconsent.initialise({
  type: 'opt-in',
  content: { message: 'With your consent we use cookies for analytics and ads.', allow: 'Accept all', deny: 'Reject all', link: 'Privacy policy' },
  onInitialise: function () { if (this.hasConsented()) loadTags(); },
  onStatusChange: function () { if (this.hasConsented()) loadTags(); }
});
</script>`,
      ),
  },
  tarteaucitronjs: {
    files: ['/peers/tarteaucitronjs/'],
    banner: { selector: '#tarteaucitronAlertBig' },
    accept: { selector: '#tarteaucitronPersonalize2' },
    reject: { selector: '#tarteaucitronAllDenied2' },
    html: () =>
      page(
        'tarteaucitron',
        `<script src="/peers/tarteaucitronjs/tarteaucitron.min.js"></script>
<script>
tarteaucitron.init({
  privacyUrl: '', hashtag: '#tarteaucitron', cookieName: 'tarteaucitron', orientation: 'bottom',
  groupServices: false, showAlertSmall: false, cookieslist: false, showIcon: false, adblocker: false,
  DenyAllCta: true, AcceptAllCta: true, highPrivacy: true, handleBrowserDNTRequest: false,
  removeCredit: true, moreInfoLink: false, useExternalCss: false, useExternalJs: false, mandatory: true
});
tarteaucitron.services.benchanalytics = { key: 'benchanalytics', type: 'analytic', name: 'Analytics', uri: '',
  needConsent: true, cookies: ['_ga'], js: function () { tarteaucitron.addScript('/tags/analytics.js'); } };
tarteaucitron.services.benchads = { key: 'benchads', type: 'ads', name: 'Advertising', uri: '',
  needConsent: true, cookies: ['_fbp'], js: function () { tarteaucitron.addScript('/tags/ads.js'); } };
(tarteaucitron.job = tarteaucitron.job || []).push('benchanalytics', 'benchads');
</script>`,
      ),
  },
  c15t: {
    // c15t's core is headless; its JavaScript quickstart drives a small banner from the store.
    files: ['/c15t/'],
    banner: { selector: '#c15t-banner' },
    accept: { selector: '#c15t-banner .accept' },
    reject: { selector: '#c15t-banner .reject' },
    html: () =>
      page(
        'c15t',
        `<style>#c15t-banner{position:fixed;inset:auto 1rem 1rem;background:#fff;border:1px solid #888;padding:1rem;max-width:40rem}</style>
<script defer src="/c15t/c15t-page.js"></script>`,
      ),
  },
};

/** The entry bundled for the c15t page (offline mode, its script loader, a minimal banner). */
export const C15T_ENTRY = `
import { getOrCreateConsentRuntime } from 'c15t';
const { consentStore } = getOrCreateConsentRuntime({
  mode: 'offline',
  overrides: { country: 'FR' }, // as ConsentKit's page says region FR
  consentCategories: ['necessary', 'measurement', 'marketing'],
  scripts: [
    { id: 'bench-analytics', src: '/tags/analytics.js', category: 'measurement' },
    { id: 'bench-ads', src: '/tags/ads.js', category: 'marketing' },
  ],
});
function render(state) {
  let el = document.getElementById('c15t-banner');
  if (state.activeUI !== 'banner') { if (el) el.remove(); return; }
  if (el || !document.body) return;
  el = document.createElement('div');
  el.id = 'c15t-banner';
  el.setAttribute('role', 'region');
  const p = document.createElement('p');
  p.textContent = 'With your consent we use cookies for analytics and ads.';
  const accept = document.createElement('button');
  accept.className = 'accept'; accept.textContent = 'Accept all';
  accept.onclick = () => consentStore.getState().saveConsents('all');
  const reject = document.createElement('button');
  reject.className = 'reject'; reject.textContent = 'Reject all';
  reject.onclick = () => consentStore.getState().saveConsents('necessary');
  el.append(p, accept, reject);
  document.body.appendChild(el);
}
consentStore.subscribe(render);
if (document.body) render(consentStore.getState());
else document.addEventListener('DOMContentLoaded', () => render(consentStore.getState()));
`;

/** A stand-in tag: records that it ran (and when) and sets a cookie, like an analytics or ad tag. */
// The cookies are the real ones of Google Analytics and the Meta pixel, so every tool meets the
// names it would meet on a real site.
const TAG_COOKIES = { analytics: '_ga=GA1.1.123456789.1700000000', ads: '_fbp=fb.1.1700000000000.123456789' };
export const tagScript = (name) =>
  `(window.__bench = window.__bench || {})[${JSON.stringify(name)}] = performance.now();` +
  `document.cookie = ${JSON.stringify(`${TAG_COOKIES[name]}; path=/; max-age=3600`)};`;

/** `tool`'s page with its `/ck/` files served from `base` instead (`BENCH_PEERS_BEFORE`: an older build in the same run). */
export function withScriptBase(tool, base) {
  return { ...tool, files: [base], html: (req) => tool.html(req).replaceAll('"/ck/', `"${base}`) };
}
