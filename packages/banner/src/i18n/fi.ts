import type { Messages } from './en';

/**
 * Finnish texts for ConsentKit's banner. Load it only for visitors who need it: the `fi`
 * export (also the default) of the `@consentkit/banner/i18n/fi` subpath, passed as
 * `mountBanner(consent, { texts: { 'fi': fi } })`. The script-tag build ships it as
 * `i18n/fi.json` and fetches it only for visitors who read Finnish.
 * Neutral, polite Finnish (passive and imperative forms; sinä as on Finnish public-sector sites). Terms as the Data Protection Ombudsman and Traficom use them: suostumus, peruuttaa suostumus, evästeet, henkilötiedot.
 * Reviewer's glossary: docs/i18n.md.
 */
export const fi: Messages = {
  'banner.title': 'Yksityisyytesi',
  'banner.description':
    'Suostumuksellasi käytämme evästeitä tilastointiin ja mainontaan. Jos kieltäydyt tai suljet tämän ilmoituksen, käytetään vain välttämättömiä evästeitä. Voit muuttaa valintaasi milloin tahansa.',
  'banner.policy': 'Tietosuojaseloste',
  'banner.acceptAll': 'Hyväksy kaikki',
  'banner.rejectAll': 'Hylkää kaikki',
  'banner.preferences': 'Asetukset',
  'banner.close': 'Sulje',
  'notice.description': 'Käytämme evästeitä tilastointiin ja mainontaan. Voit poistaa ne käytöstä kohdassa Asetukset.',
  'preferences.title': 'Tietosuoja-asetukset',
  'preferences.description': 'Valitse, mitä evästeitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä.',
  'preferences.save': 'Tallenna',
  'preferences.cookies': 'Evästeet',
  'preferences.gpcConflict': 'Tämä ohittaa tällä sivustolla Global Privacy Control -signaalisi.',
  'category.necessary.label': 'Välttämättömät',
  'category.necessary.description': 'Tarvitaan sivuston toimintaan ja valintasi muistamiseen.',
  'category.analytics.label': 'Tilastointi',
  'category.analytics.description': 'Tilastoja sivuston käytöstä.',
  'category.targeting.label': 'Mainonta',
  'category.targeting.description': 'Kohdennettu mainonta sekä henkilötietojen myynti tai jakaminen mainoskumppaneille.',
  'optOut.title': 'Tietosuojavalintasi',
  'optOut.description': 'Jaamme tietoja mainoskumppaneille kohdennettua mainontaa varten. Voit kieltää tämän milloin tahansa.',
  'optOut.link': 'Älä myy tai jaa henkilötietojani (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Kielletäänkö henkilötietojesi myynti ja jakaminen?',
  'optOut.confirm': 'Vahvista',
  'optOut.cancel': 'Peruuta',
  'optOut.honored': 'Kieltopyyntö on toteutettu (Opt-Out Request Honored)',
  'floating.label': 'Tietosuoja-asetukset',
  'preferences.saved': 'Valintasi on tallennettu.',
  'placeholder.text': '”{title}” on kolmannen osapuolen sisältöä ja vaatii suostumuksesi: {category}.',
  'placeholder.untitled': 'Tämä sisältö',
  'placeholder.allow': 'Salli: {category}',
  'cookieTable.caption': 'Sivustolla käytettävät evästeet',
  'cookieTable.name': 'Nimi',
  'cookieTable.provider': 'Palveluntarjoaja',
  'cookieTable.purpose': 'Käyttötarkoitus',
  'cookieTable.duration': 'Säilytysaika',
  'cookieTable.category': 'Luokka',
  'cookieTable.session': 'Istunto',
  'cookieTable.days': '{count, plural, =1 {# päivä} other {# päivää}}',
  'cookieTable.empty': 'Tähän luokkaan ei ole ilmoitettu evästeitä.',
};

export default fi;
