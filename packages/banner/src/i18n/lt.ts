import type { Messages } from './en';

/**
 * Lithuanian texts for ConsentKit's banner. Load it only for visitors who need it: the `lt`
 * export (also the default) of the `@consentkit/banner/i18n/lt` subpath, passed as
 * `mountBanner(consent, { texts: { 'lt': lt } })`. The script-tag build ships it as
 * `i18n/lt.json` and fetches it only for visitors who read Lithuanian.
 * Formal register (Jūs). Terms as the State Data Protection Inspectorate (VDAI) uses them: sutikimas, atšaukti sutikimą, slapukai, asmens duomenys.
 * Reviewer's glossary: docs/i18n.md.
 */
export const lt: Messages = {
  'banner.title': 'Jūsų privatumas',
  'banner.description':
    'Jums sutikus, naudojame slapukus statistikai ir reklamai. Jei atsisakysite arba uždarysite šį pranešimą, bus naudojami tik būtinieji slapukai. Savo pasirinkimą galite bet kada pakeisti.',
  'banner.policy': 'Privatumo politika',
  'banner.acceptAll': 'Priimti visus',
  'banner.rejectAll': 'Atmesti visus',
  'banner.preferences': 'Nustatymai',
  'banner.close': 'Uždaryti',
  'notice.description': 'Naudojame slapukus statistikai ir reklamai. Juos galite išjungti skiltyje „Nustatymai“.',
  'preferences.title': 'Privatumo nustatymai',
  'preferences.description': 'Pasirinkite, kuriuos slapukus galime naudoti. Būtinieji slapukai visada įjungti.',
  'preferences.save': 'Išsaugoti',
  'preferences.cookies': 'Slapukai',
  'preferences.gpcConflict': 'Šioje svetainėje tai pakeičia Jūsų „Global Privacy Control“ signalą.',
  'category.necessary.label': 'Būtinieji',
  'category.necessary.description': 'Reikalingi svetainei veikti ir Jūsų pasirinkimui įsiminti.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Svetainės naudojimo statistika.',
  'category.targeting.label': 'Reklama',
  'category.targeting.description': 'Suasmeninta reklama ir asmens informacijos pardavimas ar dalijimasis ja su reklamos partneriais.',
  'optOut.title': 'Jūsų privatumo pasirinkimai',
  'optOut.description': 'Dalijamės duomenimis su reklamos partneriais, kad rodytume suasmenintą reklamą. Bet kada galite to atsisakyti.',
  'optOut.link': 'Neparduoti ir nesidalyti mano asmens informacija (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Atsisakyti Jūsų asmens informacijos pardavimo ir dalijimosi ja?',
  'optOut.confirm': 'Patvirtinti',
  'optOut.cancel': 'Atšaukti',
  'optOut.honored': 'Atsisakymo prašymas įvykdytas (Opt-Out Request Honored)',
  'floating.label': 'Privatumo nustatymai',
  'preferences.saved': 'Jūsų pasirinkimas išsaugotas.',
  'placeholder.text': '„{title}“ teikia trečioji šalis, todėl reikia Jūsų sutikimo: {category}.',
  'placeholder.untitled': 'Šis turinys',
  'placeholder.allow': 'Leisti: {category}',
  'cookieTable.caption': 'Šioje svetainėje naudojami slapukai',
  'cookieTable.name': 'Pavadinimas',
  'cookieTable.provider': 'Teikėjas',
  'cookieTable.purpose': 'Paskirtis',
  'cookieTable.duration': 'Galiojimo laikas',
  'cookieTable.category': 'Kategorija',
  'cookieTable.session': 'Seansas',
  'cookieTable.days': '{count} d.',
  'cookieTable.empty': 'Šiai kategorijai slapukų nenurodyta.',
};

export default lt;
