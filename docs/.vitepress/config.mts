// The documentation site: every page of docs/ with a sidebar, local search and the live
// playground. `pnpm docs` serves it on 127.0.0.1, `pnpm docs:build` writes docs/.vitepress/dist.
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitepress';
import type { DefaultTheme, UserConfig } from 'vitepress';

/** A Vite plugin, typed through VitePress (Vite is its dependency, not ours). */
type Plugin = Extract<NonNullable<NonNullable<UserConfig['vite']>['plugins']>[number], { name: string }>;

const docs = dirname(dirname(fileURLToPath(import.meta.url)));
const repoRoot = dirname(docs);
const REPOSITORY = 'https://github.com/consentkit/consentkit';
/** Where the site is published below its host, e.g. `/consentkit/` on GitHub Pages. */
const base = process.env.DOCS_BASE ?? '/';
/** The script-tag build the playground runs, and where the site serves it. */
const scriptTagDist = join(repoRoot, 'packages', 'consentkit', 'dist');
const PLAYGROUND_FILES = 'playground/consentkit';
const isScriptTagFile = (name: string) => /^consentkit[-.][\w.-]*\.js$/.test(name);

/** Fails with a clear message when the script-tag build is missing. */
function requireScriptTagBuild(): void {
  const missing = ['consentkit.min.js', 'consentkit-ui.js', 'i18n'].find((name) => !existsSync(join(scriptTagDist, name)));
  if (missing) {
    throw new Error(
      `The playground needs the script-tag build, and ${relative(repoRoot, scriptTagDist)}/${missing} does not exist. ` +
        'Run `pnpm build` first (`pnpm docs` and `pnpm docs:build` do).',
    );
  }
}

/** Copies the script-tag files (not the ESM modules beside them) to `<outDir>/playground/consentkit`. */
function copyScriptTagBuild(outDir: string): void {
  requireScriptTagBuild();
  const target = join(outDir, PLAYGROUND_FILES);
  for (const name of readdirSync(scriptTagDist)) {
    if (isScriptTagFile(name)) cpSync(join(scriptTagDist, name), join(target, name));
  }
  cpSync(join(scriptTagDist, 'i18n'), join(target, 'i18n'), { recursive: true, filter: (f) => !f.endsWith('.map') });
}

/** `pnpm docs`: serves the same files straight from packages/consentkit/dist, so a rebuild shows at once. */
function serveScriptTagBuild(): Plugin {
  return {
    name: 'consentkit-playground-files',
    configureServer(server) {
      requireScriptTagBuild();
      server.middlewares.use(`${base}${PLAYGROUND_FILES}/`, (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/+/, '');
        const file = join(scriptTagDist, path);
        const allowed = isScriptTagFile(path) || /^i18n\/[\w-]+\.json$/.test(path);
        if (!allowed || !file.startsWith(scriptTagDist + sep) || !existsSync(file)) return next();
        res.setHeader('Content-Type', path.endsWith('.json') ? 'application/json' : 'text/javascript');
        res.setHeader('Cache-Control', 'no-store');
        res.end(readFileSync(file));
      });
    },
  };
}

// The sidebar lists every page of docs/, in these groups; a page not named here lands in
// "More", so a new page is never missing from it.
const GROUPS: [string, string[]][] = [
  ['Start', ['README.md', 'getting-started.md', 'playground.md']],
  ['Concepts', ['categories-and-regimes.md', 'region.md', 'global-privacy-control.md', 'storage-and-records.md', 'events-and-api.md', 'configuration.md']],
  ['Tasks', ['gating.md', 'banner.md', 'i18n.md', 'theming.md', 'accessibility.md', 'cookie-classification.md', 'google-tag-manager.md']],
  ['Adapters', ['adapters/']],
  ['Frameworks', ['frameworks/']],
  ['Examples', ['examples/']],
  ['Working on ConsentKit', ['architecture.md', 'performance.md']],
];

/** Every Markdown page under docs/, as paths relative to it (posix). */
function pages(dir = docs): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.') || name === 'public' || name === 'images') return [];
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.md') ? [relative(docs, path).split(sep).join('/')] : [];
  });
}

const title = (page: string) => /^#\s+(.+)$/m.exec(readFileSync(join(docs, page), 'utf8'))?.[1]?.replace(/`/g, '') ?? page;
const link = (page: string) => `/${page.replace(/(^|\/)README\.md$/, '$1').replace(/\.md$/, '')}`;

function sidebar(): DefaultTheme.SidebarItem[] {
  const all = pages().sort();
  const placed = new Set<string>();
  const groups = GROUPS.map(([text, entries]) => {
    const items = entries.flatMap((entry) => {
      // A folder: its README first, then its pages in alphabetical order.
      const found = entry.endsWith('/')
        ? all.filter((p) => p.startsWith(entry)).sort((a, b) => Number(b.endsWith('README.md')) - Number(a.endsWith('README.md')))
        : all.filter((p) => p === entry);
      return found.filter((p) => !placed.has(p) && placed.add(p));
    });
    return { text, collapsed: false, items: items.map((p) => ({ text: p === 'README.md' ? 'Overview' : title(p), link: link(p) })) };
  });
  const rest = all.filter((p) => !placed.has(p));
  if (rest.length) groups.push({ text: 'More', collapsed: false, items: rest.map((p) => ({ text: title(p), link: link(p) })) });
  return groups.filter((g) => g.items.length);
}

export default defineConfig({
  title: 'ConsentKit',
  description: 'Cookie consent for any website: a script tag or npm packages; GPC, Google Consent Mode, gating.',
  base,
  lang: 'en',
  cleanUrls: true,
  // The docs are written as a GitHub-readable folder: README.md is each folder's index.
  rewrites: { 'README.md': 'index.md', ':dir/README.md': ':dir/index.md' },
  srcExclude: ['**/node_modules/**'],
  // Links to http://localhost:4173/ are the demo that `pnpm demo` serves; every other link must resolve.
  ignoreDeadLinks: 'localhostLinks',
  themeConfig: {
    nav: [
      { text: 'Getting started', link: '/getting-started' },
      { text: 'Playground', link: '/playground' },
      { text: 'Configuration', link: '/configuration' },
    ],
    sidebar: sidebar(),
    search: { provider: 'local' },
    socialLinks: [{ icon: 'github', link: REPOSITORY }],
    outline: [2, 3],
  },
  markdown: {
    config(md) {
      // Links from a page to repository files outside docs/ (CONTRIBUTING.md, sources) go to
      // the repository, where they exist; links between pages stay in the site.
      md.core.ruler.push('consentkit-repository-links', (state) => {
        const page: string = state.env.relativePath ?? '';
        for (const token of state.tokens) {
          for (const child of token.children ?? []) {
            const href = child.type === 'link_open' ? child.attrGet('href') : null;
            if (!href || /^[a-z][a-z0-9+.-]*:|^#|^\//i.test(href)) continue;
            const target = posix.normalize(posix.join('docs', posix.dirname(page), href.split('#')[0]!));
            if (!target.startsWith('docs/')) child.attrSet('href', `${REPOSITORY}/blob/main/${target}`);
          }
        }
      });
      // `{{region}}` and `{{nonce}}` in inline code are the demo server's placeholders, not Vue.
      const inline = md.renderer.rules.code_inline!;
      md.renderer.rules.code_inline = (...args) => inline(...args).replace(/^<code/, '<code v-pre');
    },
  },
  vue: {
    template: {
      // ConsentKit's own elements, named in the docs' text and used by the playground's frame.
      compilerOptions: { isCustomElement: (tag) => tag.startsWith('consentkit-') },
    },
  },
  vite: {
    plugins: [serveScriptTagBuild()],
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
  },
  buildEnd(site) {
    copyScriptTagBuild(site.outDir);
  },
});
