#!/usr/bin/env node
// Builds @consentkit/server for Node: dist/index.js (the library) and dist/cli-entry.js (the
// bin), dependencies left as imports, plus .d.ts files. `node build.mjs <outdir>` builds the
// JavaScript elsewhere (tests use a temporary directory so parallel runs never share files).
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { completeDtsSpecifiersIn } from '../../scripts/complete-dts-specifiers.mjs';

const dir = dirname(fileURLToPath(import.meta.url));
const outdir = process.argv[2] ?? join(dir, 'dist');
if (!process.argv[2]) rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(dir, 'src/index.ts'), join(dir, 'src/cli-entry.ts')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
if (!process.argv[2]) {
  const tsc = spawnSync(join(dir, '..', '..', 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  // `./x` → `./x.js` in the emitted .d.ts, so the types resolve under node16/nodenext too.
  completeDtsSpecifiersIn(outdir);
}
