import type { Messages } from './en';

/**
 * Italian texts for ConsentKit's banner. Load it only for visitors who need it:
 * the `it` export of the `@consentkit/banner/i18n/it` subpath, passed as
 * `mountBanner(consent, { texts: { it } })`.
 * A plain object, so the script-tag build can also ship it as JSON.
 */
export const it: Messages = {
  'banner.title': "La tua privacy",
  'banner.description': "Con il tuo consenso usiamo cookie statistici e pubblicitari. Se rifiuti o chiudi questo avviso, usiamo solo i cookie necessari. Puoi cambiare la tua scelta in qualsiasi momento.",
  'banner.policy': "Informativa sulla privacy",
  'banner.acceptAll': "Accetta tutti",
  'banner.rejectAll': "Rifiuta tutti",
  'banner.preferences': "Preferenze",
  'banner.close': "Chiudi",
  'notice.description': "Usiamo cookie statistici e pubblicitari. Puoi disattivarli nelle Preferenze.",
  'preferences.title': "Preferenze sulla privacy",
  'preferences.description': "Scegli quali cookie possiamo usare. I cookie necessari sono sempre attivi.",
  'preferences.save': "Salva",
  'preferences.cookies': "Cookie",
  'preferences.gpcConflict': "Questo annulla il tuo segnale Global Privacy Control per questo sito.",
  'category.necessary.label': "Necessari",
  'category.necessary.description': "Servono al funzionamento del sito e a ricordare le tue scelte.",
  'category.analytics.label': "Statistiche",
  'category.analytics.description': "Statistiche sull’uso del sito.",
  'category.targeting.label': "Pubblicità",
  'category.targeting.description': "Annunci personalizzati e vendita o condivisione di informazioni personali con partner pubblicitari.",
  'optOut.title': "Le tue scelte sulla privacy",
  'optOut.description': "Condividiamo dati con partner pubblicitari per annunci personalizzati. Puoi opporti in qualsiasi momento.",
  'optOut.link': "Non vendere né condividere le mie informazioni personali",
  'optOut.confirmText': "Rinunciare alla vendita e alla condivisione delle tue informazioni personali?",
  'optOut.confirm': "Conferma",
  'optOut.cancel': "Annulla",
  'optOut.honored': "Richiesta di opt-out rispettata",
  'floating.label': "Impostazioni privacy",
  'preferences.saved': "Le tue scelte sono state salvate.",
  'placeholder.text': "«{title}» è fornito da terzi e richiede il tuo consenso per: {category}.",
  'placeholder.untitled': "Questo contenuto",
  'placeholder.allow': "Consenti {category}",
  'cookieTable.caption': "Cookie utilizzati su questo sito",
  'cookieTable.name': "Nome",
  'cookieTable.provider': "Fornitore",
  'cookieTable.purpose': "Finalità",
  'cookieTable.duration': "Durata",
  'cookieTable.category': "Categoria",
  'cookieTable.session': "Sessione",
  'cookieTable.days': "{count} giorni",
  'cookieTable.empty': "Nessun cookie dichiarato per questa categoria.",
};

export default it;
