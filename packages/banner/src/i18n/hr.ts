import type { Messages } from './en';

/**
 * Croatian texts for ConsentKit's banner. Load it only for visitors who need it: the `hr`
 * export (also the default) of the `@consentkit/banner/i18n/hr` subpath, passed as
 * `mountBanner(consent, { texts: { 'hr': hr } })`. The script-tag build ships it as
 * `i18n/hr.json` and fetches it only for visitors who read Croatian.
 * Formal register (Vi, Vaš). Terms as AZOP uses them: privola, povući privolu, kolačići, osobni podaci.
 * Reviewer's glossary: docs/i18n.md.
 */
export const hr: Messages = {
  'banner.title': 'Vaša privatnost',
  'banner.description':
    'Uz Vašu privolu koristimo kolačiće za statistiku i oglase. Ako ih odbijete ili zatvorite ovu obavijest, koriste se samo nužni kolačići. Svoj odabir možete promijeniti u bilo kojem trenutku.',
  'banner.policy': 'Politika privatnosti',
  'banner.acceptAll': 'Prihvati sve',
  'banner.rejectAll': 'Odbij sve',
  'banner.preferences': 'Postavke',
  'banner.close': 'Zatvori',
  'notice.description': 'Koristimo kolačiće za statistiku i oglase. Možete ih isključiti u Postavkama.',
  'preferences.title': 'Postavke privatnosti',
  'preferences.description': 'Odaberite koje kolačiće smijemo koristiti. Nužni kolačići uvijek su uključeni.',
  'preferences.save': 'Spremi',
  'preferences.cookies': 'Kolačići',
  'preferences.gpcConflict': 'Time za ovo web-mjesto poništavate svoj signal Global Privacy Control.',
  'category.necessary.label': 'Nužni',
  'category.necessary.description': 'Potrebni za rad web-mjesta i pamćenje Vašeg odabira.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Statistika o korištenju web-mjesta.',
  'category.targeting.label': 'Oglašavanje',
  'category.targeting.description': 'Personalizirani oglasi te prodaja ili dijeljenje osobnih podataka s oglašivačkim partnerima.',
  'optOut.title': 'Vaši odabiri privatnosti',
  'optOut.description': 'Dijelimo podatke s oglašivačkim partnerima radi personaliziranih oglasa. U bilo kojem trenutku možete uložiti prigovor.',
  'optOut.link': 'Nemojte prodavati ni dijeliti moje osobne podatke (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Želite li uložiti prigovor na prodaju i dijeljenje Vaših osobnih podataka?',
  'optOut.confirm': 'Potvrdi',
  'optOut.cancel': 'Odustani',
  'optOut.honored': 'Zahtjev za izuzeće je ispunjen (Opt-Out Request Honored)',
  'floating.label': 'Postavke privatnosti',
  'preferences.saved': 'Vaš je odabir spremljen.',
  'placeholder.text': '„{title}” pruža treća strana i potrebna je Vaša privola za: {category}.',
  'placeholder.untitled': 'Ovaj sadržaj',
  'placeholder.allow': 'Dopusti: {category}',
  'cookieTable.caption': 'Kolačići koji se koriste na ovom web-mjestu',
  'cookieTable.name': 'Naziv',
  'cookieTable.provider': 'Pružatelj',
  'cookieTable.purpose': 'Svrha',
  'cookieTable.duration': 'Trajanje',
  'cookieTable.category': 'Kategorija',
  'cookieTable.session': 'Sesija',
  'cookieTable.days': '{count, plural, =1 {# dan} =21 {# dan} =31 {# dan} other {# dana}}',
  'cookieTable.empty': 'Za ovu kategoriju nisu navedeni kolačići.',
};

export default hr;
