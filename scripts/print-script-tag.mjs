#!/usr/bin/env node
// Prints the one-line <script> tag that loads the published script-tag build from a public npm
// CDN, with a Subresource Integrity hash (sha384) of the built file:
//
//   node scripts/print-script-tag.mjs            # jsDelivr (default)
//   node scripts/print-script-tag.mjs --cdn unpkg
//
// The hash is of packages/consentkit/dist/consentkit.min.js as built here: run it on the build
// that was published (the release workflow does, and puts the line in the GitHub release). The
// URL pins the exact version, so the file behind it never changes: npm versions are immutable.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './published-packages.mjs';

export const CDNS = {
  jsdelivr: (version) => `https://cdn.jsdelivr.net/npm/consentkit@${version}/dist/consentkit.min.js`,
  unpkg: (version) => `https://unpkg.com/consentkit@${version}/dist/consentkit.min.js`,
};

/** `sha384-<base64>`: the value of an `integrity` attribute for `bytes`. */
export const sriHash = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * The <script> tag for `src` and the file's `bytes`. `crossorigin="anonymous"` is required: a
 * browser checks integrity on a cross-origin script only in CORS mode (npm CDNs allow it).
 */
export function scriptTag(src, bytes, configSelector = '#consentkit-config') {
  return `<script src="${src}" integrity="${sriHash(bytes)}" crossorigin="anonymous" data-config="${configSelector}"></script>`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--cdn');
  const cdn = at > 0 ? process.argv[at + 1] : 'jsdelivr';
  if (!CDNS[cdn]) {
    console.error(`print-script-tag: unknown CDN "${cdn}" (known: ${Object.keys(CDNS).join(', ')})`);
    process.exit(2);
  }
  const pkgDir = join(root, 'packages', 'consentkit');
  const file = join(pkgDir, 'dist', 'consentkit.min.js');
  if (!existsSync(file)) {
    console.error(`print-script-tag: ${file} does not exist; run \`pnpm build\` first`);
    process.exit(1);
  }
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  console.log(scriptTag(CDNS[cdn](version), readFileSync(file)));
}
