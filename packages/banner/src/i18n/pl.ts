import type { Messages } from './en';

/**
 * Polish texts for ConsentKit's banner. Load it only for visitors who need it: the `pl`
 * export (also the default) of the `@consentkit/banner/i18n/pl` subpath, passed as
 * `mountBanner(consent, { texts: { 'pl': pl } })`. The script-tag build ships it as
 * `i18n/pl.json` and fetches it only for visitors who read Polish.
 * The capitalised second person (Twój, Ty) that Polish websites and the UODO's own guidance use as their polite register online (Pan/Pani would force a gender on every sentence). Terms as the UODO uses them: zgoda, wycofać zgodę, pliki cookie, dane osobowe.
 * Reviewer's glossary: docs/i18n.md.
 */
export const pl: Messages = {
  'banner.title': 'Twoja prywatność',
  'banner.description':
    'Za Twoją zgodą używamy plików cookie do statystyk i reklam. Jeśli odmówisz lub zamkniesz to okno, użyjemy tylko niezbędnych plików cookie. Swój wybór możesz zmienić w każdej chwili.',
  'banner.policy': 'Polityka prywatności',
  'banner.acceptAll': 'Akceptuj wszystkie',
  'banner.rejectAll': 'Odrzuć wszystkie',
  'banner.preferences': 'Ustawienia',
  'banner.close': 'Zamknij',
  'notice.description': 'Używamy plików cookie do statystyk i reklam. Możesz je wyłączyć w Ustawieniach.',
  'preferences.title': 'Ustawienia prywatności',
  'preferences.description': 'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone.',
  'preferences.save': 'Zapisz',
  'preferences.cookies': 'Pliki cookie',
  'preferences.gpcConflict': 'Dla tej witryny zastępuje to Twój sygnał Global Privacy Control.',
  'category.necessary.label': 'Niezbędne',
  'category.necessary.description': 'Potrzebne do działania witryny i zapamiętania Twojego wyboru.',
  'category.analytics.label': 'Statystyka',
  'category.analytics.description': 'Statystyki korzystania z witryny.',
  'category.targeting.label': 'Reklama',
  'category.targeting.description': 'Reklamy spersonalizowane oraz sprzedaż lub udostępnianie danych osobowych partnerom reklamowym.',
  'optOut.title': 'Twoje wybory dotyczące prywatności',
  'optOut.description': 'Udostępniamy dane partnerom reklamowym w celu personalizacji reklam. Możesz w każdej chwili się temu sprzeciwić.',
  'optOut.link': 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Sprzeciwić się sprzedaży i udostępnianiu Twoich danych osobowych?',
  'optOut.confirm': 'Potwierdź',
  'optOut.cancel': 'Anuluj',
  'optOut.honored': 'Sprzeciw uwzględniony (Opt-Out Request Honored)',
  'floating.label': 'Ustawienia prywatności',
  'preferences.saved': 'Twój wybór został zapisany.',
  'placeholder.text': '„{title}” pochodzi od strony trzeciej i wymaga Twojej zgody na: {category}.',
  'placeholder.untitled': 'Ta treść',
  'placeholder.allow': 'Zezwól: {category}',
  'cookieTable.caption': 'Pliki cookie używane w tej witrynie',
  'cookieTable.name': 'Nazwa',
  'cookieTable.provider': 'Dostawca',
  'cookieTable.purpose': 'Cel',
  'cookieTable.duration': 'Okres przechowywania',
  'cookieTable.category': 'Kategoria',
  'cookieTable.session': 'Sesja',
  'cookieTable.days': '{count, plural, =1 {# dzień} other {# dni}}',
  'cookieTable.empty': 'Dla tej kategorii nie zadeklarowano plików cookie.',
};

export default pl;
