/**
 * The message ids a site may set in `config.texts` (the UI's texts, see docs/i18n.md), grouped
 * by prefix so the list stays small in the script tag: `banner.title description …` stands for
 * `banner.title`, `banner.description`, …. `@consentkit/banner`'s English dictionary has exactly
 * these ids (a banner test keeps the two in step). Labels and descriptions of any category,
 * `category.<id>.label` / `.description`, are ids too.
 */
const GROUPED =
  'banner.title description policy acceptAll rejectAll preferences close|notice.description|' +
  'preferences.title description save cookies gpcConflict saved|' +
  'optOut.title description link confirmText confirm cancel honored|floating.label|placeholder.text untitled allow|' +
  'cookieTable.caption name provider purpose duration category session days empty';

/** Every fixed message id (category labels and descriptions aside). */
export const MESSAGE_IDS: ReadonlySet<string> = new Set(
  GROUPED.split('|').flatMap((group) => {
    const [first, ...rest] = group.split(' ') as [string, ...string[]];
    const prefix = first.slice(0, first.indexOf('.') + 1);
    return [first, ...rest.map((id) => prefix + id)];
  }),
);

/**
 * Whether `id` is a message id a site may set: a fixed one, or the label or description of one of
 * `categories` (the site's): `category.functionl.label` names no category, so it is a typo.
 */
export const isMessageId = (id: string, categories: readonly string[]): boolean =>
  MESSAGE_IDS.has(id) || categories.some((c) => id === `category.${c}.label` || id === `category.${c}.description`);
