/** Bundles the fixture entry files into tests/fixtures/.build (see build-harness.mjs). */
export function buildHarnesses(): Promise<void>;
