import type { Messages } from './en';

/**
 * Basque texts for ConsentKit's banner. Load it only for visitors who need it: the `eu`
 * export (also the default) of the `@consentkit/banner/i18n/eu` subpath, passed as
 * `mountBanner(consent, { texts: { 'eu': eu } })`. The script-tag build ships it as
 * `i18n/eu.json` and fetches it only for visitors who read Basque.
 * Basque addresses the reader with zu, which is the standard polite form. Terms as the Basque Data Protection Authority uses them: baimena, baimena kendu, cookieak, datu pertsonalak.
 * Reviewer's glossary: docs/i18n.md.
 */
export const eu: Messages = {
  'banner.title': 'Zure pribatutasuna',
  'banner.description':
    'Zure baimenarekin, analitikarako eta publizitaterako cookieak erabiltzen ditugu. Baztertzen baduzu edo ohar hau ixten baduzu, beharrezko cookieak soilik erabiliko dira. Zure aukera edozein unetan alda dezakezu.',
  'banner.policy': 'Pribatutasun-politika',
  'banner.acceptAll': 'Onartu guztiak',
  'banner.rejectAll': 'Baztertu guztiak',
  'banner.preferences': 'Hobespenak',
  'banner.close': 'Itxi',
  'notice.description': 'Analitikarako eta publizitaterako cookieak erabiltzen ditugu. Hobespenak atalean desaktiba ditzakezu.',
  'preferences.title': 'Pribatutasun-hobespenak',
  'preferences.description': 'Aukeratu zer cookie erabil ditzakegun. Beharrezko cookieak beti daude aktibatuta.',
  'preferences.save': 'Gorde',
  'preferences.cookies': 'Cookieak',
  'preferences.gpcConflict': 'Honek, webgune honetarako, zure Global Privacy Control seinalea baliogabetzen du.',
  'category.necessary.label': 'Beharrezkoak',
  'category.necessary.description': 'Webguneak funtziona dezan eta zure aukera gogoratzeko behar dira.',
  'category.analytics.label': 'Analitika',
  'category.analytics.description': 'Webgunearen erabilerari buruzko estatistikak.',
  'category.targeting.label': 'Publizitatea',
  'category.targeting.description': 'Publizitate pertsonalizatua, eta informazio pertsonala publizitate-bazkideei saltzea edo haiekin partekatzea.',
  'optOut.title': 'Zure pribatutasun-aukerak',
  'optOut.description': 'Publizitate-bazkideekin datuak partekatzen ditugu iragarki pertsonalizatuetarako. Edozein unetan egin dezakezu aurka.',
  'optOut.link': 'Ez saldu eta ez partekatu nire informazio pertsonala (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Zure informazio pertsonala saltzearen eta partekatzearen aurka egin nahi duzu?',
  'optOut.confirm': 'Berretsi',
  'optOut.cancel': 'Utzi',
  'optOut.honored': 'Aurka egiteko eskaera bete da (Opt-Out Request Honored)',
  'floating.label': 'Pribatutasun-ezarpenak',
  'preferences.saved': 'Zure aukera gorde da.',
  'placeholder.text': '«{title}» hirugarren batek ematen du, eta zure baimena behar du honetarako: {category}.',
  'placeholder.untitled': 'Eduki hau',
  'placeholder.allow': 'Baimendu: {category}',
  'cookieTable.caption': 'Webgune honek erabiltzen dituen cookieak',
  'cookieTable.name': 'Izena',
  'cookieTable.provider': 'Hornitzailea',
  'cookieTable.purpose': 'Helburua',
  'cookieTable.duration': 'Iraupena',
  'cookieTable.category': 'Kategoria',
  'cookieTable.session': 'Saioa',
  'cookieTable.days': '{count} egun',
  'cookieTable.empty': 'Ez da cookierik adierazi kategoria honetarako.',
};

export default eu;
