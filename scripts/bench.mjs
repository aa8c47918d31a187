#!/usr/bin/env node
// `pnpm bench`: runs every scripts/bench-*.mjs in turn; each prints its own figures.
// Benchmarks measure and print; they never pass or fail on a timing.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
let failed = false;
for (const file of readdirSync(dir)
  .filter((f) => /^bench-.+\.mjs$/.test(f))
  .sort()) {
  if (filter && !file.includes(filter)) continue;
  console.log(`\n### ${file}`);
  const result = spawnSync(process.execPath, [join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
