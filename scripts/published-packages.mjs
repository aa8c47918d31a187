// The packages published to npm, in dependency order (a package comes after those it needs).
// scripts/check-packages.mjs, scripts/consumer-test.mjs and the release workflow use this list.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ALL = ['core', 'cookie-db', 'adapters', 'banner', 'react', 'vue', 'consentkit', 'server', 'scanner'];

/** `packages/<dir>` as an absolute path. */
export const packageDir = (dir) => join(root, 'packages', dir);

/** The published packages that exist in this checkout (some are being started). */
export const PUBLISHED = ALL.filter((dir) => existsSync(join(packageDir(dir), 'package.json')));
