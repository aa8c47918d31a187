/**
 * Creates the shadow tree every ConsentKit UI element renders into: an open shadow root
 * (open, so tests and assistive tooling can inspect it) holding the styles and one container
 * that Preact owns.
 *
 * Styles are adopted as a constructable stylesheet: that is CSSOM, not an inline `<style>`, so
 * it needs no `'unsafe-inline'` and works under `style-src 'self'`. Browsers without
 * `adoptedStyleSheets` (Safari < 16.4) get a `<style>` element carrying `nonce`; under a strict
 * CSP without a nonce that browser shows the UI unstyled rather than not at all.
 */
export function createShadowHost(host: HTMLElement, css: string, nonce?: string): HTMLElement {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in (root as object)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    root.append(style);
  }
  // A host set up before (a server-rendered banner, from renderBannerToString) already has its
  // container: keep it, so Preact hydrates the markup the visitor already sees instead of drawing
  // it again. The container is the root's first `div` (only a `<style>` may come before it).
  return root.querySelector('div') ?? root.appendChild(document.createElement('div'));
}

/** The focused element, looking inside open shadow roots (`document.activeElement` stops at the host). */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}
