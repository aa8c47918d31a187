/** What each fetch directive allows besides the page's origin and the allowed hosts. */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  // Inline scripts stay allowed: the site's own tags, and the gated tags ConsentKit runs on grant.
  ['script-src', " 'unsafe-inline' 'unsafe-eval' blob:"],
  ['style-src', " 'unsafe-inline'"],
  ['img-src', ' data: blob:'],
  ['media-src', ' data: blob:'],
  ['font-src', ' data:'],
  ['connect-src', ''],
  ['frame-src', ' blob: data:'],
  ['worker-src', ' blob:'],
  ['object-src', ''],
  ['form-action', ''],
];

/**
 * The strict-mode Content-Security-Policy: every request type limited to the page's own
 * origin (`'self'`) and `hosts` (`host`, `*.host`, `host/path`; anything that could end a
 * source list is dropped). `import()`, a worker's `importScripts` and `fetch`, CSS
 * `url()`, `iframe.contentWindow.location = url`: the browser refuses them all before any
 * request, where no script hook can reach.
 *
 * @example strictPolicy(['cdn.example.com']) // "script-src 'self' cdn.example.com 'unsafe-inline' …"
 */
export function strictPolicy(hosts: readonly string[]): string {
  const sources = ["'self'", ...hosts.filter((host) => /^[^\s;,'"]+$/.test(host))].join(' ');
  return DIRECTIVES.map(([directive, extra]) => `${directive} ${sources}${extra}`).join('; ');
}

/**
 * Puts `policy` in force for the rest of the page's life: a `<meta http-equiv>` first in
 * `<head>` (only requests made after it are covered, so ConsentKit must load first). A meta
 * policy cannot be relaxed in place (removing the element changes nothing), which is why a
 * grant reloads the page (enableGating). Each refused request is reported on the console
 * with its URL and directive. Returns whether the policy is in force.
 */
export function enforcePolicy(doc: Document, policy: string): boolean {
  const head = doc.head;
  if (!head) {
    console.error('[consentkit] strictMode: no <head> to put the policy in; load ConsentKit in <head>.');
    return false;
  }
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  head.insertBefore(meta, head.firstChild);
  doc.addEventListener('securitypolicyviolation', (event) =>
    console.warn(`[consentkit] strictMode stopped ${event.blockedURI} (${event.effectiveDirective}) until consent`),
  );
  return true;
}
