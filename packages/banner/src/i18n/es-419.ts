import type { Messages } from './en';

/**
 * Spanish (Latin America) texts for ConsentKit's banner. Load it only for visitors who need it: the `es419`
 * export (also the default) of the `@consentkit/banner/i18n/es-419` subpath, passed as
 * `mountBanner(consent, { texts: { 'es-419': es419 } })`. The script-tag build ships it as
 * `i18n/es-419.json` and fetches it only for visitors who read Spanish.
 * Formal register (usted), Latin-American vocabulary (compartir, configuración, sitio web) and quotation marks (“ ”). Terms as the region's authorities (INAI, AAIP) use them: consentimiento, revocar, cookies.
 * Reviewer's glossary: docs/i18n.md.
 */
export const es419: Messages = {
  'banner.title': 'Su privacidad',
  'banner.description':
    'Con su consentimiento, usamos cookies de análisis y publicidad. Si las rechaza o cierra este aviso, solo usamos las cookies necesarias. Puede cambiar su elección en cualquier momento.',
  'banner.policy': 'Aviso de privacidad',
  'banner.acceptAll': 'Aceptar todo',
  'banner.rejectAll': 'Rechazar todo',
  'banner.preferences': 'Preferencias',
  'banner.close': 'Cerrar',
  'notice.description': 'Usamos cookies de análisis y publicidad. Puede desactivarlas en Preferencias.',
  'preferences.title': 'Preferencias de privacidad',
  'preferences.description': 'Elija qué cookies podemos usar. Las cookies necesarias siempre están activas.',
  'preferences.save': 'Guardar',
  'preferences.cookies': 'Cookies',
  'preferences.gpcConflict': 'Esto anula, para este sitio web, su señal Global Privacy Control.',
  'category.necessary.label': 'Necesarias',
  'category.necessary.description': 'Indispensables para que el sitio web funcione y para recordar su elección.',
  'category.analytics.label': 'Análisis',
  'category.analytics.description': 'Estadísticas sobre el uso del sitio web.',
  'category.targeting.label': 'Publicidad',
  'category.targeting.description': 'Anuncios personalizados y venta o intercambio de información personal con socios publicitarios.',
  'optOut.title': 'Sus opciones de privacidad',
  'optOut.description': 'Compartimos datos con socios publicitarios para mostrar anuncios personalizados. Puede excluirse en cualquier momento.',
  'optOut.link': 'No vender ni compartir mi información personal (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': '¿Desea excluirse de la venta y el intercambio de su información personal?',
  'optOut.confirm': 'Confirmar',
  'optOut.cancel': 'Cancelar',
  'optOut.honored': 'Solicitud de exclusión atendida (Opt-Out Request Honored)',
  'floating.label': 'Configuración de privacidad',
  'preferences.saved': 'Su elección se guardó.',
  'placeholder.text': '“{title}” lo proporciona un tercero y requiere su consentimiento para: {category}.',
  'placeholder.untitled': 'Este contenido',
  'placeholder.allow': 'Permitir: {category}',
  'cookieTable.caption': 'Cookies que usa este sitio web',
  'cookieTable.name': 'Nombre',
  'cookieTable.provider': 'Proveedor',
  'cookieTable.purpose': 'Finalidad',
  'cookieTable.duration': 'Duración',
  'cookieTable.category': 'Categoría',
  'cookieTable.session': 'Sesión',
  'cookieTable.days': '{count, plural, =1 {# día} other {# días}}',
  'cookieTable.empty': 'No hay cookies declaradas para esta categoría.',
};

export default es419;
