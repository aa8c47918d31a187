// A single-page app using the npm packages: the consent manager from @consentkit/core, gating,
// the banner from @consentkit/banner and Google Consent Mode from @consentkit/adapters/google.
// Routes are rendered on the client (history.pushState); a route may add tags after start-up,
// and they are gated like tags in the original HTML.
import { createConsentManager, enableGating } from '@consentkit/core';
import { definePreferencesElement, mountBanner, mountPlaceholders } from '@consentkit/banner';
import { googleConsentMode } from '@consentkit/adapters/google';

const consent = createConsentManager({ policyVersion: '2026-11-01', region: 'FR' });
enableGating(consent);
consent.use(googleConsentMode());
mountBanner(consent);
mountPlaceholders(consent);
definePreferencesElement(consent);
// For the browser tests and for poking around in the console.
(window as unknown as { consent: typeof consent }).consent = consent;

type View = 'home' | 'stats' | 'video';

/** Each view is markup; tags in it are marked up for ConsentKit exactly as in a static page. */
const VIEWS: Record<View, string> = {
  home: `<h1>Home</h1><p>A single-page app. Navigate: no page load happens, yet every tag a view adds is gated.</p>
    <consentkit-preferences></consentkit-preferences>`,
  stats: `<h1>Statistics</h1><p>This view adds an analytics tag when it is shown; it runs only with analytics consent.</p>`,
  video: `<h1>Video</h1><iframe data-category="targeting" data-src="/vendor/embed.html?v=spa" title="Product video" width="560" height="315"></iframe>`,
};

function render(view: View): void {
  const app = document.getElementById('app')!;
  app.innerHTML = VIEWS[view];
  if (view === 'stats') {
    // The way analytics snippets are added by app code: a script element created at runtime.
    const tag = document.createElement('script');
    tag.type = 'text/plain';
    tag.dataset.category = 'analytics';
    tag.dataset.name = 'spa-stats';
    tag.src = '/vendor/ga.js';
    app.append(tag);
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-route]')) {
    if (link.dataset.route === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

const current = (): View => {
  const view = new URLSearchParams(location.search).get('view');
  return view === 'stats' || view === 'video' ? view : 'home';
};

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-route]');
  if (!link) return;
  event.preventDefault();
  history.pushState(null, '', link.href);
  render(current());
});
window.addEventListener('popstate', () => render(current()));
render(current());
