import type { Messages } from './en';

/**
 * Hungarian texts for ConsentKit's banner. Load it only for visitors who need it: the `hu`
 * export (also the default) of the `@consentkit/banner/i18n/hu` subpath, passed as
 * `mountBanner(consent, { texts: { 'hu': hu } })`. The script-tag build ships it as
 * `i18n/hu.json` and fetches it only for visitors who read Hungarian.
 * Formal register (Ön). Terms as the NAIH uses them: hozzájárulás, hozzájárulás visszavonása, sütik, személyes adatok.
 * Reviewer's glossary: docs/i18n.md.
 */
export const hu: Messages = {
  'banner.title': 'Az Ön adatainak védelme',
  'banner.description':
    'Az Ön hozzájárulásával sütiket használunk statisztikai és hirdetési célra. Ha elutasítja vagy bezárja ezt az ablakot, csak a szükséges sütiket használjuk. Döntését bármikor megváltoztathatja.',
  'banner.policy': 'Adatvédelmi tájékoztató',
  'banner.acceptAll': 'Összes elfogadása',
  'banner.rejectAll': 'Összes elutasítása',
  'banner.preferences': 'Beállítások',
  'banner.close': 'Bezárás',
  'notice.description': 'Statisztikai és hirdetési célra sütiket használunk. Ezeket a Beállításokban kikapcsolhatja.',
  'preferences.title': 'Adatvédelmi beállítások',
  'preferences.description': 'Válassza ki, mely sütiket használhatjuk. A szükséges sütik mindig be vannak kapcsolva.',
  'preferences.save': 'Mentés',
  'preferences.cookies': 'Sütik',
  'preferences.gpcConflict': 'Ezzel ezen a webhelyen felülírja a Global Privacy Control jelzését.',
  'category.necessary.label': 'Szükséges',
  'category.necessary.description': 'A webhely működéséhez és az Ön döntésének megjegyzéséhez kellenek.',
  'category.analytics.label': 'Statisztika',
  'category.analytics.description': 'Statisztika a webhely használatáról.',
  'category.targeting.label': 'Hirdetések',
  'category.targeting.description': 'Személyre szabott hirdetések, valamint személyes adatok eladása vagy megosztása hirdetési partnerekkel.',
  'optOut.title': 'Az Ön adatvédelmi beállításai',
  'optOut.description': 'Adatokat osztunk meg hirdetési partnerekkel személyre szabott hirdetésekhez. Ez ellen bármikor tiltakozhat.',
  'optOut.link': 'Ne adják el és ne osszák meg a személyes adataimat (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Tiltakozik személyes adatai eladása és megosztása ellen?',
  'optOut.confirm': 'Megerősítés',
  'optOut.cancel': 'Mégse',
  'optOut.honored': 'Tiltakozását teljesítettük (Opt-Out Request Honored)',
  'floating.label': 'Adatvédelmi beállítások',
  'preferences.saved': 'Döntését mentettük.',
  'placeholder.text': 'A(z) „{title}” tartalmat harmadik fél szolgáltatja, és az Ön hozzájárulása szükséges hozzá: {category}.',
  'placeholder.untitled': 'Ez a tartalom',
  'placeholder.allow': 'Engedélyezés: {category}',
  'cookieTable.caption': 'A webhelyen használt sütik',
  'cookieTable.name': 'Név',
  'cookieTable.provider': 'Szolgáltató',
  'cookieTable.purpose': 'Cél',
  'cookieTable.duration': 'Időtartam',
  'cookieTable.category': 'Kategória',
  'cookieTable.session': 'Munkamenet',
  'cookieTable.days': '{count} nap',
  'cookieTable.empty': 'Ebben a kategóriában nincs megadott süti.',
};

export default hu;
