import type { Messages } from './en';

/**
 * Italian texts for ConsentKit's banner. Load it only for visitors who need it: the `it`
 * export (also the default) of the `@consentkit/banner/i18n/it` subpath, passed as
 * `mountBanner(consent, { texts: { 'it': it } })`. The script-tag build ships it as
 * `i18n/it.json` and fetches it only for visitors who read Italian.
 * Courtesy form (Lei) as in Italian administrative and privacy notices. Terms as the Garante uses them: consenso, revocare, cookie (invariable), «Accetta tutti» / «Rifiuta tutti».
 * Reviewer's glossary: docs/i18n.md.
 */
export const it: Messages = {
  'banner.title': 'La Sua privacy',
  'banner.description':
    'Con il Suo consenso utilizziamo cookie statistici e pubblicitari. Se rifiuta o chiude questo avviso, utilizziamo solo i cookie necessari. Può modificare la Sua scelta in qualsiasi momento.',
  'banner.policy': 'Informativa sulla privacy',
  'banner.acceptAll': 'Accetta tutti',
  'banner.rejectAll': 'Rifiuta tutti',
  'banner.preferences': 'Preferenze',
  'banner.close': 'Chiudi',
  'notice.description': 'Utilizziamo cookie statistici e pubblicitari. Può disattivarli nelle Preferenze.',
  'preferences.title': 'Preferenze sulla privacy',
  'preferences.description': 'Scelga quali cookie possiamo utilizzare. I cookie necessari sono sempre attivi.',
  'preferences.save': 'Salva',
  'preferences.cookies': 'Cookie',
  'preferences.gpcConflict': 'Per questo sito, questa scelta prevale sul Suo segnale Global Privacy Control.',
  'category.necessary.label': 'Necessari',
  'category.necessary.description': 'Servono al funzionamento del sito e a ricordare le Sue scelte.',
  'category.analytics.label': 'Statistiche',
  'category.analytics.description': 'Statistiche sull’uso del sito.',
  'category.targeting.label': 'Pubblicità',
  'category.targeting.description': 'Annunci personalizzati e vendita o condivisione di informazioni personali con partner pubblicitari.',
  'optOut.title': 'Le Sue scelte sulla privacy',
  'optOut.description': 'Condividiamo dati con partner pubblicitari per annunci personalizzati. Può opporsi in qualsiasi momento.',
  'optOut.link': 'Non vendere né condividere le mie informazioni personali (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Opporsi alla vendita e alla condivisione delle Sue informazioni personali?',
  'optOut.confirm': 'Conferma',
  'optOut.cancel': 'Annulla',
  'optOut.honored': 'Richiesta di opposizione accolta (Opt-Out Request Honored)',
  'floating.label': 'Impostazioni privacy',
  'preferences.saved': 'Le Sue scelte sono state salvate.',
  'placeholder.text': '«{title}» è fornito da terzi e richiede il Suo consenso per: {category}.',
  'placeholder.untitled': 'Questo contenuto',
  'placeholder.allow': 'Consenti: {category}',
  'cookieTable.caption': 'Cookie utilizzati su questo sito',
  'cookieTable.name': 'Nome',
  'cookieTable.provider': 'Fornitore',
  'cookieTable.purpose': 'Finalità',
  'cookieTable.duration': 'Durata',
  'cookieTable.category': 'Categoria',
  'cookieTable.session': 'Sessione',
  'cookieTable.days': '{count, plural, =1 {# giorno} other {# giorni}}',
  'cookieTable.empty': 'Nessun cookie dichiarato per questa categoria.',
};

export default it;
