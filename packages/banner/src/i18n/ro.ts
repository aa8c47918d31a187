import type { Messages } from './en';

/**
 * Romanian texts for ConsentKit's banner. Load it only for visitors who need it: the `ro`
 * export (also the default) of the `@consentkit/banner/i18n/ro` subpath, passed as
 * `mountBanner(consent, { texts: { 'ro': ro } })`. The script-tag build ships it as
 * `i18n/ro.json` and fetches it only for visitors who read Romanian.
 * Formal register (dumneavoastră). Terms as the ANSPDCP uses them: consimțământ, retragerea consimțământului, cookie-uri, date cu caracter personal.
 * Reviewer's glossary: docs/i18n.md.
 */
export const ro: Messages = {
  'banner.title': 'Confidențialitatea dumneavoastră',
  'banner.description':
    'Cu consimțământul dumneavoastră, folosim cookie-uri pentru statistici și publicitate. Dacă refuzați sau închideți acest mesaj, se folosesc doar cookie-urile necesare. Vă puteți schimba alegerea oricând.',
  'banner.policy': 'Politica de confidențialitate',
  'banner.acceptAll': 'Acceptați tot',
  'banner.rejectAll': 'Refuzați tot',
  'banner.preferences': 'Preferințe',
  'banner.close': 'Închideți',
  'notice.description': 'Folosim cookie-uri pentru statistici și publicitate. Le puteți dezactiva din Preferințe.',
  'preferences.title': 'Preferințe de confidențialitate',
  'preferences.description': 'Alegeți ce cookie-uri putem folosi. Cookie-urile necesare sunt mereu active.',
  'preferences.save': 'Salvați',
  'preferences.cookies': 'Cookie-uri',
  'preferences.gpcConflict': 'Astfel, pentru acest site, alegerea dumneavoastră are prioritate față de semnalul Global Privacy Control.',
  'category.necessary.label': 'Necesare',
  'category.necessary.description': 'Necesare pentru funcționarea site-ului și pentru a vă reține alegerea.',
  'category.analytics.label': 'Statistici',
  'category.analytics.description': 'Statistici privind utilizarea site-ului.',
  'category.targeting.label': 'Publicitate',
  'category.targeting.description': 'Reclame personalizate și vânzarea sau partajarea informațiilor personale cu parteneri de publicitate.',
  'optOut.title': 'Opțiunile dumneavoastră de confidențialitate',
  'optOut.description': 'Partajăm date cu parteneri de publicitate pentru reclame personalizate. Vă puteți opune oricând.',
  'optOut.link': 'Nu vindeți și nu partajați informațiile mele personale (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Vă opuneți vânzării și partajării informațiilor dumneavoastră personale?',
  'optOut.confirm': 'Confirmați',
  'optOut.cancel': 'Anulați',
  'optOut.honored': 'Cererea de opoziție a fost respectată (Opt-Out Request Honored)',
  'floating.label': 'Setări de confidențialitate',
  'preferences.saved': 'Alegerea dumneavoastră a fost salvată.',
  'placeholder.text': '„{title}” este furnizat de o terță parte și necesită consimțământul dumneavoastră pentru: {category}.',
  'placeholder.untitled': 'Acest conținut',
  'placeholder.allow': 'Permiteți: {category}',
  'cookieTable.caption': 'Cookie-uri folosite pe acest site',
  'cookieTable.name': 'Nume',
  'cookieTable.provider': 'Furnizor',
  'cookieTable.purpose': 'Scop',
  'cookieTable.duration': 'Durată',
  'cookieTable.category': 'Categorie',
  'cookieTable.session': 'Sesiune',
  'cookieTable.days':
    '{count, plural, =1 {# zi} =2 {# zile} =3 {# zile} =4 {# zile} =5 {# zile} =6 {# zile} =7 {# zile} =8 {# zile} =9 {# zile} =10 {# zile} =11 {# zile} =12 {# zile} =13 {# zile} =14 {# zile} =15 {# zile} =16 {# zile} =17 {# zile} =18 {# zile} =19 {# zile} other {# de zile}}',
  'cookieTable.empty': 'Nu sunt declarate cookie-uri pentru această categorie.',
};

export default ro;
