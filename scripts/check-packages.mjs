#!/usr/bin/env node
// Checks what npm would publish, with the tools the ecosystem uses for exactly this:
//
// - publint (https://publint.dev): package.json fields, export maps, files that are missing
//   from the tarball or that a condition points at wrongly;
// - are-the-types-wrong (`attw`, https://arethetypeswrong.github.io): whether each entry's types
//   resolve, and match the JavaScript, under TypeScript's `bundler`, `node16`/`nodenext` (ESM and
//   CommonJS) resolution.
//
// Every published package is packed with `pnpm pack` (as `changeset publish` does, so
// `workspace:` ranges become versions) into a temporary folder; both tools run on that tarball.
// Run after `pnpm build`. Exits non-zero on any error; prints the tools' own output.
//
// attw options, and why:
// --profile node16             TypeScript's legacy `node10` resolution ignores export maps, so
//                              subpaths such as @consentkit/adapters/google cannot resolve there;
//                              TypeScript 6 deprecates it. `bundler`, `node16` and `nodenext` are checked.
// --ignore-rules cjs-resolves-to-esm
//                              the packages are ES modules only (Node ≥ 20.19 can require() them);
//                              attw flags every ESM-only package this way. CommonJS files importing
//                              our *types* are still checked — that rule only says "ESM".
// consentkit.min.js            a classic script for a <script> tag, not a module: it has no
//                              exports to type, so it is not an entry point to check.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLISHED, packageDir, root } from './published-packages.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);
const NOT_MODULES = { consentkit: ['consentkit.min.js', 'dist/*'] };

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

/** `run` without blocking the event loop, so two checks can run at once. */
function runAsync(cmd, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: String(error) }));
    child.on('close', (code) => resolve({ ok: code === 0, output: output.trim() }));
  });
}

/**
 * Packs `packages/<dir>` into `dest` with pnpm; returns the tarball's path. A package with a build
 * of its own (`"scripts": { "build": … }`, e.g. @consentkit/server) is built first; the others are
 * built by scripts/build.mjs.
 */
export function pack(dir, dest) {
  const pkg = JSON.parse(readFileSync(join(packageDir(dir), 'package.json'), 'utf8'));
  if (pkg.scripts?.build) {
    const built = run('pnpm', ['run', 'build'], packageDir(dir));
    if (!built.ok) throw new Error(`pnpm run build failed in packages/${dir}:\n${built.output}`);
  }
  const before = new Set(readdirSync(dest));
  const result = run('pnpm', ['pack', '--pack-destination', dest], packageDir(dir));
  const tarball = readdirSync(dest).find((f) => f.endsWith('.tgz') && !before.has(f));
  if (!result.ok || !tarball) throw new Error(`pnpm pack failed in packages/${dir}:\n${result.output}`);
  return join(dest, tarball);
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const only = process.argv.slice(2);
  const dirs = only.length ? PUBLISHED.filter((dir) => only.includes(dir)) : PUBLISHED;
  const dest = mkdtempSync(join(tmpdir(), 'consentkit-check-packages-'));
  let failed = 0;
  let passed = 0;
  try {
    // Pack one after the other (each pack is found as the new file in `dest`), then run the
    // checks two at a time (the machines have two cores) and print them in order.
    const jobs = [];
    for (const dir of dirs) {
      let tarball;
      try {
        tarball = pack(dir, dest);
      } catch (error) {
        console.error(error.message);
        failed++;
        continue;
      }
      const exclude = NOT_MODULES[dir] ? ['--exclude-entrypoints', ...NOT_MODULES[dir]] : [];
      jobs.push({ title: `publint packages/${dir}`, cmd: bin('publint'), args: ['run', tarball] });
      jobs.push({
        title: `attw packages/${dir}`,
        cmd: bin('attw'),
        args: [tarball, '--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'table-flipped', '--no-color', ...exclude],
      });
    }
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        job.result = await runAsync(job.cmd, job.args, root);
      }
    };
    await Promise.all([worker(), worker()]);
    for (const job of jobs) {
      console.log(`\n--- ${job.title}\n${job.result.output}`);
      if (job.result.ok) passed++;
      else failed++;
    }
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
  console.log(`\npackages: ${passed} passed, ${failed} failed`);
  if (process.env.CK_REPORT) writeFileSync(process.env.CK_REPORT, JSON.stringify({ passed, failed }));
  process.exit(failed ? 1 : 0);
}
