// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { completeDtsSpecifiers, completeDtsSpecifiersIn } from './complete-dts-specifiers.mjs';

const dist = '/pkg/dist';
const files = new Set(['/pkg/dist/config.d.ts', '/pkg/dist/ui-context.d.ts', '/pkg/dist/i18n/index.d.ts', '/pkg/dist/types.d.ts']);
const exists = (path) => files.has(path);
const complete = (code, file = `${dist}/index.d.ts`) => completeDtsSpecifiers(code, file, exists);

describe('completeDtsSpecifiers', () => {
  it('adds .js to sibling imports and re-exports, including type-only modules', () => {
    expect(complete('export { resolveConfig } from \'./config\';\nimport type { UiContext } from "./ui-context";\n')).toBe(
      'export { resolveConfig } from \'./config.js\';\nimport type { UiContext } from "./ui-context.js";\n',
    );
    expect(complete("export * from './config';")).toBe("export * from './config.js';");
  });

  it('completes a directory import to its index.js', () => {
    expect(complete("export { de } from './i18n';")).toBe("export { de } from './i18n/index.js';");
  });

  it('completes import() types and parent-relative paths', () => {
    expect(complete("export declare const x: import('./types').Regime;")).toBe("export declare const x: import('./types.js').Regime;");
    expect(complete("import type { Regime } from '../types';", `${dist}/i18n/en.d.ts`)).toBe("import type { Regime } from '../types.js';");
  });

  it('leaves package imports and complete specifiers alone', () => {
    const code = "import type { ConsentManager } from '@consentkit/core';\nimport { h } from 'preact';\nexport * from './config.js';\n";
    expect(complete(code)).toBe(code);
  });

  it('fails the build when a specifier names no declaration file', () => {
    expect(() => complete("export { x } from './missing';")).toThrow(/"\.\/missing" names no declaration file/);
  });
});

describe('completeDtsSpecifiersIn', () => {
  const dir = mkdtempSync(join(tmpdir(), 'consentkit-dts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rewrites the .d.ts files of a folder in place and nothing else', () => {
    mkdirSync(join(dir, 'i18n'));
    writeFileSync(join(dir, 'index.d.ts'), "export * from './types';\nexport { en } from './i18n/en';\n");
    writeFileSync(join(dir, 'types.d.ts'), 'export type Regime = string;\n');
    writeFileSync(join(dir, 'i18n', 'en.d.ts'), "import type { Regime } from '../types';\nexport declare const en: Regime;\n");
    writeFileSync(join(dir, 'index.js'), "export * from './types';\n");
    expect(completeDtsSpecifiersIn(dir)).toBe(2);
    expect(readFileSync(join(dir, 'index.d.ts'), 'utf8')).toBe("export * from './types.js';\nexport { en } from './i18n/en.js';\n");
    expect(readFileSync(join(dir, 'i18n', 'en.d.ts'), 'utf8')).toContain("from '../types.js'");
    expect(readFileSync(join(dir, 'index.js'), 'utf8')).toBe("export * from './types';\n");
  });
});
