import { buildHarnesses } from './build-harness.mjs';

/**
 * Bundles the fixture entry files (tests/fixtures/**\/*.entry.ts) into classic scripts that
 * fixture pages load first in <head>, the way a site loads ConsentKit. They import the
 * packages by name, so they run the built dist/ output, not the sources.
 */
export default async function globalSetup(): Promise<void> {
  await buildHarnesses();
}
