import type { Messages } from './en';

/**
 * German texts for ConsentKit's banner. Load it only for visitors who need it: the `de`
 * export (also the default) of the `@consentkit/banner/i18n/de` subpath, passed as
 * `mountBanner(consent, { texts: { 'de': de } })`. The script-tag build ships it as
 * `i18n/de.json` and fetches it only for visitors who read German.
 * Formal register (Sie). Terms as the German data-protection authorities (DSK) use them: Einwilligung, widerrufen, Cookies.
 * Reviewer's glossary: docs/i18n.md.
 */
export const de: Messages = {
  'banner.title': 'Ihre Privatsphäre',
  'banner.description':
    'Mit Ihrer Einwilligung nutzen wir Cookies für Statistik und Werbung. Wenn Sie ablehnen oder dies schließen, werden nur notwendige Cookies verwendet. Sie können Ihre Wahl jederzeit ändern.',
  'banner.policy': 'Datenschutzerklärung',
  'banner.acceptAll': 'Alle akzeptieren',
  'banner.rejectAll': 'Alle ablehnen',
  'banner.preferences': 'Einstellungen',
  'banner.close': 'Schließen',
  'notice.description': 'Wir nutzen Cookies für Statistik und Werbung. Unter „Einstellungen“ können Sie sie abschalten.',
  'preferences.title': 'Datenschutz-Einstellungen',
  'preferences.description': 'Wählen Sie, welche Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv.',
  'preferences.save': 'Speichern',
  'preferences.cookies': 'Cookies',
  'preferences.gpcConflict': 'Damit setzen Sie Ihr Global-Privacy-Control-Signal für diese Website außer Kraft.',
  'category.necessary.label': 'Notwendig',
  'category.necessary.description': 'Für den Betrieb der Website und um Ihre Auswahl zu speichern.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description': 'Statistiken zur Nutzung der Website.',
  'category.targeting.label': 'Werbung',
  'category.targeting.description': 'Personalisierte Werbung sowie Verkauf oder Weitergabe personenbezogener Daten an Werbepartner.',
  'optOut.title': 'Ihre Datenschutz-Optionen',
  'optOut.description': 'Wir teilen Daten mit Werbepartnern für personalisierte Werbung. Sie können dem jederzeit widersprechen.',
  'optOut.link': 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Dem Verkauf und der Weitergabe Ihrer personenbezogenen Daten widersprechen?',
  'optOut.confirm': 'Bestätigen',
  'optOut.cancel': 'Abbrechen',
  'optOut.honored': 'Widerspruch umgesetzt (Opt-Out Request Honored)',
  'floating.label': 'Datenschutz-Einstellungen',
  'preferences.saved': 'Ihre Auswahl wurde gespeichert.',
  'placeholder.text': '„{title}“ wird von einem Drittanbieter bereitgestellt und benötigt Ihre Einwilligung für: {category}.',
  'placeholder.untitled': 'Dieser Inhalt',
  'placeholder.allow': '{category} erlauben',
  'cookieTable.caption': 'Auf dieser Website verwendete Cookies',
  'cookieTable.name': 'Name',
  'cookieTable.provider': 'Anbieter',
  'cookieTable.purpose': 'Zweck',
  'cookieTable.duration': 'Speicherdauer',
  'cookieTable.category': 'Kategorie',
  'cookieTable.session': 'Session',
  'cookieTable.days': '{count, plural, =1 {# Tag} other {# Tage}}',
  'cookieTable.empty': 'Für diese Kategorie sind keine Cookies angegeben.',
};

export default de;
