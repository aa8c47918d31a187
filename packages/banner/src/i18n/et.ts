import type { Messages } from './en';

/**
 * Estonian texts for ConsentKit's banner. Load it only for visitors who need it: the `et`
 * export (also the default) of the `@consentkit/banner/i18n/et` subpath, passed as
 * `mountBanner(consent, { texts: { 'et': et } })`. The script-tag build ships it as
 * `i18n/et.json` and fetches it only for visitors who read Estonian.
 * Formal register (Teie). Terms as the Data Protection Inspectorate (AKI) uses them: nõusolek, nõusoleku tagasivõtmine, küpsised, isikuandmed.
 * Reviewer's glossary: docs/i18n.md.
 */
export const et: Messages = {
  'banner.title': 'Teie privaatsus',
  'banner.description':
    'Teie nõusolekul kasutame küpsiseid statistika ja reklaami jaoks. Kui keeldute või sulgete selle teate, kasutatakse ainult hädavajalikke küpsiseid. Saate oma valikut igal ajal muuta.',
  'banner.policy': 'Privaatsuspoliitika',
  'banner.acceptAll': 'Nõustu kõigiga',
  'banner.rejectAll': 'Keeldu kõigist',
  'banner.preferences': 'Eelistused',
  'banner.close': 'Sulge',
  'notice.description': 'Kasutame küpsiseid statistika ja reklaami jaoks. Saate need välja lülitada jaotises Eelistused.',
  'preferences.title': 'Privaatsuseelistused',
  'preferences.description': 'Valige, milliseid küpsiseid tohime kasutada. Hädavajalikud küpsised on alati sees.',
  'preferences.save': 'Salvesta',
  'preferences.cookies': 'Küpsised',
  'preferences.gpcConflict': 'See tühistab sellel veebisaidil Teie Global Privacy Controli signaali.',
  'category.necessary.label': 'Hädavajalikud',
  'category.necessary.description': 'Vajalikud veebisaidi toimimiseks ja Teie valiku meelespidamiseks.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Statistika veebisaidi kasutamise kohta.',
  'category.targeting.label': 'Reklaam',
  'category.targeting.description': 'Isikupärastatud reklaam ning isikuandmete müük või jagamine reklaamipartneritega.',
  'optOut.title': 'Teie privaatsusvalikud',
  'optOut.description': 'Jagame andmeid reklaamipartneritega isikupärastatud reklaami jaoks. Saate sellest igal ajal loobuda.',
  'optOut.link': 'Ärge müüge ega jagage minu isikuandmeid (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Kas loobute oma isikuandmete müügist ja jagamisest?',
  'optOut.confirm': 'Kinnita',
  'optOut.cancel': 'Tühista',
  'optOut.honored': 'Loobumistaotlus on täidetud (Opt-Out Request Honored)',
  'floating.label': 'Privaatsusseaded',
  'preferences.saved': 'Teie valik on salvestatud.',
  'placeholder.text': '„{title}“ pärineb kolmandalt osapoolelt ja vajab Teie nõusolekut: {category}.',
  'placeholder.untitled': 'See sisu',
  'placeholder.allow': 'Luba: {category}',
  'cookieTable.caption': 'Sellel veebisaidil kasutatavad küpsised',
  'cookieTable.name': 'Nimi',
  'cookieTable.provider': 'Pakkuja',
  'cookieTable.purpose': 'Eesmärk',
  'cookieTable.duration': 'Säilitusaeg',
  'cookieTable.category': 'Kategooria',
  'cookieTable.session': 'Seanss',
  'cookieTable.days': '{count, plural, =1 {# päev} other {# päeva}}',
  'cookieTable.empty': 'Selles kategoorias ei ole küpsiseid deklareeritud.',
};

export default et;
