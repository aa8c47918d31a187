// Bundles TypeScript sources in memory (esbuild) and imports the result: how the scripts read
// packages/*/src — rule tables, the classifier — without a build of the package.
import { build } from 'esbuild';

/** Bundles esbuild's `input` (`stdin` or `entryPoints`) as one ES module and imports it. */
export async function importBundled(input) {
  const result = await build({ ...input, bundle: true, write: false, format: 'esm', platform: 'neutral', tsconfigRaw: '{}', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`);
}

/** Bundles `contents` (TypeScript, e.g. re-exports) with its imports resolved from `dir`, and imports it. */
export const importFromSources = (contents, dir) => importBundled({ stdin: { contents, resolveDir: dir, loader: 'ts' } });
