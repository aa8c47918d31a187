import type { Messages } from './en';

/**
 * Spanish (Spain) texts for ConsentKit's banner. Load it only for visitors who need it: the `es`
 * export (also the default) of the `@consentkit/banner/i18n/es` subpath, passed as
 * `mountBanner(consent, { texts: { 'es': es } })`. The script-tag build ships it as
 * `i18n/es.json` and fetches it only for visitors who read Spanish.
 * Formal register (usted). Terms as the AEPD uses them: consentimiento, retirar el consentimiento, cookies, «Aceptar» / «Rechazar».
 * Reviewer's glossary: docs/i18n.md.
 */
export const es: Messages = {
  'banner.title': 'Su privacidad',
  'banner.description':
    'Con su consentimiento usamos cookies de analítica y publicidad. Si las rechaza o cierra este aviso, solo se usan las cookies necesarias. Puede cambiar su elección en cualquier momento.',
  'banner.policy': 'Política de privacidad',
  'banner.acceptAll': 'Aceptar todo',
  'banner.rejectAll': 'Rechazar todo',
  'banner.preferences': 'Preferencias',
  'banner.close': 'Cerrar',
  'notice.description': 'Usamos cookies de analítica y publicidad. Puede desactivarlas en Preferencias.',
  'preferences.title': 'Preferencias de privacidad',
  'preferences.description': 'Elija qué cookies podemos usar. Las cookies necesarias están siempre activas.',
  'preferences.save': 'Guardar',
  'preferences.cookies': 'Cookies',
  'preferences.gpcConflict': 'Esto anula, para este sitio, su señal Global Privacy Control.',
  'category.necessary.label': 'Necesarias',
  'category.necessary.description': 'Imprescindibles para que el sitio funcione y para recordar su elección.',
  'category.analytics.label': 'Analítica',
  'category.analytics.description': 'Estadísticas sobre el uso del sitio.',
  'category.targeting.label': 'Publicidad',
  'category.targeting.description': 'Anuncios personalizados y venta o cesión de información personal a socios publicitarios.',
  'optOut.title': 'Sus opciones de privacidad',
  'optOut.description': 'Compartimos datos con socios publicitarios para mostrar anuncios personalizados. Puede oponerse en cualquier momento.',
  'optOut.link': 'No vender ni compartir mi información personal (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': '¿Se opone a la venta y la cesión de su información personal?',
  'optOut.confirm': 'Confirmar',
  'optOut.cancel': 'Cancelar',
  'optOut.honored': 'Solicitud de exclusión atendida (Opt-Out Request Honored)',
  'floating.label': 'Configuración de privacidad',
  'preferences.saved': 'Su elección se ha guardado.',
  'placeholder.text': '«{title}» lo proporciona un tercero y requiere su consentimiento para: {category}.',
  'placeholder.untitled': 'Este contenido',
  'placeholder.allow': 'Permitir: {category}',
  'cookieTable.caption': 'Cookies utilizadas en este sitio',
  'cookieTable.name': 'Nombre',
  'cookieTable.provider': 'Proveedor',
  'cookieTable.purpose': 'Finalidad',
  'cookieTable.duration': 'Duración',
  'cookieTable.category': 'Categoría',
  'cookieTable.session': 'Sesión',
  'cookieTable.days': '{count, plural, =1 {# día} other {# días}}',
  'cookieTable.empty': 'No se ha declarado ninguna cookie en esta categoría.',
};

export default es;
