import type { Messages } from './en';

/**
 * Czech texts for ConsentKit's banner. Load it only for visitors who need it: the `cs`
 * export (also the default) of the `@consentkit/banner/i18n/cs` subpath, passed as
 * `mountBanner(consent, { texts: { 'cs': cs } })`. The script-tag build ships it as
 * `i18n/cs.json` and fetches it only for visitors who read Czech.
 * Formal register (vykání: Vy, Váš). Terms as the Czech DPA (ÚOOÚ) uses them: souhlas, odvolat souhlas, soubory cookie, osobní údaje.
 * Reviewer's glossary: docs/i18n.md.
 */
export const cs: Messages = {
  'banner.title': 'Vaše soukromí',
  'banner.description':
    'S Vaším souhlasem používáme soubory cookie pro statistiku a reklamu. Pokud je odmítnete nebo toto okno zavřete, použijí se jen nezbytné soubory cookie. Svou volbu můžete kdykoli změnit.',
  'banner.policy': 'Zásady ochrany osobních údajů',
  'banner.acceptAll': 'Přijmout vše',
  'banner.rejectAll': 'Odmítnout vše',
  'banner.preferences': 'Nastavení',
  'banner.close': 'Zavřít',
  'notice.description': 'Používáme soubory cookie pro statistiku a reklamu. V Nastavení je můžete vypnout.',
  'preferences.title': 'Nastavení soukromí',
  'preferences.description': 'Vyberte, které soubory cookie smíme používat. Nezbytné soubory cookie jsou vždy zapnuté.',
  'preferences.save': 'Uložit',
  'preferences.cookies': 'Soubory cookie',
  'preferences.gpcConflict': 'Tím pro tento web přepíšete svůj signál Global Privacy Control.',
  'category.necessary.label': 'Nezbytné',
  'category.necessary.description': 'Potřebné pro fungování webu a zapamatování Vaší volby.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Statistiky o používání webu.',
  'category.targeting.label': 'Reklama',
  'category.targeting.description': 'Personalizovaná reklama a prodej nebo sdílení osobních údajů s reklamními partnery.',
  'optOut.title': 'Vaše volby ochrany soukromí',
  'optOut.description': 'Sdílíme údaje s reklamními partnery kvůli personalizované reklamě. Kdykoli můžete vyjádřit nesouhlas.',
  'optOut.link': 'Neprodávat ani nesdílet mé osobní údaje (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Nesouhlasíte s prodejem a sdílením svých osobních údajů?',
  'optOut.confirm': 'Potvrdit',
  'optOut.cancel': 'Zrušit',
  'optOut.honored': 'Žádosti o odmítnutí bylo vyhověno (Opt-Out Request Honored)',
  'floating.label': 'Nastavení soukromí',
  'preferences.saved': 'Vaše volba byla uložena.',
  'placeholder.text': '„{title}“ poskytuje třetí strana a vyžaduje Váš souhlas pro: {category}.',
  'placeholder.untitled': 'Tento obsah',
  'placeholder.allow': 'Povolit: {category}',
  'cookieTable.caption': 'Soubory cookie používané na tomto webu',
  'cookieTable.name': 'Název',
  'cookieTable.provider': 'Poskytovatel',
  'cookieTable.purpose': 'Účel',
  'cookieTable.duration': 'Doba uložení',
  'cookieTable.category': 'Kategorie',
  'cookieTable.session': 'Relace',
  'cookieTable.days': '{count, plural, =1 {# den} =2 {# dny} =3 {# dny} =4 {# dny} other {# dní}}',
  'cookieTable.empty': 'Pro tuto kategorii nejsou uvedeny žádné soubory cookie.',
};

export default cs;
