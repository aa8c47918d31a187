#!/usr/bin/env node
// Builds the versioned archive of the script-tag files that the release workflow attaches to the
// GitHub release, for sites that host ConsentKit themselves instead of loading it from a CDN:
//
//   node scripts/script-tag-archive.mjs [outdir]     (default: release-assets/)
//
// writes <outdir>/consentkit-<version>.tar.gz and .zip (one folder, consentkit-<version>/, with
// consentkit.min.js, the files it loads lazily, their source maps, the languages and the
// licences) and <outdir>/release-notes.md with the one-line CDN <script> tag and its SRI hash.
// Run after `pnpm build`; needs `tar` and `zip` on the PATH.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './published-packages.mjs';
import { CDNS, scriptTag } from './print-script-tag.mjs';

/**
 * The files of `dist/` (paths relative to it) that belong to the script tag: `consentkit.min.js`,
 * the `consentkit-<part>.js` files it inserts, their maps and `i18n/*.json`. The ES modules and
 * `.d.ts` files beside them are the npm entry points, not for a <script> tag.
 */
export function scriptTagFiles(paths) {
  return paths.filter((path) => /^consentkit(?:-[a-z0-9-]+)?(?:\.min)?\.js(?:\.map)?$/.test(path) || /^i18n\/[A-Za-z0-9-]+\.json$/.test(path)).sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pkgDir = join(root, 'packages', 'consentkit');
  const dist = join(pkgDir, 'dist');
  if (!existsSync(join(dist, 'consentkit.min.js'))) {
    console.error('script-tag-archive: packages/consentkit/dist/consentkit.min.js does not exist; run `pnpm build` first');
    process.exit(1);
  }
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const outdir = resolve(process.argv[2] ?? join(root, 'release-assets'));
  const name = `consentkit-${version}`;
  const stage = join(outdir, name);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  const files = scriptTagFiles(readdirSync(dist, { recursive: true }).map((p) => p.split('\\').join('/')));
  for (const file of files) cpSync(join(dist, file), join(stage, file), { recursive: true });
  for (const file of ['README.md', 'LICENSE', 'LICENSE-Apache-2.0.txt', 'CHANGELOG.md']) {
    if (existsSync(join(pkgDir, file))) cpSync(join(pkgDir, file), join(stage, file));
  }
  for (const [cmd, args] of [
    ['tar', ['-czf', `${name}.tar.gz`, name]],
    ['zip', ['-qr', `${name}.zip`, name]],
  ]) {
    const result = spawnSync(cmd, args, { cwd: outdir, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`script-tag-archive: \`${cmd} ${args.join(' ')}\` failed`);
      process.exit(1);
    }
  }
  rmSync(stage, { recursive: true, force: true });
  const tag = scriptTag(CDNS.jsdelivr(version), readFileSync(join(dist, 'consentkit.min.js')));
  writeFileSync(
    join(outdir, 'release-notes.md'),
    [
      `### Script tag`,
      '',
      'First in `<head>`, synchronously, after your `<script type="application/json" id="consentkit-config">` block:',
      '',
      '```html',
      tag,
      '```',
      '',
      `To host the files yourself, use \`${name}.zip\` or \`${name}.tar.gz\` below (keep the files together).`,
      '',
    ].join('\n'),
  );
  console.log(`script-tag-archive: ${files.length} files in ${outdir}/${name}.tar.gz and .zip`);
  console.log(tag);
}
