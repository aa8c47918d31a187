// One build for every package. Each package's `exports` map names its ESM entries
// (`./dist/<name>.js` is built from `src/<name>.ts` or `.tsx`); the script-tag package
// additionally gets the minified IIFE that sites load with one <script> tag.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { buildDictionaries } from './scripts/build-assets.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const packagesDir = join(root, 'packages');

/**
 * JSX (only @consentkit/banner has .tsx files): Preact's classic `h` factory, imported here into
 * every .tsx file rather than in each (esbuild drops the import where a file has no JSX). Its
 * output is smaller than the automatic runtime's (`preact/jsx-runtime`). vitest.config.ts sets
 * the same; for type-checking, tsconfig.base.json names Preact's JSX types (`jsxImportSource`),
 * which are the same for both.
 */
const PREACT_JSX = { jsx: 'transform', jsxFactory: 'h', jsxFragment: 'Fragment' };
// Put before the first line of the source, so line numbers stay.
const PREACT_JSX_IMPORT = "import { h, Fragment } from 'preact';";

/** Transpiles TypeScript/TSX with esbuild; type-checking is `pnpm typecheck`'s job. */
function typescript() {
  return {
    name: 'consentkit-typescript',
    async transform(code, id) {
      if (!/\.tsx?$/.test(id)) return null;
      const tsx = id.endsWith('.tsx');
      const result = await transform(tsx ? PREACT_JSX_IMPORT + code : code, {
        loader: tsx ? 'tsx' : 'ts',
        ...(tsx && PREACT_JSX),
        target: 'es2020',
        sourcemap: true,
        sourcefile: id,
      });
      return { code: result.code, map: result.map };
    },
  };
}

/** Resolves `@consentkit/<pkg>[/<sub>]` to its TypeScript source (used for the all-in-one bundle). */
function workspaceSources() {
  return {
    name: 'consentkit-workspace-sources',
    resolveId(source) {
      const match = /^@consentkit\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(source);
      if (!match) return null;
      const base = join(packagesDir, match[1], 'src', match[2] ?? 'index');
      for (const ext of ['.ts', '.tsx']) if (existsSync(base + ext)) return base + ext;
      return null;
    },
  };
}

function sourceFor(pkgDir, distPath) {
  const name = distPath.replace(/^\.\/dist\//, '').replace(/\.js$/, '');
  for (const ext of ['.ts', '.tsx']) {
    const file = join(pkgDir, 'src', name + ext);
    if (existsSync(file)) return { name, file };
  }
  throw new Error(`rollup.config.mjs: ${distPath} has no source file in ${pkgDir}/src`);
}

/** A package whose src/ has no sources yet is not built (it is being started). */
const hasSources = (pkgDir) => existsSync(join(pkgDir, 'src')) && readdirSync(join(pkgDir, 'src')).some((f) => /\.tsx?$/.test(f));

function esmBuild(pkgName) {
  const pkgDir = join(packagesDir, pkgName);
  if (!hasSources(pkgDir)) return { input: {} };
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const input = {};
  for (const target of Object.values(pkg.exports ?? {})) {
    const dist = typeof target === 'string' ? target : target.default;
    if (!dist?.startsWith('./dist/') || !dist.endsWith('.js') || dist.endsWith('.min.js')) continue;
    const { name, file } = sourceFor(pkgDir, dist);
    input[name] = file;
  }
  const externals = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return {
    input,
    external: (id) => externals.some((dep) => id === dep || id.startsWith(dep + '/')),
    plugins: [nodeResolve({ extensions: ['.ts', '.tsx', '.js'] }), typescript()],
    output: {
      dir: join(pkgDir, 'dist'),
      format: 'es',
      sourcemap: true,
      // One output file per source file: with "sideEffects": false a user's bundler then drops
      // every module an import does not reach (e.g. gating for `{ createConsentManager }`).
      preserveModules: true,
      preserveModulesRoot: join(pkgDir, 'src'),
      entryFileNames: '[name].js',
      // React Server Components (Next.js App Router): hooks and context only work in client
      // modules, so the React bindings mark every file as one; importing them from a server
      // component then works without a wrapper.
      ...(pkgName === 'react' ? { banner: "'use client';" } : {}),
    },
  };
}

const LICENSE_BANNER = '/*! ConsentKit | MIT License | https://github.com/consentkit/consentkit */';
/**
 * V8's explicit compile hint (Chromium 136+; other engines read a comment): compile every function of
 * the file eagerly, on the streaming thread while it downloads, instead of lazily on the main thread
 * at first call. Only for consentkit.min.js, whose start-up calls most of its functions; measured in
 * docs/performance.md ("Compile hint"). It must be the file's first line.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * `src/first-layer-data.ts` in consentkit.min.js: the first layer's template as a literal, made
 * now by `buildFirstLayerTemplate()` (renderBannerToString over the banner's Preact components,
 * bundled for Node from the sources), so the script tag carries the markup but not the renderer.
 */
function firstLayerTemplate(pkgDir) {
  const dataFile = join(pkgDir, 'src', 'first-layer-data.ts');
  return {
    name: 'consentkit-first-layer',
    async load(id) {
      if (id !== dataFile) return null;
      const result = await build({
        stdin: { contents: `export { buildFirstLayerTemplate } from './first-layer-template';`, resolveDir: join(pkgDir, 'src'), loader: 'ts' },
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'node',
        // The banner's JSX exactly as typescript() above compiles it for the UI file.
        ...PREACT_JSX,
        plugins: [
          {
            name: 'workspace-sources',
            setup(b) {
              b.onResolve({ filter: /^@consentkit\// }, ({ path }) => ({ path: workspaceSources().resolveId(path) ?? undefined }));
              b.onLoad({ filter: /\.tsx$/ }, ({ path }) => ({ contents: PREACT_JSX_IMPORT + readFileSync(path, 'utf8'), loader: 'tsx' }));
            },
          },
        ],
        logLevel: 'silent',
      });
      const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
      const { buildFirstLayerTemplate } = await import(url);
      return { code: `export const FIRST_LAYER = ${JSON.stringify(buildFirstLayerTemplate())};`, map: { mappings: '' } };
    },
  };
}

/**
 * The script-tag files, each a classic script (IIFE) with @consentkit/* resolved to sources:
 * - consentkit.min.js      core, gating, adapters, config/queue/global API (loaded first, synchronously);
 * - consentkit-ui.js       banner + Preact, inserted by the main file only on pages that need a UI;
 * - consentkit-cookie-db.js cookie database + engine, inserted only when a cookie is unknown or the preference center opens;
 * - consentkit-gpp.js      the IAB GPP plug-in (full __gpp API, US section encoder, __uspapi), inserted only when GPP is on;
 * - consentkit-adapter-<vendor>.js  each vendor adapter but Google's, inserted only when config.adapters enables it.
 * The lazy files reach the main file's consent manager through a private hook (src/lazy-parts.ts).
 */
function iifeBuild() {
  const pkgDir = join(packagesDir, 'consentkit');
  const files = [
    ['consentkit.ts', 'consentkit.min.js'],
    ['consentkit-ui.ts', 'consentkit-ui.js'],
    ['consentkit-cookie-db.ts', 'consentkit-cookie-db.js'],
    ['consentkit-gpp.ts', 'consentkit-gpp.js'],
    // One part per vendor adapter but Google's (see src/script-tag-adapters.ts).
    ...['meta', 'microsoft', 'tiktok', 'matomo', 'posthog', 'mixpanel', 'amplitude'].map((vendor) => [
      `consentkit-adapter-${vendor}.ts`,
      `consentkit-adapter-${vendor}.js`,
    ]),
  ];
  return files.map(([source, output]) => ({
    input: join(pkgDir, 'src', source),
    plugins: [
      workspaceSources(),
      nodeResolve({ extensions: ['.ts', '.tsx', '.js'], browser: true }),
      {
        name: 'consentkit-production-env',
        transform(code) {
          return code.includes('process.env.NODE_ENV') ? { code: code.replaceAll('process.env.NODE_ENV', '"production"'), map: null } : null;
        },
      },
      {
        // `@consentkit/cookie-db/rules.json` as one string parsed at run time: smaller and faster to
        // start than the same data as an object literal.
        name: 'consentkit-json',
        transform(code, id) {
          if (!id.endsWith('.json')) return null;
          return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(code)))});`, map: { mappings: '' } };
        },
      },
      typescript(),
      output === 'consentkit.min.js' && firstLayerTemplate(pkgDir),
      output === 'consentkit-ui.js' && {
        // The UI fetches i18n/<lang>.json from beside it, so the dictionaries are written with it
        // (scripts/build-assets.mjs writes the same files again after the type declarations).
        name: 'consentkit-dictionaries',
        writeBundle: () => buildDictionaries(),
      },
    ],
    output: {
      file: join(pkgDir, 'dist', output),
      format: 'iife',
      banner: output === 'consentkit.min.js' ? `${COMPILE_HINT}\n${LICENSE_BANNER}` : LICENSE_BANNER,
      sourcemap: true,
      plugins: [
        terser({
          ecma: 2020,
          compress: { passes: 2, pure_getters: true, unsafe_arrows: true },
          format: { comments: /^!|^# allFunctionsCalledOnLoad$/ },
        }),
      ],
    },
  }));
}

// CK_PACKAGES=core,banner builds only those packages (scripts/build.mjs passes it through).
const only = process.env.CK_PACKAGES?.split(',').filter(Boolean);
const packages = readdirSync(packagesDir).filter((name) => existsSync(join(packagesDir, name, 'package.json')) && (!only || only.includes(name)));

export default [
  ...packages.map(esmBuild).filter((config) => Object.keys(config.input).length > 0),
  ...(packages.includes('consentkit') && existsSync(resolve(packagesDir, 'consentkit', 'src', 'consentkit.ts')) ? iifeBuild() : []),
];
