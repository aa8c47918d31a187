import type { Messages } from './en';

/**
 * Norwegian Bokmål texts for ConsentKit's banner. Load it only for visitors who need it: the `nb`
 * export (also the default) of the `@consentkit/banner/i18n/nb` subpath, passed as
 * `mountBanner(consent, { texts: { 'nb': nb } })`. The script-tag build ships it as
 * `i18n/nb.json` and fetches it only for visitors who read Norwegian Bokmål.
 * Norwegian uses du, also in official texts. Terms as Datatilsynet and Nkom use them: samtykke, trekke tilbake samtykket, informasjonskapsler, personopplysninger.
 * Reviewer's glossary: docs/i18n.md.
 */
export const nb: Messages = {
  'banner.title': 'Ditt personvern',
  'banner.description':
    'Med ditt samtykke bruker vi informasjonskapsler til statistikk og annonser. Hvis du avslår eller lukker dette, brukes bare nødvendige informasjonskapsler. Du kan når som helst endre valget ditt.',
  'banner.policy': 'Personvernerklæring',
  'banner.acceptAll': 'Godta alle',
  'banner.rejectAll': 'Avslå alle',
  'banner.preferences': 'Innstillinger',
  'banner.close': 'Lukk',
  'notice.description': 'Vi bruker informasjonskapsler til statistikk og annonser. Du kan slå dem av under Innstillinger.',
  'preferences.title': 'Personverninnstillinger',
  'preferences.description': 'Velg hvilke informasjonskapsler vi får bruke. Nødvendige informasjonskapsler er alltid på.',
  'preferences.save': 'Lagre',
  'preferences.cookies': 'Informasjonskapsler',
  'preferences.gpcConflict': 'Dette overstyrer Global Privacy Control-signalet ditt for dette nettstedet.',
  'category.necessary.label': 'Nødvendige',
  'category.necessary.description': 'Trengs for at nettstedet skal fungere og for å huske valget ditt.',
  'category.analytics.label': 'Statistikk',
  'category.analytics.description': 'Statistikk om hvordan nettstedet brukes.',
  'category.targeting.label': 'Annonser',
  'category.targeting.description': 'Tilpassede annonser og salg eller deling av personopplysninger med annonsepartnere.',
  'optOut.title': 'Dine personvernvalg',
  'optOut.description': 'Vi deler data med annonsepartnere for tilpassede annonser. Du kan når som helst reservere deg.',
  'optOut.link': 'Ikke selg eller del personopplysningene mine (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Reservere deg mot salg og deling av personopplysningene dine?',
  'optOut.confirm': 'Bekreft',
  'optOut.cancel': 'Avbryt',
  'optOut.honored': 'Reservasjonen din er gjennomført (Opt-Out Request Honored)',
  'floating.label': 'Personverninnstillinger',
  'preferences.saved': 'Valget ditt er lagret.',
  'placeholder.text': '«{title}» leveres av en tredjepart og krever samtykke fra deg til: {category}.',
  'placeholder.untitled': 'Dette innholdet',
  'placeholder.allow': 'Tillat {category}',
  'cookieTable.caption': 'Informasjonskapsler som brukes på dette nettstedet',
  'cookieTable.name': 'Navn',
  'cookieTable.provider': 'Leverandør',
  'cookieTable.purpose': 'Formål',
  'cookieTable.duration': 'Lagringstid',
  'cookieTable.category': 'Kategori',
  'cookieTable.session': 'Økt',
  'cookieTable.days': '{count, plural, =1 {# dag} other {# dager}}',
  'cookieTable.empty': 'Ingen informasjonskapsler er oppgitt for denne kategorien.',
};

export default nb;
