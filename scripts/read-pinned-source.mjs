// Shared by the import scripts (scripts/import-*.mjs): where a source's pinned npm package is, which version and
// licence it has, and its input files read together with one sha256 over them, so that each generated file records
// exactly what it was made from (the `package` and `sha256` of its `_SOURCE` constant).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The source package as installed for packages/cookie-db (a devDependency pinned to an exact version there):
 * `{ dir, version, license }`.
 */
export function pinnedPackage(name, base = join(root, 'packages', 'cookie-db', 'node_modules')) {
  const dir = join(base, name);
  const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return { dir, version, license };
}

/**
 * Reads the named files of `dir` in the order given and hashes their text in that order: `{ texts, sha256 }`.
 * The same input always gives the same hash, whatever order the file system lists it in (callers sort).
 */
export function readHashed(dir, files) {
  const hash = createHash('sha256');
  const texts = files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    hash.update(text);
    return text;
  });
  return { texts, sha256: hash.digest('hex') };
}

/** Every `*.json` file of `dir`, sorted by name, parsed: `{ items, sha256 }` (the hash over their text, in that order). */
export function readJsonFiles(dir) {
  const { texts, sha256 } = readHashed(
    dir,
    readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort(),
  );
  return { items: texts.map((text) => JSON.parse(text)), sha256 };
}
