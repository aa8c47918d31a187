import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Unit tests run against the TypeScript sources of sibling packages, not their dist/.
    alias: [
      { find: /^@consentkit\/core$/, replacement: src('core/src/index.ts') },
      { find: /^@consentkit\/core\/internal$/, replacement: src('core/src/internal.ts') },
      { find: /^@consentkit\/cookie-db$/, replacement: src('cookie-db/src/index.ts') },
      { find: /^@consentkit\/banner$/, replacement: src('banner/src/index.ts') },
      { find: /^@consentkit\/banner\/(.*)$/, replacement: src('banner/src/$1.ts') },
      { find: /^@consentkit\/adapters\/(.*)$/, replacement: src('adapters/src/$1.ts') },
    ],
  },
  // The banner's JSX as rollup.config.mjs builds it: Preact's `h`, imported for every .tsx file.
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment', development: false }, jsxInject: "import { h, Fragment } from 'preact'" },
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs', 'integrations/**/*.test.ts'],
    environment: 'happy-dom',
    restoreMocks: true,
    unstubGlobals: true,
  },
});
