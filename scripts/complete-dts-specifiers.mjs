// Completes the relative module specifiers of emitted declaration files: `'./config'` becomes
// `'./config.js'`, `'./i18n'` becomes `'./i18n/index.js'`.
//
// Why: the sources import siblings without an extension (compiled with "bundler" resolution),
// and tsc copies those specifiers into the .d.ts as written. Under `node16`/`nodenext`
// resolution (most Node and library projects, and CommonJS files importing our types) an
// extensionless relative import does not resolve, so every type behind it silently becomes
// `any`. tsc-alias's `--resolve-full-paths` does this only where the `.js` file exists, which
// misses type-only modules (they emit a .d.ts but no .js), hence this small pass built on
// TypeScript's own parser rather than on a regular expression.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const KNOWN_EXTENSION = /\.(?:[cm]?js|json)$/;

/**
 * Returns `code` (a .d.ts at `fileName`) with every relative specifier completed. `exists(path)`
 * tells whether a file exists (injected for tests). Throws when a relative specifier names no
 * declaration file: a published .d.ts must not point at nothing.
 */
export function completeDtsSpecifiers(code, fileName, exists = existsSync) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const complete = (literal) => {
    const specifier = literal.text;
    if (!specifier.startsWith('./') && !specifier.startsWith('../')) return;
    if (KNOWN_EXTENSION.test(specifier)) return;
    const base = resolve(dirname(fileName), specifier);
    let completed;
    if (exists(base + '.d.ts')) completed = specifier + '.js';
    else if (exists(join(base, 'index.d.ts'))) completed = specifier.replace(/\/?$/, '/index.js');
    else throw new Error(`${fileName}: "${specifier}" names no declaration file (looked for ${base}.d.ts and ${base}/index.d.ts)`);
    // Replace the text between the quotes, keeping the quote style.
    edits.push({ start: literal.getStart(source) + 1, end: literal.getEnd() - 1, text: completed });
  };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      complete(node.moduleSpecifier);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      complete(node.argument.literal);
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      complete(node.name);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      complete(node.moduleReference.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** Completes the specifiers of every .d.ts below `dir` in place; returns how many files changed. */
export function completeDtsSpecifiersIn(dir) {
  let changed = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    const completed = completeDtsSpecifiers(code, file);
    if (completed !== code) {
      writeFileSync(file, completed);
      changed++;
    }
  }
  return changed;
}
