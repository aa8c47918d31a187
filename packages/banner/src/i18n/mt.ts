import type { Messages } from './en';

/**
 * Maltese texts for ConsentKit's banner. Load it only for visitors who need it: the `mt`
 * export (also the default) of the `@consentkit/banner/i18n/mt` subpath, passed as
 * `mountBanner(consent, { texts: { 'mt': mt } })`. The script-tag build ships it as
 * `i18n/mt.json` and fetches it only for visitors who read Maltese.
 * Maltese addresses the reader with int (tiegħek), as Maltese public bodies do on the web. Terms as the IDPC uses them: kunsens, tirtira l-kunsens, cookies, data personali.
 * Reviewer's glossary: docs/i18n.md.
 */
export const mt: Messages = {
  'banner.title': 'Il-privatezza tiegħek',
  'banner.description':
    'Bil-kunsens tiegħek nużaw cookies għall-istatistika u r-reklami. Jekk tirrifjuta jew tagħlaq dan, jintużaw biss il-cookies meħtieġa. Tista’ tibdel l-għażla tiegħek meta trid.',
  'banner.policy': 'Politika tal-privatezza',
  'banner.acceptAll': 'Aċċetta kollox',
  'banner.rejectAll': 'Irrifjuta kollox',
  'banner.preferences': 'Preferenzi',
  'banner.close': 'Agħlaq',
  'notice.description': 'Nużaw cookies għall-istatistika u r-reklami. Tista’ titfihom mill-Preferenzi.',
  'preferences.title': 'Preferenzi tal-privatezza',
  'preferences.description': 'Agħżel liema cookies nistgħu nużaw. Il-cookies meħtieġa huma dejjem attivi.',
  'preferences.save': 'Issejvja',
  'preferences.cookies': 'Cookies',
  'preferences.gpcConflict': 'Dan jieħu post is-sinjal Global Privacy Control tiegħek għal dan is-sit.',
  'category.necessary.label': 'Meħtieġa',
  'category.necessary.description': 'Meħtieġa biex is-sit jaħdem u biex tiġi mfakkra l-għażla tiegħek.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Statistika dwar l-użu tas-sit.',
  'category.targeting.label': 'Reklamar',
  'category.targeting.description': 'Reklami personalizzati, u bejgħ jew qsim ta’ informazzjoni personali ma’ msieħba tar-reklamar.',
  'optOut.title': 'L-għażliet tal-privatezza tiegħek',
  'optOut.description': 'Naqsmu d-data ma’ msieħba tar-reklamar għal reklami personalizzati. Tista’ toġġezzjona meta trid.',
  'optOut.link': 'Tbigħx u taqsamx l-informazzjoni personali tiegħi (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Toġġezzjona għall-bejgħ u l-qsim tal-informazzjoni personali tiegħek?',
  'optOut.confirm': 'Ikkonferma',
  'optOut.cancel': 'Ikkanċella',
  'optOut.honored': 'It-talba ta’ oġġezzjoni ġiet onorata (Opt-Out Request Honored)',
  'floating.label': 'Settings tal-privatezza',
  'preferences.saved': 'L-għażla tiegħek ġiet issejvjata.',
  'placeholder.text': '“{title}” huwa pprovdut minn parti terza u jeħtieġ il-kunsens tiegħek għal: {category}.',
  'placeholder.untitled': 'Dan il-kontenut',
  'placeholder.allow': 'Ippermetti: {category}',
  'cookieTable.caption': 'Cookies użati fuq dan is-sit',
  'cookieTable.name': 'Isem',
  'cookieTable.provider': 'Fornitur',
  'cookieTable.purpose': 'Skop',
  'cookieTable.duration': 'Tul ta’ żmien',
  'cookieTable.category': 'Kategorija',
  'cookieTable.session': 'Sessjoni',
  'cookieTable.days':
    '{count, plural, =1 {jum wieħed} =2 {jumejn} =3 {# ijiem} =4 {# ijiem} =5 {# ijiem} =6 {# ijiem} =7 {# ijiem} =8 {# ijiem} =9 {# ijiem} =10 {# ijiem} other {# jum}}',
  'cookieTable.empty': 'Ma hemm l-ebda cookies iddikjarati għal din il-kategorija.',
};

export default mt;
