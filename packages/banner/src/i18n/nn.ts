import type { Messages } from './en';

/**
 * Norwegian Nynorsk texts for ConsentKit's banner. Load it only for visitors who need it: the `nn`
 * export (also the default) of the `@consentkit/banner/i18n/nn` subpath, passed as
 * `mountBanner(consent, { texts: { 'nn': nn } })`. The script-tag build ships it as
 * `i18n/nn.json` and fetches it only for visitors who read Norwegian Nynorsk.
 * Nynorsk with du, as in official texts. Terms as Datatilsynet's Nynorsk pages use them: samtykke, trekkje tilbake samtykket, informasjonskapslar, personopplysningar.
 * Reviewer's glossary: docs/i18n.md.
 */
export const nn: Messages = {
  'banner.title': 'Personvernet ditt',
  'banner.description':
    'Med samtykket ditt bruker vi informasjonskapslar til statistikk og annonsar. Dersom du avslår eller lukkar dette, blir berre nødvendige informasjonskapslar brukte. Du kan når som helst endre valet ditt.',
  'banner.policy': 'Personvernerklæring',
  'banner.acceptAll': 'Godta alle',
  'banner.rejectAll': 'Avslå alle',
  'banner.preferences': 'Innstillingar',
  'banner.close': 'Lukk',
  'notice.description': 'Vi bruker informasjonskapslar til statistikk og annonsar. Du kan slå dei av under Innstillingar.',
  'preferences.title': 'Personverninnstillingar',
  'preferences.description': 'Vel kva informasjonskapslar vi får bruke. Nødvendige informasjonskapslar er alltid på.',
  'preferences.save': 'Lagre',
  'preferences.cookies': 'Informasjonskapslar',
  'preferences.gpcConflict': 'Dette overstyrer Global Privacy Control-signalet ditt for denne nettstaden.',
  'category.necessary.label': 'Nødvendige',
  'category.necessary.description': 'Trengst for at nettstaden skal fungere og for å hugse valet ditt.',
  'category.analytics.label': 'Statistikk',
  'category.analytics.description': 'Statistikk om korleis nettstaden blir brukt.',
  'category.targeting.label': 'Annonsar',
  'category.targeting.description': 'Tilpassa annonsar og sal eller deling av personopplysningar med annonsepartnarar.',
  'optOut.title': 'Personvernvala dine',
  'optOut.description': 'Vi deler data med annonsepartnarar for tilpassa annonsar. Du kan når som helst reservere deg.',
  'optOut.link': 'Ikkje sel eller del personopplysningane mine (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Reservere deg mot sal og deling av personopplysningane dine?',
  'optOut.confirm': 'Stadfest',
  'optOut.cancel': 'Avbryt',
  'optOut.honored': 'Reservasjonen din er gjennomført (Opt-Out Request Honored)',
  'floating.label': 'Personverninnstillingar',
  'preferences.saved': 'Valet ditt er lagra.',
  'placeholder.text': '«{title}» kjem frå ein tredjepart og krev samtykke frå deg til: {category}.',
  'placeholder.untitled': 'Dette innhaldet',
  'placeholder.allow': 'Tillat {category}',
  'cookieTable.caption': 'Informasjonskapslar som blir brukte på denne nettstaden',
  'cookieTable.name': 'Namn',
  'cookieTable.provider': 'Leverandør',
  'cookieTable.purpose': 'Føremål',
  'cookieTable.duration': 'Lagringstid',
  'cookieTable.category': 'Kategori',
  'cookieTable.session': 'Økt',
  'cookieTable.days': '{count, plural, =1 {# dag} other {# dagar}}',
  'cookieTable.empty': 'Ingen informasjonskapslar er oppgitt for denne kategorien.',
};

export default nn;
