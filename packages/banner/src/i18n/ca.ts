import type { Messages } from './en';

/**
 * Catalan texts for ConsentKit's banner. Load it only for visitors who need it: the `ca`
 * export (also the default) of the `@consentkit/banner/i18n/ca` subpath, passed as
 * `mountBanner(consent, { texts: { 'ca': ca } })`. The script-tag build ships it as
 * `i18n/ca.json` and fetches it only for visitors who read Catalan.
 * Polite plural (vós: la vostra, trieu), the register of Catalan public bodies. Terms as the APDCAT uses them: consentiment, retirar el consentiment, galetes, dades personals.
 * Reviewer's glossary: docs/i18n.md.
 */
export const ca: Messages = {
  'banner.title': 'La vostra privadesa',
  'banner.description':
    'Amb el vostre consentiment fem servir galetes d’analítica i de publicitat. Si les rebutgeu o tanqueu aquest avís, només es fan servir les galetes necessàries. Podeu canviar la vostra elecció en qualsevol moment.',
  'banner.policy': 'Política de privadesa',
  'banner.acceptAll': 'Accepta-ho tot',
  'banner.rejectAll': 'Rebutja-ho tot',
  'banner.preferences': 'Preferències',
  'banner.close': 'Tanca',
  'notice.description': 'Fem servir galetes d’analítica i de publicitat. Les podeu desactivar a Preferències.',
  'preferences.title': 'Preferències de privadesa',
  'preferences.description': 'Trieu quines galetes podem fer servir. Les galetes necessàries sempre estan actives.',
  'preferences.save': 'Desa',
  'preferences.cookies': 'Galetes',
  'preferences.gpcConflict': 'Això substitueix, per a aquest lloc web, el vostre senyal Global Privacy Control.',
  'category.necessary.label': 'Necessàries',
  'category.necessary.description': 'Imprescindibles perquè el lloc web funcioni i per recordar la vostra elecció.',
  'category.analytics.label': 'Analítica',
  'category.analytics.description': 'Estadístiques sobre l’ús del lloc web.',
  'category.targeting.label': 'Publicitat',
  'category.targeting.description': 'Anuncis personalitzats i venda o cessió d’informació personal a socis publicitaris.',
  'optOut.title': 'Les vostres opcions de privadesa',
  'optOut.description': 'Compartim dades amb socis publicitaris per mostrar anuncis personalitzats. Us hi podeu oposar en qualsevol moment.',
  'optOut.link': 'No vengueu ni compartiu la meva informació personal (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Us oposeu a la venda i la cessió de la vostra informació personal?',
  'optOut.confirm': 'Confirma',
  'optOut.cancel': 'Cancel·la',
  'optOut.honored': 'Sol·licitud d’exclusió atesa (Opt-Out Request Honored)',
  'floating.label': 'Configuració de privadesa',
  'preferences.saved': 'S’ha desat la vostra elecció.',
  'placeholder.text': '«{title}» el proporciona un tercer i necessita el vostre consentiment per a: {category}.',
  'placeholder.untitled': 'Aquest contingut',
  'placeholder.allow': 'Permet: {category}',
  'cookieTable.caption': 'Galetes que fa servir aquest lloc web',
  'cookieTable.name': 'Nom',
  'cookieTable.provider': 'Proveïdor',
  'cookieTable.purpose': 'Finalitat',
  'cookieTable.duration': 'Durada',
  'cookieTable.category': 'Categoria',
  'cookieTable.session': 'Sessió',
  'cookieTable.days': '{count, plural, =1 {# dia} other {# dies}}',
  'cookieTable.empty': 'No s’ha declarat cap galeta en aquesta categoria.',
};

export default ca;
