export { mountBanner } from './mount-banner';
export { renderBannerToString } from './render-banner-to-string';
export type { RenderBannerOptions } from './render-banner-to-string';
export type { BannerHandle, BannerOptions } from './mount-banner';
export { definePreferencesElement, PREFERENCES_ELEMENT } from './preferences-element';
export type { PreferencesElementOptions } from './preferences-element';
export {
  defineCookieTableElement,
  cookieDeclarationOptions,
  readCookieDeclaration,
  COOKIE_TABLE_ELEMENT,
} from './cookie-table-element';
export type { CookieDeclarationEntry, CookieTableOptions } from './cookie-table-element';
export { mountPlaceholders } from './placeholders';
export type { PlaceholderOptions, PlaceholdersHandle } from './placeholders';
export { createTranslator } from './translator';
export type { Dictionaries, Translator } from './translator';
export { negotiateLanguage } from './negotiate-language';
export { isSafeUrl } from './policy-link';
export { gateTexts } from './gate-texts';
export type { GateTexts } from './gate-texts';
export { en, enExtra } from './i18n/en';
export type { MessageId, Messages } from './i18n/en';
