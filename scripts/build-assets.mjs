#!/usr/bin/env node
// Files that sit beside the script-tag bundle and are loaded only when needed, plus the SPA
// example's bundle. Run by scripts/build.mjs after rollup and tsc (or on its own):
//
//   packages/consentkit/dist/i18n/<lang>.json   banner texts per language (English is in consentkit-ui.js)
//   examples/spa/dist/app.js                     examples/spa/src/main.ts bundled from the packages' dist/
//   examples/react-spa/dist/, examples/vue-spa/dist/   the Vite examples, built with their own Vite
//
// The lazily loaded scripts themselves (consentkit-ui.js, consentkit-cookie-db.js, which embeds
// @consentkit/cookie-db/rules.json) are built by rollup.config.mjs. Everything is fetched from the
// bundle's own directory (document.currentScript.src), so it must be deployed next to
// consentkit.min.js. A missing input is skipped with a note, so building one package never fails
// because another one is not built yet.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages', 'consentkit', 'dist');

/** Emits one JSON dictionary per non-English language of @consentkit/banner (empty ones are skipped: `lang` must not lie). */
export async function buildDictionaries() {
  const dir = join(root, 'packages', 'banner', 'src', 'i18n');
  if (!existsSync(dir)) return [];
  mkdirSync(join(dist, 'i18n'), { recursive: true });
  const written = [];
  for (const file of readdirSync(dir).filter((f) => /^[a-z]{2,3}(-[a-z0-9]+)?\.ts$/i.test(f) && !f.startsWith('en.'))) {
    const lang = file.replace(/\.ts$/, '');
    const result = await build({
      entryPoints: [join(dir, file)],
      bundle: true,
      format: 'esm',
      write: false,
      platform: 'neutral',
      logLevel: 'silent',
      tsconfigRaw: '{}',
    });
    const code = Buffer.from(result.outputFiles[0].contents).toString('base64');
    const mod = await import(`data:text/javascript;base64,${code}`);
    const texts = mod.default ?? mod[lang];
    const entries = Object.entries(texts ?? {}).filter(([, v]) => typeof v === 'string');
    if (entries.length === 0) {
      console.log(`build-assets: i18n/${lang}: no texts yet, skipped (visitors get English)`);
      continue;
    }
    writeFileSync(join(dist, 'i18n', `${lang}.json`), JSON.stringify(Object.fromEntries(entries)));
    written.push(lang);
  }
  return written;
}

/**
 * Bundles the SPA example the way a site's own bundler would: @consentkit/* resolved through
 * node_modules and each package's `exports` to its built dist/ (not the repository's sources).
 */
export async function buildSpaExample() {
  const entry = join(root, 'examples', 'spa', 'src', 'main.ts');
  const needed = ['core', 'banner', 'adapters'].map((p) => join(root, 'packages', p, 'dist'));
  if (!existsSync(entry) || needed.some((d) => !existsSync(d))) {
    console.log('build-assets: examples/spa skipped (needs packages core, banner and adapters built)');
    return false;
  }
  await build({
    entryPoints: [entry],
    outfile: join(root, 'examples', 'spa', 'dist', 'app.js'),
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    tsconfigRaw: '{}',
    absWorkingDir: root,
    nodePaths: [join(root, 'packages', 'consentkit', 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return true;
}

/** The Vite examples and the packages each one imports (resolved to their built dist/). */
export const VITE_EXAMPLES = { 'react-spa': ['core', 'banner', 'react'], 'vue-spa': ['core', 'banner', 'vue'] };

/**
 * Builds a Vite example (examples/react-spa, examples/vue-spa) into its dist/ with the Vite its
 * own package.json installs, the way the site's owner would (`vite build`). Skipped with a note
 * when the example's dependencies or the packages it uses are not there; a failed build throws.
 */
export function buildViteExample(name) {
  const dir = join(root, 'examples', name);
  const vite = join(dir, 'node_modules', '.bin', 'vite');
  const needed = (VITE_EXAMPLES[name] ?? []).map((p) => join(root, 'packages', p, 'dist'));
  if (!existsSync(vite) || needed.some((d) => !existsSync(d))) {
    console.log(`build-assets: examples/${name} skipped (needs pnpm install and packages ${VITE_EXAMPLES[name]?.join(', ')} built)`);
    return false;
  }
  const result = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build-assets: examples/${name}: vite build failed\n${result.stdout}${result.stderr}`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const languages = existsSync(dist) ? await buildDictionaries() : [];
  const spa = await buildSpaExample();
  const vite = Object.keys(VITE_EXAMPLES).filter((name) => buildViteExample(name));
  console.log(
    `build-assets: ${languages.length ? `i18n ${languages.join(', ')}` : 'no dictionaries'}${spa ? ', examples/spa/dist/app.js' : ''}${vite.map((name) => `, examples/${name}/dist/`).join('')}`,
  );
}
