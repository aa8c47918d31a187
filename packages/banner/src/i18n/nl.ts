import type { Messages } from './en';

/**
 * Dutch texts for ConsentKit's banner. Load it only for visitors who need it: the `nl`
 * export (also the default) of the `@consentkit/banner/i18n/nl` subpath, passed as
 * `mountBanner(consent, { texts: { 'nl': nl } })`. The script-tag build ships it as
 * `i18n/nl.json` and fetches it only for visitors who read Dutch.
 * Formal register (u). Terms as the Autoriteit Persoonsgegevens uses them: toestemming, intrekken, cookies, persoonsgegevens.
 * Reviewer's glossary: docs/i18n.md.
 */
export const nl: Messages = {
  'banner.title': 'Uw privacy',
  'banner.description':
    'Met uw toestemming gebruiken we cookies voor statistieken en advertenties. Als u weigert of dit sluit, gebruiken we alleen noodzakelijke cookies. U kunt uw keuze altijd wijzigen.',
  'banner.policy': 'Privacyverklaring',
  'banner.acceptAll': 'Alles accepteren',
  'banner.rejectAll': 'Alles weigeren',
  'banner.preferences': 'Voorkeuren',
  'banner.close': 'Sluiten',
  'notice.description': 'We gebruiken cookies voor statistieken en advertenties. U kunt ze uitzetten onder Voorkeuren.',
  'preferences.title': 'Privacyvoorkeuren',
  'preferences.description': 'Kies welke cookies we mogen gebruiken. Noodzakelijke cookies staan altijd aan.',
  'preferences.save': 'Opslaan',
  'preferences.cookies': 'Cookies',
  'preferences.gpcConflict': 'Hiermee gaat u voor deze website voorbij aan uw Global Privacy Control-signaal.',
  'category.necessary.label': 'Noodzakelijk',
  'category.necessary.description': 'Nodig om de website te laten werken en uw keuze te onthouden.',
  'category.analytics.label': 'Statistieken',
  'category.analytics.description': 'Statistieken over het gebruik van de website.',
  'category.targeting.label': 'Advertenties',
  'category.targeting.description': 'Gepersonaliseerde advertenties, en verkoop of delen van persoonsgegevens met advertentiepartners.',
  'optOut.title': 'Uw privacykeuzes',
  'optOut.description': 'We delen gegevens met advertentiepartners voor gepersonaliseerde advertenties. U kunt hier altijd bezwaar tegen maken.',
  'optOut.link': 'Mijn persoonsgegevens niet verkopen of delen (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Bezwaar maken tegen de verkoop en het delen van uw persoonsgegevens?',
  'optOut.confirm': 'Bevestigen',
  'optOut.cancel': 'Annuleren',
  'optOut.honored': 'Bezwaar verwerkt (Opt-Out Request Honored)',
  'floating.label': 'Privacyinstellingen',
  'preferences.saved': 'Uw keuze is opgeslagen.',
  'placeholder.text': '‘{title}’ wordt geleverd door een derde partij en vraagt uw toestemming voor: {category}.',
  'placeholder.untitled': 'Deze inhoud',
  'placeholder.allow': '{category} toestaan',
  'cookieTable.caption': 'Cookies die deze website gebruikt',
  'cookieTable.name': 'Naam',
  'cookieTable.provider': 'Aanbieder',
  'cookieTable.purpose': 'Doel',
  'cookieTable.duration': 'Bewaartermijn',
  'cookieTable.category': 'Categorie',
  'cookieTable.session': 'Sessie',
  'cookieTable.days': '{count, plural, =1 {# dag} other {# dagen}}',
  'cookieTable.empty': 'Voor deze categorie zijn geen cookies opgegeven.',
};

export default nl;
