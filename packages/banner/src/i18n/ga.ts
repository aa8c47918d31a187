import type { Messages } from './en';

/**
 * Irish texts for ConsentKit's banner. Load it only for visitors who need it: the `ga`
 * export (also the default) of the `@consentkit/banner/i18n/ga` subpath, passed as
 * `mountBanner(consent, { texts: { 'ga': ga } })`. The script-tag build ships it as
 * `i18n/ga.json` and fetches it only for visitors who read Irish.
 * Irish addresses the reader with tú, as Irish public bodies do on the web. Terms as the Data Protection Commission's Irish pages use them: toiliú, toiliú a tharraingt siar, fianáin, sonraí pearsanta.
 * Reviewer's glossary: docs/i18n.md.
 */
export const ga: Messages = {
  'banner.title': 'Do phríobháideachas',
  'banner.description':
    'Le do thoiliú, úsáidimid fianáin le haghaidh staitisticí agus fógraí. Má dhiúltaíonn tú nó má dhúnann tú é seo, ní úsáidtear ach fianáin riachtanacha. Is féidir leat do rogha a athrú am ar bith.',
  'banner.policy': 'Beartas príobháideachais',
  'banner.acceptAll': 'Glac le gach ceann',
  'banner.rejectAll': 'Diúltaigh do gach ceann',
  'banner.preferences': 'Roghanna',
  'banner.close': 'Dún',
  'notice.description': 'Úsáidimid fianáin le haghaidh staitisticí agus fógraí. Is féidir leat iad a mhúchadh faoi Roghanna.',
  'preferences.title': 'Roghanna príobháideachais',
  'preferences.description': 'Roghnaigh na fianáin a bhfuil cead againn iad a úsáid. Bíonn na fianáin riachtanacha ar siúl i gcónaí.',
  'preferences.save': 'Sábháil',
  'preferences.cookies': 'Fianáin',
  'preferences.gpcConflict': 'Sáraíonn sé seo do chomhartha Global Privacy Control don suíomh seo.',
  'category.necessary.label': 'Riachtanach',
  'category.necessary.description': 'Teastaíonn siad chun go n-oibreoidh an suíomh agus chun do rogha a mheabhrú.',
  'category.analytics.label': 'Staitisticí',
  'category.analytics.description': 'Staitisticí faoin úsáid a bhaintear as an suíomh.',
  'category.targeting.label': 'Fógraíocht',
  'category.targeting.description': 'Fógraí pearsantaithe, agus faisnéis phearsanta a dhíol nó a chomhroinnt le comhpháirtithe fógraíochta.',
  'optOut.title': 'Do roghanna príobháideachais',
  'optOut.description': 'Comhroinnimid sonraí le comhpháirtithe fógraíochta le haghaidh fógraí pearsantaithe. Is féidir leat diúltú dó sin am ar bith.',
  'optOut.link': 'Ná díol agus ná comhroinn m’fhaisnéis phearsanta (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'An bhfuil tú ag diúltú do dhíol agus do chomhroinnt d’fhaisnéise pearsanta?',
  'optOut.confirm': 'Deimhnigh',
  'optOut.cancel': 'Cealaigh',
  'optOut.honored': 'Comhlíonadh an t-iarratas diúltaithe (Opt-Out Request Honored)',
  'floating.label': 'Socruithe príobháideachais',
  'preferences.saved': 'Sábháladh do rogha.',
  'placeholder.text': 'Is tríú páirtí a sholáthraíonn “{title}” agus teastaíonn do thoiliú chuige seo: {category}.',
  'placeholder.untitled': 'An t-ábhar seo',
  'placeholder.allow': 'Ceadaigh: {category}',
  'cookieTable.caption': 'Fianáin a úsáidtear ar an suíomh seo',
  'cookieTable.name': 'Ainm',
  'cookieTable.provider': 'Soláthraí',
  'cookieTable.purpose': 'Cuspóir',
  'cookieTable.duration': 'Fad',
  'cookieTable.category': 'Catagóir',
  'cookieTable.session': 'Seisiún',
  'cookieTable.days': '{count} lá',
  'cookieTable.empty': 'Níl aon fhianáin fógartha don chatagóir seo.',
};

export default ga;
