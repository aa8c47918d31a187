import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Unit tests run against the TypeScript sources of sibling packages, not their dist/.
    alias: [
      { find: /^@consentkit\/core$/, replacement: src('core/src/index.ts') },
      { find: /^@consentkit\/cookie-db$/, replacement: src('cookie-db/src/index.ts') },
      { find: /^@consentkit\/banner$/, replacement: src('banner/src/index.ts') },
      { find: /^@consentkit\/banner\/i18n\/(.*)$/, replacement: src('banner/src/i18n/$1.ts') },
      { find: /^@consentkit\/adapters\/(.*)$/, replacement: src('adapters/src/$1.ts') },
    ],
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs', 'integrations/**/*.test.ts'],
    environment: 'happy-dom',
    restoreMocks: true,
    unstubGlobals: true,
  },
});
