import type { Messages } from './en';

/**
 * Slovak texts for ConsentKit's banner. Load it only for visitors who need it: the `sk`
 * export (also the default) of the `@consentkit/banner/i18n/sk` subpath, passed as
 * `mountBanner(consent, { texts: { 'sk': sk } })`. The script-tag build ships it as
 * `i18n/sk.json` and fetches it only for visitors who read Slovak.
 * Formal register (vykanie: Vy, Váš). Terms as the Slovak DPA uses them: súhlas, odvolať súhlas, súbory cookie, osobné údaje.
 * Reviewer's glossary: docs/i18n.md.
 */
export const sk: Messages = {
  'banner.title': 'Vaše súkromie',
  'banner.description':
    'S Vaším súhlasom používame súbory cookie na štatistiku a reklamu. Ak ich odmietnete alebo toto okno zatvoríte, použijú sa iba nevyhnutné súbory cookie. Svoju voľbu môžete kedykoľvek zmeniť.',
  'banner.policy': 'Zásady ochrany osobných údajov',
  'banner.acceptAll': 'Prijať všetko',
  'banner.rejectAll': 'Odmietnuť všetko',
  'banner.preferences': 'Nastavenia',
  'banner.close': 'Zavrieť',
  'notice.description': 'Používame súbory cookie na štatistiku a reklamu. V Nastaveniach ich môžete vypnúť.',
  'preferences.title': 'Nastavenia súkromia',
  'preferences.description': 'Vyberte, ktoré súbory cookie smieme používať. Nevyhnutné súbory cookie sú vždy zapnuté.',
  'preferences.save': 'Uložiť',
  'preferences.cookies': 'Súbory cookie',
  'preferences.gpcConflict': 'Týmto pre tento web nahradíte svoj signál Global Privacy Control.',
  'category.necessary.label': 'Nevyhnutné',
  'category.necessary.description': 'Potrebné na fungovanie webu a zapamätanie Vašej voľby.',
  'category.analytics.label': 'Štatistika',
  'category.analytics.description': 'Štatistiky o používaní webu.',
  'category.targeting.label': 'Reklama',
  'category.targeting.description': 'Personalizovaná reklama a predaj alebo zdieľanie osobných údajov s reklamnými partnermi.',
  'optOut.title': 'Vaše voľby ochrany súkromia',
  'optOut.description': 'Zdieľame údaje s reklamnými partnermi na účely personalizovanej reklamy. Kedykoľvek môžete namietať.',
  'optOut.link': 'Nepredávať ani nezdieľať moje osobné údaje (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Namietate proti predaju a zdieľaniu svojich osobných údajov?',
  'optOut.confirm': 'Potvrdiť',
  'optOut.cancel': 'Zrušiť',
  'optOut.honored': 'Žiadosti o odmietnutie sa vyhovelo (Opt-Out Request Honored)',
  'floating.label': 'Nastavenia súkromia',
  'preferences.saved': 'Vaša voľba bola uložená.',
  'placeholder.text': '„{title}“ poskytuje tretia strana a vyžaduje Váš súhlas na: {category}.',
  'placeholder.untitled': 'Tento obsah',
  'placeholder.allow': 'Povoliť: {category}',
  'cookieTable.caption': 'Súbory cookie používané na tomto webe',
  'cookieTable.name': 'Názov',
  'cookieTable.provider': 'Poskytovateľ',
  'cookieTable.purpose': 'Účel',
  'cookieTable.duration': 'Doba uloženia',
  'cookieTable.category': 'Kategória',
  'cookieTable.session': 'Relácia',
  'cookieTable.days': '{count, plural, =1 {# deň} =2 {# dni} =3 {# dni} =4 {# dni} other {# dní}}',
  'cookieTable.empty': 'Pre túto kategóriu nie sú uvedené žiadne súbory cookie.',
};

export default sk;
