import { en, renderBannerToString } from '@consentkit/banner';
import type { ConsentConfig } from '@consentkit/core';

/** What a button of the first layer calls on the consent manager. */
export type FirstLayerAction = 'close' | 'acceptAll' | 'rejectAll' | 'showPreferences';

/**
 * The banner's first layer (opt-in regime, English, default texts), rendered at build time by
 * `renderBannerToString` — the same Preact components `mountBanner` draws — and cut where the
 * parts that depend on the page go. `consentkit.min.js` carries it (`first-layer.ts` draws it).
 */
export interface FirstLayerTemplate {
  /** The rules of the banner's stylesheet (the `CSS` the UI adopts) that apply to the first layer. */
  readonly css: string;
  /** The markup inside the `.r` container, cut at the policy link's place and at the GPC status's place. */
  readonly html: readonly [string, string, string];
  /** The privacy-policy link (with the space before it) around its escaped URL; left out without a safe URL. */
  readonly link: readonly [string, string];
  /** The "Opt-Out Request Honored" status; only when a GPC signal is honoured. */
  readonly gpc: string;
  /** The message ids whose texts the markup shows: a site that overrides one in `texts.en` gets the live UI instead. */
  readonly ids: readonly string[];
  /** What each `<button>` calls, in document order. */
  readonly buttons: readonly FirstLayerAction[];
}

/** The message id of each button's name (text or `aria-label`) → what the UI's button calls. */
const ACTIONS: Readonly<Record<string, FirstLayerAction>> = {
  'banner.close': 'close',
  'banner.acceptAll': 'acceptAll',
  'banner.rejectAll': 'rejectAll',
  'banner.preferences': 'showPreferences',
};

/** A URL no configuration has, to find where the link's URL goes. */
const URL_MARK = 'https://consentkit.invalid/policy';

/** The markup inside the container of what `renderBannerToString` returns, and its CSS. */
function render(config: Partial<ConsentConfig>, gpc = false): { css: string; html: string } {
  const out = renderBannerToString({ policyVersion: 'template', region: 'FR', ...config } as ConsentConfig, { gpc });
  const match = /<style>([^]*)<\/style><div class="r bottom" lang="en" dir="ltr">([^]*)<\/div><\/template><\/consentkit-banner>$/.exec(out);
  if (!match) throw new Error(`first-layer template: renderBannerToString's output has changed shape: ${out.slice(0, 200)}`);
  return { css: match[1]!, html: match[2]! };
}

/** Where `longer` differs from `base` by one inserted piece: its offset in `base` and the piece. */
function insertion(base: string, longer: string): [number, string] {
  let start = 0;
  while (start < base.length && base[start] === longer[start]) start++;
  let end = 0;
  while (end < base.length - start && base[base.length - 1 - end] === longer[longer.length - 1 - end]) end++;
  let piece = longer.slice(start, longer.length - end);
  if (piece.length !== longer.length - base.length) throw new Error('first-layer template: an optional part is not a single insertion');
  // The same insertion, moved to start at a tag or a space, so the cuts are readable: `<p …>…</p>`, not `p …>…</p><`.
  while (start > 0 && !/^[< ]/.test(piece) && base[start - 1] === piece[piece.length - 1]) {
    piece = base[start - 1] + piece.slice(0, -1);
    start--;
  }
  return [start, piece];
}

/**
 * The rules of `css` that can apply to `html`: a rule whose every selector names a class or an
 * element the markup does not have (the preference center's switches, the floating button, …) is
 * left out of the template; at-rules and `:host` rules stay. The UI adopts the whole stylesheet
 * when it takes over. The banner's stylesheet has one rule per line, which this relies on.
 */
function rulesFor(css: string, html: string): string {
  const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ')));
  ['r', 'bottom', 'center'].forEach((c) => classes.add(c)); // the container's classes (position)
  const tags = new Set([...html.matchAll(/<([a-z][\w-]*)/g)].map((m) => m[1]!));
  const applies = (selector: string) =>
    [...selector.matchAll(/\.([\w-]+)/g)].every((m) => classes.has(m[1]!)) &&
    [...selector.matchAll(/(?:^|[\s>+~])([a-z][\w-]*)/g)].every((m) => tags.has(m[1]!));
  return css
    .split('\n')
    .filter((line) => line.startsWith('@') || line.startsWith(':') || line.slice(0, line.indexOf('{')).split(',').some(applies))
    .join('\n');
}

/**
 * Renders the first layer with the default configuration (a region of the `opt-in` regime, no
 * policy URL, no custom texts) and twice more with one optional part each (a policy link, the GPC
 * status), and derives the template from the differences. Runs at build time (`rollup.config.mjs`)
 * and in the unit tests; it throws when the banner's markup no longer fits the template's shape,
 * so a change to the components cannot ship a first layer that the UI would not take over.
 */
export function buildFirstLayerTemplate(): FirstLayerTemplate {
  const base = render({});
  const [linkAt, linkPiece] = insertion(base.html, render({ privacyPolicyUrl: URL_MARK }).html);
  const [gpcAt, gpc] = insertion(base.html, render({}, true).html);
  const link = linkPiece.split(URL_MARK);
  if (link.length !== 2 || linkAt > gpcAt) throw new Error('first-layer template: unexpected policy link markup');
  // Which texts appear, and which button calls what: render with every English text replaced by its id.
  const marked = render({ privacyPolicyUrl: URL_MARK, texts: { en: Object.fromEntries(Object.keys(en).map((id) => [id, `{{${id}}}`])) } }, true).html;
  const ids = [...new Set([...marked.matchAll(/\{\{([\w.]+)\}\}/g)].map((m) => m[1]!))];
  const buttons = [...marked.matchAll(/<button[^>]*?(?:aria-label="\{\{([\w.]+)\}\}"[^>]*)?>(?:\{\{([\w.]+)\}\})?/g)].map((m) => {
    const action = ACTIONS[m[1] ?? m[2] ?? ''];
    if (!action) throw new Error(`first-layer template: a button named by "${m[1] ?? m[2]}" has no known action`);
    return action;
  });
  return {
    css: rulesFor(base.css, marked),
    html: [base.html.slice(0, linkAt), base.html.slice(linkAt, gpcAt), base.html.slice(gpcAt)],
    link: [link[0]!, link[1]!],
    gpc,
    ids,
    buttons,
  };
}
