import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.reports/**',
      'packages/cookie-db/src/generated/**',
      'tests/fixtures/.build/**',
      'examples/*/dist/**',
      'examples/*/.next/**',
      'examples/*/next-env.d.ts',
      'examples/*/build/**',
      'examples/*/.svelte-kit/**',
      'docs/.vitepress/cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'eval breaks strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'new Function breaks strict CSP.' },
        { selector: 'ExportAllDeclaration', message: 'Name every export explicitly (CONTRIBUTING.md, "Public API").' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['scripts/**', '*.config.*', 'tests/**', 'examples/**/server*.mjs', 'docs/.vitepress/*.mts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
