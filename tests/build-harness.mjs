// Bundles every tests/fixtures/**/<name>.entry.ts into tests/fixtures/.build/<name>.js
// (IIFE, like the script-tag build), resolving @consentkit/* through the packages'
// `exports` to their built dist/. Run by Playwright's global setup.
import { readdirSync, statSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'tests', 'fixtures');

function* entries(dir) {
  for (const name of readdirSync(dir)) {
    if (name === '.build' || name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* entries(path);
    else if (name.endsWith('.entry.ts')) yield path;
  }
}

export async function buildHarnesses() {
  const outdir = join(fixtures, '.build');
  mkdirSync(outdir, { recursive: true });
  for (const entry of entries(fixtures)) {
    await build({
      entryPoints: [entry],
      outfile: join(outdir, basename(entry).replace(/\.entry\.ts$/, '.js')),
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      // Resolve packages through node_modules + exports (dist/), not the repo's tsconfig paths.
      tsconfigRaw: '{}',
      absWorkingDir: root,
      nodePaths: [join(root, 'packages', 'consentkit', 'node_modules')],
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'warning',
    });
  }
}
