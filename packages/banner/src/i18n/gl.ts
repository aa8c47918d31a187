import type { Messages } from './en';

/**
 * Galician texts for ConsentKit's banner. Load it only for visitors who need it: the `gl`
 * export (also the default) of the `@consentkit/banner/i18n/gl` subpath, passed as
 * `mountBanner(consent, { texts: { 'gl': gl } })`. The script-tag build ships it as
 * `i18n/gl.json` and fetches it only for visitors who read Galician.
 * Formal register (vostede: a súa, escolla). Terms as Galician public administration uses them: consentimento, retirar o consentimento, cookies, datos persoais.
 * Reviewer's glossary: docs/i18n.md.
 */
export const gl: Messages = {
  'banner.title': 'A súa privacidade',
  'banner.description':
    'Co seu consentimento empregamos cookies de analítica e de publicidade. Se as rexeita ou pecha este aviso, só se empregan as cookies necesarias. Pode cambiar a súa elección en calquera momento.',
  'banner.policy': 'Política de privacidade',
  'banner.acceptAll': 'Aceptar todo',
  'banner.rejectAll': 'Rexeitar todo',
  'banner.preferences': 'Preferencias',
  'banner.close': 'Pechar',
  'notice.description': 'Empregamos cookies de analítica e de publicidade. Pode desactivalas en Preferencias.',
  'preferences.title': 'Preferencias de privacidade',
  'preferences.description': 'Escolla que cookies podemos empregar. As cookies necesarias están sempre activas.',
  'preferences.save': 'Gardar',
  'preferences.cookies': 'Cookies',
  'preferences.gpcConflict': 'Isto anula, para este sitio web, o seu sinal Global Privacy Control.',
  'category.necessary.label': 'Necesarias',
  'category.necessary.description': 'Imprescindibles para que o sitio web funcione e para lembrar a súa elección.',
  'category.analytics.label': 'Analítica',
  'category.analytics.description': 'Estatísticas sobre o uso do sitio web.',
  'category.targeting.label': 'Publicidade',
  'category.targeting.description': 'Anuncios personalizados e venda ou cesión de información persoal a socios publicitarios.',
  'optOut.title': 'As súas opcións de privacidade',
  'optOut.description': 'Compartimos datos con socios publicitarios para amosar anuncios personalizados. Pode opoñerse en calquera momento.',
  'optOut.link': 'Non vender nin compartir a miña información persoal (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Oponse á venda e á cesión da súa información persoal?',
  'optOut.confirm': 'Confirmar',
  'optOut.cancel': 'Cancelar',
  'optOut.honored': 'Solicitude de exclusión atendida (Opt-Out Request Honored)',
  'floating.label': 'Configuración de privacidade',
  'preferences.saved': 'Gardouse a súa elección.',
  'placeholder.text': '«{title}» ofréceo un terceiro e precisa o seu consentimento para: {category}.',
  'placeholder.untitled': 'Este contido',
  'placeholder.allow': 'Permitir: {category}',
  'cookieTable.caption': 'Cookies que emprega este sitio web',
  'cookieTable.name': 'Nome',
  'cookieTable.provider': 'Provedor',
  'cookieTable.purpose': 'Finalidade',
  'cookieTable.duration': 'Duración',
  'cookieTable.category': 'Categoría',
  'cookieTable.session': 'Sesión',
  'cookieTable.days': '{count, plural, =1 {# día} other {# días}}',
  'cookieTable.empty': 'Non hai cookies declaradas nesta categoría.',
};

export default gl;
