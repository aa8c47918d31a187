import type { Messages } from './en';

/**
 * French texts for ConsentKit's banner. Load it only for visitors who need it: the `fr`
 * export (also the default) of the `@consentkit/banner/i18n/fr` subpath, passed as
 * `mountBanner(consent, { texts: { 'fr': fr } })`. The script-tag build ships it as
 * `i18n/fr.json` and fetches it only for visitors who read French.
 * Formal register (vous). Terms as the CNIL uses them: consentement, retirer son consentement, cookies, mesure d’audience, « Tout accepter » / « Tout refuser ».
 * Reviewer's glossary: docs/i18n.md.
 */
export const fr: Messages = {
  'banner.title': 'Votre vie privée',
  'banner.description':
    'Avec votre consentement, nous utilisons des cookies de mesure d’audience et de publicité. Si vous refusez ou fermez ce message, seuls les cookies nécessaires sont utilisés. Vous pouvez modifier votre choix à tout moment.',
  'banner.policy': 'Politique de confidentialité',
  'banner.acceptAll': 'Tout accepter',
  'banner.rejectAll': 'Tout refuser',
  'banner.preferences': 'Préférences',
  'banner.close': 'Fermer',
  'notice.description': 'Nous utilisons des cookies de mesure d’audience et de publicité. Vous pouvez les désactiver dans les préférences.',
  'preferences.title': 'Préférences de confidentialité',
  'preferences.description': 'Choisissez les cookies que nous pouvons utiliser. Les cookies nécessaires sont toujours actifs.',
  'preferences.save': 'Enregistrer',
  'preferences.cookies': 'Cookies',
  'preferences.gpcConflict': 'Ce choix remplace, pour ce site, votre signal Global Privacy Control.',
  'category.necessary.label': 'Nécessaires',
  'category.necessary.description': 'Indispensables au fonctionnement du site et à la mémorisation de vos choix.',
  'category.analytics.label': 'Mesure d’audience',
  'category.analytics.description': 'Statistiques sur l’utilisation du site.',
  'category.targeting.label': 'Publicité',
  'category.targeting.description': 'Publicité personnalisée, et vente ou partage d’informations personnelles avec des partenaires publicitaires.',
  'optOut.title': 'Vos choix en matière de confidentialité',
  'optOut.description':
    'Nous partageons des données avec des partenaires publicitaires pour des publicités personnalisées. Vous pouvez vous y opposer à tout moment.',
  'optOut.link': 'Ne pas vendre ni partager mes informations personnelles (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Vous opposer à la vente et au partage de vos informations personnelles ?',
  'optOut.confirm': 'Confirmer',
  'optOut.cancel': 'Annuler',
  'optOut.honored': 'Demande d’opposition prise en compte (Opt-Out Request Honored)',
  'floating.label': 'Paramètres de confidentialité',
  'preferences.saved': 'Vos choix ont été enregistrés.',
  'placeholder.text': '« {title} » est fourni par un tiers et nécessite votre consentement pour : {category}.',
  'placeholder.untitled': 'Ce contenu',
  'placeholder.allow': 'Autoriser : {category}',
  'cookieTable.caption': 'Cookies utilisés sur ce site',
  'cookieTable.name': 'Nom',
  'cookieTable.provider': 'Fournisseur',
  'cookieTable.purpose': 'Finalité',
  'cookieTable.duration': 'Durée de conservation',
  'cookieTable.category': 'Catégorie',
  'cookieTable.session': 'Session',
  'cookieTable.days': '{count, plural, =1 {# jour} other {# jours}}',
  'cookieTable.empty': 'Aucun cookie n’est déclaré pour cette catégorie.',
};

export default fr;
