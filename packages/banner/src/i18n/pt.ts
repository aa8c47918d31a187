import type { Messages } from './en';

/**
 * Portuguese texts for ConsentKit's banner. Load it only for visitors who need it:
 * the `pt` export of the `@consentkit/banner/i18n/pt` subpath, passed as
 * `mountBanner(consent, { texts: { pt } })`.
 * A plain object, so the script-tag build can also ship it as JSON.
 */
export const pt: Messages = {
  'banner.title': "Sua privacidade",
  'banner.description': "Com o seu consentimento usamos cookies de estatística e publicidade. Se recusar ou fechar este aviso, usamos apenas os cookies necessários. Pode mudar a sua escolha a qualquer momento.",
  'banner.policy': "Política de privacidade",
  'banner.acceptAll': "Aceitar todos",
  'banner.rejectAll': "Recusar todos",
  'banner.preferences': "Preferências",
  'banner.close': "Fechar",
  'notice.description': "Usamos cookies de estatística e publicidade. Pode desativá-los em Preferências.",
  'preferences.title': "Preferências de privacidade",
  'preferences.description': "Escolha quais cookies podemos usar. Os cookies necessários estão sempre ativos.",
  'preferences.save': "Guardar",
  'preferences.cookies': "Cookies",
  'preferences.gpcConflict': "Isto substitui o seu sinal Global Privacy Control neste site.",
  'category.necessary.label': "Necessários",
  'category.necessary.description': "Necessários para o site funcionar e para lembrar a sua escolha.",
  'category.analytics.label': "Estatística",
  'category.analytics.description': "Estatísticas sobre o uso do site.",
  'category.targeting.label': "Publicidade",
  'category.targeting.description': "Anúncios personalizados e venda ou partilha de informações pessoais com parceiros de publicidade.",
  'optOut.title': "As suas opções de privacidade",
  'optOut.description': "Partilhamos dados com parceiros de publicidade para anúncios personalizados. Pode opor-se a qualquer momento.",
  'optOut.link': "Não vender nem partilhar as minhas informações pessoais",
  'optOut.confirmText': "Recusar a venda e a partilha das suas informações pessoais?",
  'optOut.confirm': "Confirmar",
  'optOut.cancel': "Cancelar",
  'optOut.honored': "Pedido de exclusão atendido",
  'floating.label': "Definições de privacidade",
  'preferences.saved': "A sua escolha foi guardada.",
  'placeholder.text': "“{title}” é fornecido por terceiros e precisa do seu consentimento para: {category}.",
  'placeholder.untitled': "Este conteúdo",
  'placeholder.allow': "Permitir {category}",
  'cookieTable.caption': "Cookies utilizados neste site",
  'cookieTable.name': "Nome",
  'cookieTable.provider': "Fornecedor",
  'cookieTable.purpose': "Finalidade",
  'cookieTable.duration': "Duração",
  'cookieTable.category': "Categoria",
  'cookieTable.session': "Sessão",
  'cookieTable.days': "{count} dias",
  'cookieTable.empty': "Não estão declarados cookies para esta categoria.",
};

export default pt;
