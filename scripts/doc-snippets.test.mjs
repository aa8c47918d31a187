// @vitest-environment node
// The TypeScript examples a new user copies first (README, getting started, region) must
// type-check as they are under a strict consumer configuration — the settings of a new
// Vite or Next.js project plus `exactOptionalPropertyTypes` — against the packages' sources.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = ['README.md', 'docs/getting-started.md', 'docs/region.md', 'docs/events-and-api.md'];

/** The ```ts blocks of a Markdown page that import a ConsentKit package. */
function snippets(page) {
  const text = readFileSync(join(root, page), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]).filter((code) => code.includes("from '@consentkit/"));
}

/** Type-checks each `{ name: code }` as its own module; returns the errors as text, per name. */
function typeCheck(files) {
  const options = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    jsx: ts.JsxEmit.ReactJSX,
    jsxImportSource: 'preact',
    types: [],
    noEmit: true,
    skipLibCheck: true,
    baseUrl: root,
    paths: {
      '@consentkit/core': ['packages/core/src/index.ts'],
      '@consentkit/banner': ['packages/banner/src/index.ts'],
      '@consentkit/adapters/*': ['packages/adapters/src/*.ts'],
      '@consentkit/cookie-db': ['packages/cookie-db/src/index.ts'],
    },
  };
  const host = ts.createCompilerHost(options);
  const virtual = new Map(Object.entries(files).map(([name, code]) => [join(root, '.doc-snippets', `${name}.ts`), code]));
  // The examples' own modules (`import('./analytics')`) stand for the reader's code.
  virtual.set(join(root, '.doc-snippets', 'analytics.ts'), 'export {};\n');
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => virtual.has(f) || fileExists.call(host, f);
  host.readFile = (f) => virtual.get(f) ?? readFile.call(host, f);
  const { directoryExists } = host;
  host.directoryExists = (d) => d === join(root, '.doc-snippets') || (directoryExists?.call(host, d) ?? true);
  host.getSourceFile = (f, lang, ...rest) => (virtual.has(f) ? ts.createSourceFile(f, virtual.get(f), lang) : getSourceFile.call(host, f, lang, ...rest));
  const program = ts.createProgram([...virtual.keys()], options, host);
  const errors = Object.fromEntries(Object.keys(files).map((name) => [name, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    // Only the snippets are judged here; the packages have their own type-check.
    const name = Object.keys(files).find((n) => d.file?.fileName === join(root, '.doc-snippets', `${n}.ts`));
    if (name) errors[name].push(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }
  return errors;
}

describe('TypeScript examples in the docs', () => {
  it('the npm quick starts show a banner and the placeholders of held-back embeds', () => {
    for (const page of ['README.md', 'docs/getting-started.md']) {
      const quickStart = snippets(page).find((code) => code.includes('createConsentManager('));
      expect(quickStart, page).toMatch(/mountBanner\(consent\)/);
      expect(quickStart, page).toMatch(/mountPlaceholders\(consent\)/);
      expect(quickStart, page).toMatch(/enableGating\(consent\)/);
    }
  });

  it('type-check under a strict consumer configuration', () => {
    const files = {};
    for (const page of PAGES) snippets(page).forEach((code, i) => (files[`${page.replace(/\W/g, '_')}_${i + 1}`] = code));
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(4);
    // An example as it was once written, to show that a broken one is caught.
    files.broken = "import { createConsentManager } from '@consentkit/core';\ncreateConsentManager({ policyVersion: '1', region: window.__REGION__ });\n";
    const errors = typeCheck(files);
    expect(errors.broken.join('\n')).toMatch(/__REGION__/);
    delete errors.broken;
    expect(errors).toEqual(Object.fromEntries(Object.keys(errors).map((name) => [name, []])));
  }, 60_000);
});

describe('docs/region.md', () => {
  it('regionOf() and configBlock() accept real codes only and keep the JSON from closing the <script>', async () => {
    const page = readFileSync(join(root, 'docs', 'region.md'), 'utf8');
    const code = [...page.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).find((c) => c.includes('function regionOf('));
    expect(code).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'ck-region-doc-'));
    try {
      const file = join(dir, 'region-recipe.mjs');
      writeFileSync(file, `${code}\nexport { regionOf, configBlock };\n`);
      const { regionOf, configBlock } = await import(pathToFileURL(file).href);
      expect(regionOf('US', 'CA')).toBe('US-CA');
      expect(regionOf('CA', 'QC')).toBe('CA-QC');
      expect(regionOf('FR', 'IDF')).toBe('FR');
      expect(regionOf('DE', undefined)).toBe('DE');
      expect(regionOf('US', '')).toBe('US');
      for (const bad of ['XX', 'T1', '', 'fr', 'FRA', '"}</script>', undefined, null]) expect(regionOf(bad, 'CA')).toBeUndefined();
      expect(regionOf('US', 'CA"}')).toBe('US');
      const block = configBlock({ policyVersion: '1', region: 'US-CA', privacyPolicyUrl: '/</script><script>alert(1)</script>' });
      expect(block.match(/<\/script>/g)).toHaveLength(1);
      const json = /<script type="application\/json" id="consentkit-config">(.*)<\/script>/.exec(block)[1];
      expect(JSON.parse(json)).toEqual({ policyVersion: '1', region: 'US-CA', privacyPolicyUrl: '/</script><script>alert(1)</script>' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
