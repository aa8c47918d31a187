import type { Messages } from './en';

/**
 * Danish texts for ConsentKit's banner. Load it only for visitors who need it: the `da`
 * export (also the default) of the `@consentkit/banner/i18n/da` subpath, passed as
 * `mountBanner(consent, { texts: { 'da': da } })`. The script-tag build ships it as
 * `i18n/da.json` and fetches it only for visitors who read Danish.
 * Danish uses du, also in official texts. Terms as Datatilsynet uses them: samtykke, trække samtykke tilbage, cookies, personoplysninger.
 * Reviewer's glossary: docs/i18n.md.
 */
export const da: Messages = {
  'banner.title': 'Dit privatliv',
  'banner.description':
    'Med dit samtykke bruger vi cookies til statistik og annoncer. Hvis du afviser eller lukker dette, bruges kun nødvendige cookies. Du kan til enhver tid ændre dit valg.',
  'banner.policy': 'Privatlivspolitik',
  'banner.acceptAll': 'Accepter alle',
  'banner.rejectAll': 'Afvis alle',
  'banner.preferences': 'Indstillinger',
  'banner.close': 'Luk',
  'notice.description': 'Vi bruger cookies til statistik og annoncer. Du kan slå dem fra under Indstillinger.',
  'preferences.title': 'Privatlivsindstillinger',
  'preferences.description': 'Vælg, hvilke cookies vi må bruge. Nødvendige cookies er altid slået til.',
  'preferences.save': 'Gem',
  'preferences.cookies': 'Cookies',
  'preferences.gpcConflict': 'Dette tilsidesætter dit Global Privacy Control-signal for dette website.',
  'category.necessary.label': 'Nødvendige',
  'category.necessary.description': 'Nødvendige for, at websitet fungerer, og for at huske dit valg.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description': 'Statistik om brugen af websitet.',
  'category.targeting.label': 'Annoncer',
  'category.targeting.description': 'Personlige annoncer samt salg eller deling af personoplysninger med annoncepartnere.',
  'optOut.title': 'Dine privatlivsvalg',
  'optOut.description': 'Vi deler data med annoncepartnere til personlige annoncer. Du kan til enhver tid gøre indsigelse.',
  'optOut.link': 'Sælg eller del ikke mine personoplysninger (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Gøre indsigelse mod salg og deling af dine personoplysninger?',
  'optOut.confirm': 'Bekræft',
  'optOut.cancel': 'Annuller',
  'optOut.honored': 'Din indsigelse er imødekommet (Opt-Out Request Honored)',
  'floating.label': 'Privatlivsindstillinger',
  'preferences.saved': 'Dit valg er gemt.',
  'placeholder.text': '»{title}« leveres af en tredjepart og kræver dit samtykke til: {category}.',
  'placeholder.untitled': 'Dette indhold',
  'placeholder.allow': 'Tillad {category}',
  'cookieTable.caption': 'Cookies, der bruges på dette website',
  'cookieTable.name': 'Navn',
  'cookieTable.provider': 'Udbyder',
  'cookieTable.purpose': 'Formål',
  'cookieTable.duration': 'Varighed',
  'cookieTable.category': 'Kategori',
  'cookieTable.session': 'Session',
  'cookieTable.days': '{count, plural, =1 {# dag} other {# dage}}',
  'cookieTable.empty': 'Der er ikke angivet nogen cookies i denne kategori.',
};

export default da;
