/**
 * The script-tag build (`dist/consentkit.min.js`): core, gating and the vendor adapters in one
 * classic script that starts itself from markup (docs/getting-started.md):
 *
 *   <script type="application/json" id="consentkit-config">{ "policyVersion": "2026-11-01" }</script>
 *   <script src="/consentkit.min.js" data-config="#consentkit-config"></script>
 *
 * Load it synchronously as the first script in <head>: everything below runs during that one
 * script execution, so the guard is in place before the parser reaches any tag after it. The UI
 * (`consentkit-ui.js`) and the cookie database (`consentkit-cookie-db.js`) are separate files
 * beside it, loaded only on pages that need them (`ui-loader.ts`, `cookie-db-loader.ts`).
 */
import { startScriptTag } from './start-script-tag';

startScriptTag(window, document);
