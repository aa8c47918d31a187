import type { Messages } from './en';

/**
 * Swiss German (Switzerland, Liechtenstein) texts for ConsentKit's banner. Load it only for visitors who need it: the `deCH`
 * export (also the default) of the `@consentkit/banner/i18n/de-CH` subpath, passed as
 * `mountBanner(consent, { texts: { 'de-CH': deCH } })`. The script-tag build ships it as
 * `i18n/de-CH.json` and fetches it only for visitors who read Swiss German.
 * The German texts with Swiss spelling (ss for ß) and Swiss quotation marks (« »); formal register (Sie). Terms as the FDPIC (EDÖB) uses them: Einwilligung, widerrufen, Cookies.
 * Reviewer's glossary: docs/i18n.md.
 */
export const deCH: Messages = {
  'banner.title': 'Ihre Privatsphäre',
  'banner.description':
    'Mit Ihrer Einwilligung nutzen wir Cookies für Statistik und Werbung. Wenn Sie ablehnen oder dies schliessen, werden nur notwendige Cookies verwendet. Sie können Ihre Wahl jederzeit ändern.',
  'banner.policy': 'Datenschutzerklärung',
  'banner.acceptAll': 'Alle akzeptieren',
  'banner.rejectAll': 'Alle ablehnen',
  'banner.preferences': 'Einstellungen',
  'banner.close': 'Schliessen',
  'notice.description': 'Wir nutzen Cookies für Statistik und Werbung. Unter «Einstellungen» können Sie sie abschalten.',
  'preferences.title': 'Datenschutz-Einstellungen',
  'preferences.description': 'Wählen Sie, welche Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv.',
  'preferences.save': 'Speichern',
  'preferences.cookies': 'Cookies',
  'preferences.gpcConflict': 'Damit setzen Sie Ihr Global-Privacy-Control-Signal für diese Website ausser Kraft.',
  'category.necessary.label': 'Notwendig',
  'category.necessary.description': 'Für den Betrieb der Website und um Ihre Auswahl zu speichern.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description': 'Statistiken zur Nutzung der Website.',
  'category.targeting.label': 'Werbung',
  'category.targeting.description': 'Personalisierte Werbung sowie Verkauf oder Weitergabe von Personendaten an Werbepartner.',
  'optOut.title': 'Ihre Datenschutz-Optionen',
  'optOut.description': 'Wir teilen Daten mit Werbepartnern für personalisierte Werbung. Sie können dem jederzeit widersprechen.',
  'optOut.link': 'Meine Personendaten nicht verkaufen oder weitergeben (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Dem Verkauf und der Weitergabe Ihrer Personendaten widersprechen?',
  'optOut.confirm': 'Bestätigen',
  'optOut.cancel': 'Abbrechen',
  'optOut.honored': 'Widerspruch umgesetzt (Opt-Out Request Honored)',
  'floating.label': 'Datenschutz-Einstellungen',
  'preferences.saved': 'Ihre Auswahl wurde gespeichert.',
  'placeholder.text': '«{title}» wird von einem Drittanbieter bereitgestellt und benötigt Ihre Einwilligung für: {category}.',
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

export default deCH;
