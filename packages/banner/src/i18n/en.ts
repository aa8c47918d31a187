/**
 * English texts, built into `@consentkit/banner`. Every other language is a separate
 * dictionary with the same ids (`@consentkit/banner/i18n/<lang>`), and a site can override
 * any id per language with `config.texts`. Texts are always rendered as plain text: markup
 * in a translation is shown, never interpreted. docs/i18n.md says what each id is for.
 *
 * The texts are short on purpose: they are built into every `mountBanner` import (about
 * 0.45 KB of its brotli budget, see packages/banner/package.json).
 */
export const en = {
  'banner.title': 'Your privacy',
  'banner.description':
    'With your consent we use cookies for analytics and ads. If you reject or close this, only necessary cookies are used. You can change your choice at any time.',
  'banner.policy': 'Privacy policy',
  'banner.acceptAll': 'Accept all',
  'banner.rejectAll': 'Reject all',
  'banner.preferences': 'Preferences',
  'banner.close': 'Close',
  'notice.description': 'We use cookies for analytics and ads. You can turn them off under Preferences.',
  'preferences.title': 'Privacy preferences',
  'preferences.description': 'Choose which cookies we may use. Necessary cookies are always on.',
  'preferences.save': 'Save',
  'preferences.cookies': 'Cookies',
  'preferences.gpcConflict': 'This overrides your Global Privacy Control signal for this site.',
  'category.necessary.label': 'Necessary',
  'category.necessary.description': 'Needed for the site to work and to remember your choices.',
  'category.analytics.label': 'Analytics',
  'category.analytics.description': 'Statistics on how the site is used.',
  'category.targeting.label': 'Advertising',
  'category.targeting.description': 'Personalised ads, and sale or sharing of personal information with ad partners.',
  'optOut.title': 'Your privacy choices',
  'optOut.description': 'We share data with ad partners for personalised ads. You can opt out at any time.',
  'optOut.link': 'Do Not Sell or Share My Personal Information',
  'optOut.confirmText': 'Opt out of the sale and sharing of your personal information?',
  'optOut.confirm': 'Confirm',
  'optOut.cancel': 'Cancel',
  'optOut.honored': 'Opt-Out Request Honored',
  'floating.label': 'Privacy settings',
};

/**
 * Texts used only by the `<consentkit-preferences>` element, the embed placeholders and the
 * cookie table (`<consentkit-cookie-table>`, the preference center's cookie list); they
 * live apart so that `mountBanner` does not carry them. Dictionaries include them too.
 */
export const enExtra = {
  'preferences.saved': 'Your choices have been saved.',
  'placeholder.text': '“{title}” is provided by a third party and needs your consent for: {category}.',
  'placeholder.untitled': 'This content',
  'placeholder.allow': 'Allow {category}',
  'cookieTable.caption': 'Cookies used on this site',
  'cookieTable.name': 'Name',
  'cookieTable.provider': 'Provider',
  'cookieTable.purpose': 'Purpose',
  'cookieTable.duration': 'Duration',
  'cookieTable.category': 'Category',
  'cookieTable.session': 'Session',
  'cookieTable.days': '{count, plural, =1 {# day} other {# days}}',
  'cookieTable.empty': 'No cookies are declared for this category.',
};

/** A message id, e.g. `banner.acceptAll`. Sites may add `category.<id>.label` / `.description` for their own categories. */
export type MessageId = keyof typeof en | keyof typeof enExtra;

/** A complete dictionary: one text per message id. */
export type Messages = Record<MessageId, string>;

export default en;
