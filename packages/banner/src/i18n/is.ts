import type { Messages } from './en';

/**
 * Icelandic texts for ConsentKit's banner. Load it only for visitors who need it: the `is`
 * export (also the default) of the `@consentkit/banner/i18n/is` subpath, passed as
 * `mountBanner(consent, { texts: { 'is': is } })`. The script-tag build ships it as
 * `i18n/is.json` and fetches it only for visitors who read Icelandic.
 * Icelandic uses þú, also in official texts. Terms as Persónuvernd uses them: samþykki, afturkalla samþykki, vafrakökur, persónuupplýsingar.
 * Reviewer's glossary: docs/i18n.md.
 */
export const is: Messages = {
  'banner.title': 'Persónuvernd þín',
  'banner.description':
    'Með samþykki þínu notum við vafrakökur fyrir tölfræði og auglýsingar. Ef þú hafnar eða lokar þessu eru aðeins nauðsynlegar vafrakökur notaðar. Þú getur breytt vali þínu hvenær sem er.',
  'banner.policy': 'Persónuverndarstefna',
  'banner.acceptAll': 'Samþykkja allar',
  'banner.rejectAll': 'Hafna öllum',
  'banner.preferences': 'Stillingar',
  'banner.close': 'Loka',
  'notice.description': 'Við notum vafrakökur fyrir tölfræði og auglýsingar. Þú getur slökkt á þeim undir Stillingar.',
  'preferences.title': 'Persónuverndarstillingar',
  'preferences.description': 'Veldu hvaða vafrakökur við megum nota. Nauðsynlegar vafrakökur eru alltaf virkar.',
  'preferences.save': 'Vista',
  'preferences.cookies': 'Vafrakökur',
  'preferences.gpcConflict': 'Þetta gengur framar Global Privacy Control-merkinu þínu á þessum vef.',
  'category.necessary.label': 'Nauðsynlegar',
  'category.necessary.description': 'Nauðsynlegar til að vefurinn virki og til að muna val þitt.',
  'category.analytics.label': 'Tölfræði',
  'category.analytics.description': 'Tölfræði um notkun vefsins.',
  'category.targeting.label': 'Auglýsingar',
  'category.targeting.description': 'Sérsniðnar auglýsingar og sala eða miðlun persónuupplýsinga til auglýsingasamstarfsaðila.',
  'optOut.title': 'Persónuverndarval þitt',
  'optOut.description': 'Við deilum gögnum með auglýsingasamstarfsaðilum fyrir sérsniðnar auglýsingar. Þú getur andmælt því hvenær sem er.',
  'optOut.link': 'Ekki selja eða deila persónuupplýsingum mínum (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Andmæla sölu og miðlun persónuupplýsinga þinna?',
  'optOut.confirm': 'Staðfesta',
  'optOut.cancel': 'Hætta við',
  'optOut.honored': 'Orðið við andmælum (Opt-Out Request Honored)',
  'floating.label': 'Persónuverndarstillingar',
  'preferences.saved': 'Val þitt hefur verið vistað.',
  'placeholder.text': '„{title}“ kemur frá þriðja aðila og krefst samþykkis þíns fyrir: {category}.',
  'placeholder.untitled': 'Þetta efni',
  'placeholder.allow': 'Leyfa: {category}',
  'cookieTable.caption': 'Vafrakökur sem notaðar eru á þessum vef',
  'cookieTable.name': 'Heiti',
  'cookieTable.provider': 'Veitandi',
  'cookieTable.purpose': 'Tilgangur',
  'cookieTable.duration': 'Gildistími',
  'cookieTable.category': 'Flokkur',
  'cookieTable.session': 'Lota',
  'cookieTable.days': '{count, plural, =1 {# dagur} =21 {# dagur} =31 {# dagur} other {# dagar}}',
  'cookieTable.empty': 'Engar vafrakökur eru skráðar í þessum flokki.',
};

export default is;
