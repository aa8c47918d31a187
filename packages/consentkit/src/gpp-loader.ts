import { installGppStub, isGppOn } from '@consentkit/adapters/gpp-stub';
import type { ConsentAdapter, ConsentManager, GppOptions } from '@consentkit/core';

/** The file beside `consentkit.min.js` with the GPP plug-in (full CMP API, encoder, `__uspapi`). */
export const GPP_FILE = 'consentkit-gpp.js';

/**
 * The IAB GPP API of the script tag. When GPP is on for this page (by default in `opt-out`
 * regimes; `gpp: false` turns it off, `gpp: { … }` configures it) the `__gpp` stub is installed
 * now, synchronously, before any tag after the ConsentKit script can run; the plug-in
 * (`consentkit-gpp.js`) is requested once the HTML has been parsed, so it never delays the first
 * paint, and takes over the stub. An EU visitor's page gets no `__gpp` and never requests the file.
 *
 * If the plug-in cannot be loaded, one console error says so and the stub reports
 * `cmpStatus: 'error'` with `signalStatus: 'not ready'`: vendors that follow the spec wait, and
 * nothing is granted by the failure (gating does not depend on GPP).
 */
export function startGppLoader(manager: ConsentManager, load: () => Promise<(options?: GppOptions) => ConsentAdapter>, win: Window = window): void {
  const { gpp, uspapi } = manager.config;
  const on = isGppOn(gpp, manager.regime);
  if (!on && !uspapi) return;
  const options = typeof gpp === 'object' ? gpp : {};
  const fail = on ? installGppStub(win, { cmpId: options.cmpId ?? 1, supportedAPIs: options.sections ?? ['usnat'] }) : undefined;
  // Another CMP owns `__gpp` (the stub said so): nothing to load unless `__uspapi` is wanted.
  if (on && !fail && !uspapi) return;
  const start = () =>
    load().then(
      (plugin) => void manager.use(plugin()),
      (error: Error) => {
        console.error(`[consentkit] ${error.message}: __gpp stays a stub (cmpStatus "error").`);
        fail?.();
      },
    );
  if (win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', start, { once: true });
  else void start();
}
