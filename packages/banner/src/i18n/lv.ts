import type { Messages } from './en';

/**
 * Latvian texts for ConsentKit's banner. Load it only for visitors who need it: the `lv`
 * export (also the default) of the `@consentkit/banner/i18n/lv` subpath, passed as
 * `mountBanner(consent, { texts: { 'lv': lv } })`. The script-tag build ships it as
 * `i18n/lv.json` and fetches it only for visitors who read Latvian.
 * Formal register (Jūs). Terms as the Data State Inspectorate (DVI) uses them: piekrišana, atsaukt piekrišanu, sīkdatnes, personas dati.
 * Reviewer's glossary: docs/i18n.md.
 */
export const lv: Messages = {
  'banner.title': 'Jūsu privātums',
  'banner.description':
    'Ar Jūsu piekrišanu mēs izmantojam sīkdatnes statistikai un reklāmai. Ja atsakāties vai aizverat šo paziņojumu, tiek izmantotas tikai nepieciešamās sīkdatnes. Savu izvēli varat mainīt jebkurā laikā.',
  'banner.policy': 'Privātuma politika',
  'banner.acceptAll': 'Pieņemt visas',
  'banner.rejectAll': 'Noraidīt visas',
  'banner.preferences': 'Iestatījumi',
  'banner.close': 'Aizvērt',
  'notice.description': 'Mēs izmantojam sīkdatnes statistikai un reklāmai. Tās varat izslēgt sadaļā Iestatījumi.',
  'preferences.title': 'Privātuma iestatījumi',
  'preferences.description': 'Izvēlieties, kuras sīkdatnes mēs drīkstam izmantot. Nepieciešamās sīkdatnes vienmēr ir ieslēgtas.',
  'preferences.save': 'Saglabāt',
  'preferences.cookies': 'Sīkdatnes',
  'preferences.gpcConflict': 'Šajā vietnē tas aizstāj Jūsu Global Privacy Control signālu.',
  'category.necessary.label': 'Nepieciešamās',
  'category.necessary.description': 'Vajadzīgas vietnes darbībai un Jūsu izvēles atcerēšanai.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Statistika par vietnes lietošanu.',
  'category.targeting.label': 'Reklāma',
  'category.targeting.description': 'Personalizēta reklāma, kā arī personas datu pārdošana vai kopīgošana ar reklāmas partneriem.',
  'optOut.title': 'Jūsu privātuma izvēles',
  'optOut.description': 'Mēs kopīgojam datus ar reklāmas partneriem personalizētai reklāmai. Jūs jebkurā laikā varat no tā atteikties.',
  'optOut.link': 'Nepārdot un nekopīgot manus personas datus (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Vai atteikties no Jūsu personas datu pārdošanas un kopīgošanas?',
  'optOut.confirm': 'Apstiprināt',
  'optOut.cancel': 'Atcelt',
  'optOut.honored': 'Atteikuma pieprasījums izpildīts (Opt-Out Request Honored)',
  'floating.label': 'Privātuma iestatījumi',
  'preferences.saved': 'Jūsu izvēle ir saglabāta.',
  'placeholder.text': '“{title}” nodrošina trešā puse, un tam nepieciešama Jūsu piekrišana: {category}.',
  'placeholder.untitled': 'Šis saturs',
  'placeholder.allow': 'Atļaut: {category}',
  'cookieTable.caption': 'Šajā vietnē izmantotās sīkdatnes',
  'cookieTable.name': 'Nosaukums',
  'cookieTable.provider': 'Nodrošinātājs',
  'cookieTable.purpose': 'Nolūks',
  'cookieTable.duration': 'Glabāšanas laiks',
  'cookieTable.category': 'Kategorija',
  'cookieTable.session': 'Sesija',
  'cookieTable.days': '{count} d.',
  'cookieTable.empty': 'Šai kategorijai nav norādīta neviena sīkdatne.',
};

export default lv;
