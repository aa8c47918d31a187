// How the scripts that drive Chromium themselves (benchmarks, the consumer test) launch it, the
// same way as playwright.config.ts: Debian's /usr/bin/chromium (or CHROMIUM_PATH) when there,
// Playwright's own build otherwise, and no background traffic that would blur a measurement.
import { existsSync } from 'node:fs';

/** Command-line switches: no sandbox (containers), no GPU, no background networking, updates, sync or QUIC. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Options for `chromium.launch()`, with `extra` on top. */
export const chromiumLaunchOptions = (extra = {}) => ({
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: CHROMIUM_ARGS,
  ...extra,
});
