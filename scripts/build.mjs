#!/usr/bin/env node
// Builds every package: JavaScript with the root rollup.config.mjs, then declarations
// with tsc in dependency order (a package's .d.ts refers to the built .d.ts of core).
import { rmSync, existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { completeDtsSpecifiersIn } from './complete-dts-specifiers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ALL = ['core', 'cookie-db', 'adapters', 'banner', 'react', 'vue', 'consentkit', 'scanner'];
// `node scripts/build.mjs core banner` builds only those packages (in dependency order).
const requested = process.argv.slice(2);
const ORDER = requested.length ? ALL.filter((name) => requested.includes(name)) : ALL;
process.env.CK_PACKAGES = ORDER.join(',');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(cmd, args, cwd = root) {
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: \`${[cmd, ...args].join(' ')}\` failed in ${cwd}`);
    process.exit(result.status ?? 1);
  }
}

for (const name of ORDER) rmSync(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
run(bin('rollup'), ['-c', '--silent']);
for (const name of ORDER) {
  const dir = join(root, 'packages', name);
  if (existsSync(join(dir, 'src')) && readdirSync(join(dir, 'src')).some((f) => /\.tsx?$/.test(f))) {
    run(bin('tsc'), ['-p', 'tsconfig.build.json'], dir);
    // `./x` → `./x.js` in the emitted .d.ts, so the types resolve under node16/nodenext too.
    completeDtsSpecifiersIn(join(dir, 'dist'));
  }
}
const assets = join(root, 'scripts', 'build-assets.mjs');
if (existsSync(assets)) run(process.execPath, [assets]);
console.log('build: done');
