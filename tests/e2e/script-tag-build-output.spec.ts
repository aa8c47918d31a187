import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

// Dev-only warnings (behind `process.env.NODE_ENV !== 'production'`) help a developer whose
// bundler keeps them; the script tag is a production build and must not ship them: every byte
// of consentkit.min.js runs first on every page view. This reads the sources for the guarded
// warnings and the built files for their text, so a new dev-only warning is covered without
// editing this test.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GUARD = "process.env.NODE_ENV !== 'production'";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The longest fixed piece of text (no `${…}`) of each console.warn/error behind the guard, by source file. */
function devOnlyWarnings(): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  for (const file of sourceFiles(join(root, 'packages'))) {
    const source = readFileSync(file, 'utf8');
    for (let at = source.indexOf(GUARD); at >= 0; at = source.indexOf(GUARD, at + GUARD.length)) {
      const call = /console\.(?:warn|error|info|log)\(([\s\S]*?)\);/.exec(source.slice(at, at + 1500));
      if (!call) continue;
      const pieces = [...call[1]!.matchAll(/`([^`]*)`|'([^']*)'|"([^"]*)"/g)].flatMap((m) => (m[1] ?? m[2] ?? m[3] ?? '').split(/\$\{[^}]*\}/));
      const text = pieces.sort((a, b) => b.length - a.length)[0] ?? '';
      if (text.length >= 16) found.push({ file: relative(root, file), text });
    }
  }
  return found;
}

test('the script-tag files carry no dev-only warning, while the npm build keeps them for development', () => {
  const warnings = devOnlyWarnings();
  // The unknown-cookie hint of the cookie guard is one; if none is found, this test checks nothing.
  expect(warnings.length, 'dev-only warnings found in the sources').toBeGreaterThan(0);
  const scriptTag = join(root, 'packages', 'consentkit', 'dist');
  const files = readdirSync(scriptTag).filter((name) => /^consentkit[\w.-]*\.js$/.test(name) && (name.endsWith('.min.js') || name.startsWith('consentkit-')));
  expect(files).toContain('consentkit.min.js');
  for (const name of files) {
    const code = readFileSync(join(scriptTag, name), 'utf8');
    expect(code, `${name} reads process.env at run time`).not.toContain('process.env');
    for (const { file, text } of warnings) expect(code, `${name} ships the dev-only warning of ${file}: "${text}"`).not.toContain(text);
  }
  // An npm user's bundler decides: the package build keeps the guard and the warning.
  const npmBuild = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? npmBuild(join(dir, entry.name)) : entry.name.endsWith('.js') ? [readFileSync(join(dir, entry.name), 'utf8')] : [],
    );
  const core = npmBuild(join(root, 'packages', 'core', 'dist')).join('\n');
  expect(core).toContain(GUARD.replace(/'/g, '"'));
  for (const { file, text } of warnings.filter((w) => w.file.startsWith(join('packages', 'core'))))
    expect(core, `core's npm build keeps ${file}`).toContain(text);
});

// V8's explicit compile hint must be the very first line of consentkit.min.js (docs/performance.md,
// "Compile hint"): there the engine compiles every function while the file streams in, instead of
// on the main thread when the start-up first calls it. Terser would drop it as an ordinary comment.
test('consentkit.min.js starts with the compile hint, then the licence line; the lazy parts carry no hint', () => {
  const dist = join(root, 'packages', 'consentkit', 'dist');
  const [first, second] = readFileSync(join(dist, 'consentkit.min.js'), 'utf8').split('\n');
  expect(first).toBe('//# allFunctionsCalledOnLoad');
  expect(second).toMatch(/^\/\*! ConsentKit \| MIT License/);
  for (const name of readdirSync(dist).filter((n) => /^consentkit-[\w-]+\.js$/.test(n)))
    expect(readFileSync(join(dist, name), 'utf8'), `${name} is loaded after the start-up`).not.toContain('allFunctionsCalledOnLoad');
});
