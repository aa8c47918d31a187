import { EAGER, HELD_LINK, decodeReferences, urlsOf } from './url-attributes';
import type { Category } from '../types';

const TAG = /<(script|img|iframe|link|object|embed)\b([^>]*)>/gi;
/** A URL attribute of an `EAGER` element (`href`, `imagesrcset`; `data`; `src`; renaming another one of them is harmless). */
const EAGER_URL = /([\s/])(href|imagesrcset|data|src)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)/gi;

const SRC = /([\s/])src\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/i;
const TYPE = /(\s)type\s*=/i;

/**
 * Rewrites tracker tags in an HTML string into ConsentKit markup before the browser parses it,
 * for the sinks that create elements without an API ConsentKit can intercept
 * (`document.write`, `innerHTML`, `insertAdjacentHTML`):
 * - `<img src>` / `<iframe src>` → `data-src` + `data-category`, loaded by the embed gate on grant;
 * - `<link href>` / `imagesrcset`, `<object data>`, `<embed src>` → `data-consentkit-href`… (`HELD_LINK`),
 *   which auto-blocking holds once the element is parsed (these fetch as they are inserted);
 * - `<script src>` (only with `scripts: true`, i.e. `document.write`, whose scripts execute;
 *   `innerHTML` scripts never run) → `type="text/plain"` + `data-category` (+ `data-type` for
 *   an original `type`), run by the script gate on grant.
 * A regular-expression rewrite, not a parser: it covers the tags vendors write; a tag it does
 * not recognise is left unchanged (docs/gating.md lists the limits). Returns the input itself
 * when nothing changed.
 */
export function rewriteTrackerHtml(html: string, blockedCategory: (url: string) => Category | undefined, scripts: boolean): string {
  // Cheap exit for the common case: no element that could load anything.
  if (!/src|<link|<object/i.test(html)) return html;
  /** The attribute value as the parser will read it: unquoted, character references decoded (`&#46;` `&amp;`). */
  const read = (value: string) => decodeReferences(/^["']/.test(value) ? value.slice(1, -1) : value);
  return html.replace(TAG, (tag, name: string, attributes: string) => {
    if (EAGER.test(name))
      return `<${name}${attributes.replace(EAGER_URL, (attribute, before: string, key: string, equals: string, value: string) =>
        urlsOf(key, read(value)).some(blockedCategory) ? `${before}${HELD_LINK}${key}${equals}${value}` : attribute,
      )}>`;
    const src = SRC.exec(attributes)?.[2];
    const category = src && blockedCategory(read(src));
    if (!category) return tag;
    const gate = ` data-category="${category}"`;
    if (name.toLowerCase() !== 'script') return `<${name}${gate}${attributes.replace(SRC, '$1data-src=$2')}>`;
    return scripts ? `<${name} type="text/plain"${gate}${attributes.replace(TYPE, '$1data-type=')}>` : tag;
  });
}

/** A `<script type=speculationrules>` start tag, its rules, and whether its end tag follows. */
const RULES = /<script(?=[^>]*[\s/]type\s*=\s*(["']?)\s*speculationrules\s*\1[\s/>])([^>]*)>([^]*?)(<\/script|$)/gi;

/**
 * Rewrites each `<script type=speculationrules>` of a written HTML string whose rules need a
 * category (`rulesCategory(rules, unfinished)`; `unfinished`: its end tag is not in the string)
 * into script-gate markup, as `rewriteTrackerHtml` does a tracker script: its type is kept as
 * `data-type`, and the script gate inserts it with that type on grant. Returns the input itself
 * when nothing changed.
 */
export function rewriteRulesHtml(html: string, rulesCategory: (rules: string, unfinished: boolean) => Category | undefined): string {
  if (!/speculationrules/i.test(html)) return html;
  return html.replace(RULES, (tag, _quote, attributes: string, rules: string, end: string) => {
    const category = rulesCategory(rules, !end);
    return category ? `<script type="text/plain" data-category="${category}"${attributes.replace(TYPE, '$1data-type=')}>${rules}${end}` : tag;
  });
}
