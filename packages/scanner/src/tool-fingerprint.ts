/**
 * Page function: the name of a consent tool known by the global its script defines or the root element of its
 * banner, for `consentTool` when autoconsent recognised no rule (an older or customised build, a banner that did
 * not show). Self-contained (Playwright serialises it); `null` when none is there.
 */
export function findToolFingerprint(): string | null {
  const w = window as unknown as Record<string, unknown>;
  const global = (name: string, method?: string) => {
    const value = w[name] as Record<string, unknown> | undefined;
    return (typeof value === 'object' || typeof value === 'function') && value !== null && (!method || typeof value[method] === 'function');
  };
  const tools: [name: string, found: () => boolean][] = [
    ['klaro', () => global('klaro', 'show') || !!document.querySelector('.klaro .cookie-notice, .klaro .cookie-modal')],
    // vanilla-cookieconsent (v3: `CookieConsent` and `#cc-main`) and the older cookieconsent (v2: `cookieconsent.initialise`, `.cc-window`).
    [
      'cookieconsent',
      () => global('CookieConsent', 'acceptCategory') || global('cookieconsent', 'initialise') || !!document.querySelector('#cc-main, .cc-window'),
    ],
    ['cookiebot', () => global('Cookiebot') || !!document.querySelector('#CybotCookiebotDialog')],
    ['onetrust', () => global('OneTrust') || global('Optanon') || !!document.querySelector('#onetrust-banner-sdk, #onetrust-consent-sdk')],
    ['didomi', () => global('Didomi') || !!document.querySelector('#didomi-host')],
    ['usercentrics', () => global('UC_UI') || !!document.querySelector('#usercentrics-root, #usercentrics-cmp-ui')],
    ['iubenda', () => global('_iub') || !!document.querySelector('#iubenda-cs-banner')],
    ['tarteaucitron', () => global('tarteaucitron') || !!document.querySelector('#tarteaucitronRoot')],
    ['complianz', () => global('complianz') || !!document.querySelector('#cmplz-cookiebanner-container, .cmplz-cookiebanner')],
    ['osano', () => global('Osano') || !!document.querySelector('.osano-cm-window')],
    ['cookieyes', () => !!document.querySelector('.cky-consent-container, #cookie-law-info-bar')],
    ['termly', () => !!document.querySelector('#termly-code-snippet-support')],
    ['axeptio', () => global('axeptioSDK') || !!document.querySelector('#axeptio_overlay')],
    ['quantcast', () => !!document.querySelector('.qc-cmp2-container')],
  ];
  for (const [name, found] of tools) {
    try {
      if (found()) return name;
    } catch {
      // A getter of the page threw: not this tool.
    }
  }
  return null;
}
