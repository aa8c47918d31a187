import type { Messages } from './en';

/**
 * Portuguese (Portugal) texts for ConsentKit's banner. Load it only for visitors who need it: the `pt`
 * export (also the default) of the `@consentkit/banner/i18n/pt` subpath, passed as
 * `mountBanner(consent, { texts: { 'pt': pt } })`. The script-tag build ships it as
 * `i18n/pt.json` and fetches it only for visitors who read Portuguese.
 * European Portuguese, courteous third person (o seu). Terms as the CNPD uses them: consentimento, retirar o consentimento, cookies, partilha.
 * Reviewer's glossary: docs/i18n.md.
 */
export const pt: Messages = {
  'banner.title': 'A sua privacidade',
  'banner.description':
    'Com o seu consentimento, utilizamos cookies de estatística e publicidade. Se recusar ou fechar este aviso, utilizamos apenas os cookies necessários. Pode alterar a sua escolha a qualquer momento.',
  'banner.policy': 'Política de privacidade',
  'banner.acceptAll': 'Aceitar todos',
  'banner.rejectAll': 'Recusar todos',
  'banner.preferences': 'Preferências',
  'banner.close': 'Fechar',
  'notice.description': 'Utilizamos cookies de estatística e publicidade. Pode desativá-los em Preferências.',
  'preferences.title': 'Preferências de privacidade',
  'preferences.description': 'Escolha os cookies que podemos utilizar. Os cookies necessários estão sempre ativos.',
  'preferences.save': 'Guardar',
  'preferences.cookies': 'Cookies',
  'preferences.gpcConflict': 'Isto substitui, neste sítio, o seu sinal Global Privacy Control.',
  'category.necessary.label': 'Necessários',
  'category.necessary.description': 'Necessários para o sítio funcionar e para memorizar a sua escolha.',
  'category.analytics.label': 'Estatística',
  'category.analytics.description': 'Estatísticas sobre a utilização do sítio.',
  'category.targeting.label': 'Publicidade',
  'category.targeting.description': 'Anúncios personalizados e venda ou partilha de informações pessoais com parceiros de publicidade.',
  'optOut.title': 'As suas opções de privacidade',
  'optOut.description': 'Partilhamos dados com parceiros de publicidade para anúncios personalizados. Pode opor-se a qualquer momento.',
  'optOut.link': 'Não vender nem partilhar as minhas informações pessoais (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Opor-se à venda e à partilha das suas informações pessoais?',
  'optOut.confirm': 'Confirmar',
  'optOut.cancel': 'Cancelar',
  'optOut.honored': 'Pedido de oposição respeitado (Opt-Out Request Honored)',
  'floating.label': 'Definições de privacidade',
  'preferences.saved': 'A sua escolha foi guardada.',
  'placeholder.text': '«{title}» é fornecido por terceiros e precisa do seu consentimento para: {category}.',
  'placeholder.untitled': 'Este conteúdo',
  'placeholder.allow': 'Permitir: {category}',
  'cookieTable.caption': 'Cookies utilizados neste sítio',
  'cookieTable.name': 'Nome',
  'cookieTable.provider': 'Fornecedor',
  'cookieTable.purpose': 'Finalidade',
  'cookieTable.duration': 'Duração',
  'cookieTable.category': 'Categoria',
  'cookieTable.session': 'Sessão',
  'cookieTable.days': '{count, plural, =1 {# dia} other {# dias}}',
  'cookieTable.empty': 'Não estão declarados cookies para esta categoria.',
};

export default pt;
