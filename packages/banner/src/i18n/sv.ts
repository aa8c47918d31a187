import type { Messages } from './en';

/**
 * Swedish texts for ConsentKit's banner. Load it only for visitors who need it: the `sv`
 * export (also the default) of the `@consentkit/banner/i18n/sv` subpath, passed as
 * `mountBanner(consent, { texts: { 'sv': sv } })`. The script-tag build ships it as
 * `i18n/sv.json` and fetches it only for visitors who read Swedish.
 * Swedish uses du, also in official texts. Terms as IMY uses them: samtycke, återkalla, kakor (cookies), personuppgifter.
 * Reviewer's glossary: docs/i18n.md.
 */
export const sv: Messages = {
  'banner.title': 'Din integritet',
  'banner.description':
    'Med ditt samtycke använder vi kakor för statistik och annonser. Om du avböjer eller stänger detta används bara nödvändiga kakor. Du kan när som helst ändra ditt val.',
  'banner.policy': 'Integritetspolicy',
  'banner.acceptAll': 'Godkänn alla',
  'banner.rejectAll': 'Avvisa alla',
  'banner.preferences': 'Inställningar',
  'banner.close': 'Stäng',
  'notice.description': 'Vi använder kakor för statistik och annonser. Du kan stänga av dem under Inställningar.',
  'preferences.title': 'Integritetsinställningar',
  'preferences.description': 'Välj vilka kakor vi får använda. Nödvändiga kakor är alltid på.',
  'preferences.save': 'Spara',
  'preferences.cookies': 'Kakor',
  'preferences.gpcConflict': 'Detta åsidosätter din Global Privacy Control-signal för den här webbplatsen.',
  'category.necessary.label': 'Nödvändiga',
  'category.necessary.description': 'Behövs för att webbplatsen ska fungera och för att komma ihåg ditt val.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description': 'Statistik om hur webbplatsen används.',
  'category.targeting.label': 'Annonser',
  'category.targeting.description': 'Personanpassade annonser samt försäljning eller delning av personuppgifter med annonspartner.',
  'optOut.title': 'Dina integritetsval',
  'optOut.description': 'Vi delar data med annonspartner för personanpassade annonser. Du kan när som helst invända.',
  'optOut.link': 'Sälj eller dela inte mina personuppgifter (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Invända mot försäljning och delning av dina personuppgifter?',
  'optOut.confirm': 'Bekräfta',
  'optOut.cancel': 'Avbryt',
  'optOut.honored': 'Din invändning har verkställts (Opt-Out Request Honored)',
  'floating.label': 'Integritetsinställningar',
  'preferences.saved': 'Ditt val har sparats.',
  'placeholder.text': '”{title}” tillhandahålls av tredje part och kräver ditt samtycke för: {category}.',
  'placeholder.untitled': 'Detta innehåll',
  'placeholder.allow': 'Tillåt {category}',
  'cookieTable.caption': 'Kakor som används på webbplatsen',
  'cookieTable.name': 'Namn',
  'cookieTable.provider': 'Leverantör',
  'cookieTable.purpose': 'Ändamål',
  'cookieTable.duration': 'Lagringstid',
  'cookieTable.category': 'Kategori',
  'cookieTable.session': 'Session',
  'cookieTable.days': '{count, plural, =1 {# dag} other {# dagar}}',
  'cookieTable.empty': 'Inga kakor har angetts för den här kategorin.',
};

export default sv;
