import type { Messages } from './en';

/**
 * Portuguese (Brazil) texts for ConsentKit's banner. Load it only for visitors who need it: the `ptBR`
 * export (also the default) of the `@consentkit/banner/i18n/pt-BR` subpath, passed as
 * `mountBanner(consent, { texts: { 'pt-BR': ptBR } })`. The script-tag build ships it as
 * `i18n/pt-BR.json` and fetches it only for visitors who read Portuguese.
 * Brazilian Portuguese (você, neutral-polite). Terms as the ANPD's cookie guide uses them: consentimento, revogar, cookies, compartilhamento, dados pessoais.
 * Reviewer's glossary: docs/i18n.md.
 */
export const ptBR: Messages = {
  'banner.title': 'Sua privacidade',
  'banner.description':
    'Com o seu consentimento, usamos cookies de estatística e publicidade. Se você recusar ou fechar este aviso, usamos apenas os cookies necessários. Você pode mudar sua escolha a qualquer momento.',
  'banner.policy': 'Política de Privacidade',
  'banner.acceptAll': 'Aceitar todos',
  'banner.rejectAll': 'Rejeitar todos',
  'banner.preferences': 'Preferências',
  'banner.close': 'Fechar',
  'notice.description': 'Usamos cookies de estatística e publicidade. Você pode desativá-los em Preferências.',
  'preferences.title': 'Preferências de privacidade',
  'preferences.description': 'Escolha quais cookies podemos usar. Os cookies necessários estão sempre ativos.',
  'preferences.save': 'Salvar',
  'preferences.cookies': 'Cookies',
  'preferences.gpcConflict': 'Isso substitui, neste site, o seu sinal Global Privacy Control.',
  'category.necessary.label': 'Necessários',
  'category.necessary.description': 'Necessários para o funcionamento do site e para lembrar sua escolha.',
  'category.analytics.label': 'Estatística',
  'category.analytics.description': 'Estatísticas sobre o uso do site.',
  'category.targeting.label': 'Publicidade',
  'category.targeting.description': 'Anúncios personalizados e venda ou compartilhamento de dados pessoais com parceiros de publicidade.',
  'optOut.title': 'Suas opções de privacidade',
  'optOut.description': 'Compartilhamos dados com parceiros de publicidade para anúncios personalizados. Você pode se opor a qualquer momento.',
  'optOut.link': 'Não vender nem compartilhar meus dados pessoais (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Recusar a venda e o compartilhamento dos seus dados pessoais?',
  'optOut.confirm': 'Confirmar',
  'optOut.cancel': 'Cancelar',
  'optOut.honored': 'Solicitação de exclusão atendida (Opt-Out Request Honored)',
  'floating.label': 'Configurações de privacidade',
  'preferences.saved': 'Sua escolha foi salva.',
  'placeholder.text': '“{title}” é fornecido por terceiros e precisa do seu consentimento para: {category}.',
  'placeholder.untitled': 'Este conteúdo',
  'placeholder.allow': 'Permitir: {category}',
  'cookieTable.caption': 'Cookies usados neste site',
  'cookieTable.name': 'Nome',
  'cookieTable.provider': 'Fornecedor',
  'cookieTable.purpose': 'Finalidade',
  'cookieTable.duration': 'Duração',
  'cookieTable.category': 'Categoria',
  'cookieTable.session': 'Sessão',
  'cookieTable.days': '{count, plural, =1 {# dia} other {# dias}}',
  'cookieTable.empty': 'Nenhum cookie declarado para esta categoria.',
};

export default ptBR;
