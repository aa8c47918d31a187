import type { Messages } from './en';

/**
 * Slovenian texts for ConsentKit's banner. Load it only for visitors who need it: the `sl`
 * export (also the default) of the `@consentkit/banner/i18n/sl` subpath, passed as
 * `mountBanner(consent, { texts: { 'sl': sl } })`. The script-tag build ships it as
 * `i18n/sl.json` and fetches it only for visitors who read Slovenian.
 * Formal register (vikanje: vi, vaš). Terms as the Information Commissioner (IP RS) uses them: privolitev, preklicati privolitev, piškotki, osebni podatki.
 * Reviewer's glossary: docs/i18n.md.
 */
export const sl: Messages = {
  'banner.title': 'Vaša zasebnost',
  'banner.description':
    'Z vašo privolitvijo uporabljamo piškotke za statistiko in oglaševanje. Če jih zavrnete ali to obvestilo zaprete, se uporabljajo le nujni piškotki. Svojo izbiro lahko kadar koli spremenite.',
  'banner.policy': 'Politika zasebnosti',
  'banner.acceptAll': 'Sprejmi vse',
  'banner.rejectAll': 'Zavrni vse',
  'banner.preferences': 'Nastavitve',
  'banner.close': 'Zapri',
  'notice.description': 'Piškotke uporabljamo za statistiko in oglaševanje. Izklopite jih lahko v Nastavitvah.',
  'preferences.title': 'Nastavitve zasebnosti',
  'preferences.description': 'Izberite, katere piškotke smemo uporabljati. Nujni piškotki so vedno vklopljeni.',
  'preferences.save': 'Shrani',
  'preferences.cookies': 'Piškotki',
  'preferences.gpcConflict': 'S tem za to spletno mesto preglasite svoj signal Global Privacy Control.',
  'category.necessary.label': 'Nujni',
  'category.necessary.description': 'Potrebni za delovanje spletnega mesta in za pomnjenje vaše izbire.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Statistika o uporabi spletnega mesta.',
  'category.targeting.label': 'Oglaševanje',
  'category.targeting.description': 'Prilagojeni oglasi ter prodaja ali deljenje osebnih podatkov z oglaševalskimi partnerji.',
  'optOut.title': 'Vaše izbire glede zasebnosti',
  'optOut.description': 'Podatke delimo z oglaševalskimi partnerji za prilagojene oglase. Temu lahko kadar koli ugovarjate.',
  'optOut.link': 'Ne prodajajte in ne delite mojih osebnih podatkov (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Ali ugovarjate prodaji in deljenju svojih osebnih podatkov?',
  'optOut.confirm': 'Potrdi',
  'optOut.cancel': 'Prekliči',
  'optOut.honored': 'Zahtevi za zavrnitev je ugodeno (Opt-Out Request Honored)',
  'floating.label': 'Nastavitve zasebnosti',
  'preferences.saved': 'Vaša izbira je shranjena.',
  'placeholder.text': '»{title}« zagotavlja tretja oseba in zahteva vašo privolitev za: {category}.',
  'placeholder.untitled': 'Ta vsebina',
  'placeholder.allow': 'Dovoli: {category}',
  'cookieTable.caption': 'Piškotki, ki jih uporablja to spletno mesto',
  'cookieTable.name': 'Ime',
  'cookieTable.provider': 'Ponudnik',
  'cookieTable.purpose': 'Namen',
  'cookieTable.duration': 'Trajanje',
  'cookieTable.category': 'Kategorija',
  'cookieTable.session': 'Seja',
  'cookieTable.days': '{count, plural, =1 {# dan} =2 {# dneva} =3 {# dnevi} =4 {# dnevi} other {# dni}}',
  'cookieTable.empty': 'Za to kategorijo ni navedenih piškotkov.',
};

export default sl;
