#!/usr/bin/env node
// Keeps the package boundaries true (docs/architecture.md, "Layers and packages"): dependencies only go down
// (consentkit -> banner, adapters -> core), core never imports Preact, and no package
// reaches into another by a relative path or into its src/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packagesDir = join(root, 'packages');

/** Which workspace packages each package may import (by bare name). */
const ALLOWED = {
  core: [],
  'cookie-db': [],
  adapters: ['core'],
  banner: ['core'],
  consentkit: ['core', 'banner', 'adapters', 'cookie-db'],
  scanner: ['core', 'cookie-db'],
  react: ['core', 'banner'],
  vue: ['core', 'banner'],
};
/** Third-party imports that are forbidden per package. */
const FORBIDDEN_THIRD_PARTY = {
  core: [/^preact(\/|$)/, /^react(\/|$)/],
  'cookie-db': [/^preact(\/|$)/, /^nanostores/, /^js-cookie/],
  adapters: [/^preact(\/|$)/],
};

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mjs|js)$/.test(entry)) yield path;
  }
}

const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
const problems = [];

for (const pkg of Object.keys(ALLOWED)) {
  const srcDir = join(packagesDir, pkg, 'src');
  let files;
  try {
    files = [...sourceFiles(srcDir)];
  } catch {
    continue;
  }
  for (const file of files) {
    // Comments may show imports in examples (`import { init } from 'consentkit'`): skip them.
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
    for (const match of text.matchAll(IMPORT_RE)) {
      const spec = match[1] ?? match[2] ?? match[3];
      const where = relative(root, file);
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(srcDir + sep) && target !== srcDir) {
          problems.push(`${where}: relative import "${spec}" leaves packages/${pkg}/src`);
        }
        continue;
      }
      const ws = /^@consentkit\/([a-z-]+)(\/.*)?$/.exec(spec);
      if (ws) {
        if (!ALLOWED[pkg].includes(ws[1])) problems.push(`${where}: ${pkg} must not import ${spec}`);
        else if (ws[2] && (ws[2].includes('/src') || ws[2].includes('/dist'))) {
          problems.push(`${where}: import "${spec}" reaches into a package's files; use its public entry`);
        }
        continue;
      }
      if (spec === 'consentkit' || spec.startsWith('consentkit/')) {
        problems.push(`${where}: ${pkg} must not import the script-tag package`);
      }
      for (const re of FORBIDDEN_THIRD_PARTY[pkg] ?? []) {
        if (re.test(spec)) problems.push(`${where}: ${pkg} must not import "${spec}"`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`check-boundaries: ${problems.length} forbidden import(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check-boundaries: ok');
