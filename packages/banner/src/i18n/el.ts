import type { Messages } from './en';

/**
 * Greek texts for ConsentKit's banner. Load it only for visitors who need it: the `el`
 * export (also the default) of the `@consentkit/banner/i18n/el` subpath, passed as
 * `mountBanner(consent, { texts: { 'el': el } })`. The script-tag build ships it as
 * `i18n/el.json` and fetches it only for visitors who read Greek.
 * Formal register (plural of politeness: σας). Terms as the Hellenic DPA uses them: συγκατάθεση, ανάκληση συγκατάθεσης, cookies (the Latin loanword, as the DPA writes it), προσωπικά δεδομένα.
 * Reviewer's glossary: docs/i18n.md.
 */
export const el: Messages = {
  'banner.title': 'Το απόρρητό σας',
  'banner.description':
    'Με τη συγκατάθεσή σας χρησιμοποιούμε cookies για στατιστικά και διαφημίσεις. Αν αρνηθείτε ή κλείσετε αυτό το μήνυμα, χρησιμοποιούνται μόνο τα απαραίτητα cookies. Μπορείτε να αλλάξετε την επιλογή σας οποιαδήποτε στιγμή.',
  'banner.policy': 'Πολιτική απορρήτου',
  'banner.acceptAll': 'Αποδοχή όλων',
  'banner.rejectAll': 'Απόρριψη όλων',
  'banner.preferences': 'Προτιμήσεις',
  'banner.close': 'Κλείσιμο',
  'notice.description': 'Χρησιμοποιούμε cookies για στατιστικά και διαφημίσεις. Μπορείτε να τα απενεργοποιήσετε στις Προτιμήσεις.',
  'preferences.title': 'Προτιμήσεις απορρήτου',
  'preferences.description': 'Επιλέξτε ποια cookies μπορούμε να χρησιμοποιούμε. Τα απαραίτητα cookies είναι πάντα ενεργά.',
  'preferences.save': 'Αποθήκευση',
  'preferences.cookies': 'Cookies',
  'preferences.gpcConflict': 'Έτσι παρακάμπτετε για αυτόν τον ιστότοπο το σήμα Global Privacy Control.',
  'category.necessary.label': 'Απαραίτητα',
  'category.necessary.description': 'Απαιτούνται για τη λειτουργία του ιστότοπου και για να θυμόμαστε την επιλογή σας.',
  'category.analytics.label': 'Στατιστικά',
  'category.analytics.description': 'Στατιστικά για τη χρήση του ιστότοπου.',
  'category.targeting.label': 'Διαφημίσεις',
  'category.targeting.description': 'Εξατομικευμένες διαφημίσεις και πώληση ή κοινοποίηση προσωπικών πληροφοριών σε διαφημιστικούς συνεργάτες.',
  'optOut.title': 'Οι επιλογές απορρήτου σας',
  'optOut.description': 'Κοινοποιούμε δεδομένα σε διαφημιστικούς συνεργάτες για εξατομικευμένες διαφημίσεις. Μπορείτε να εναντιωθείτε οποιαδήποτε στιγμή.',
  'optOut.link': 'Να μην πωλούνται ή κοινοποιούνται οι προσωπικές μου πληροφορίες (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Εναντιώνεστε στην πώληση και την κοινοποίηση των προσωπικών σας πληροφοριών;',
  'optOut.confirm': 'Επιβεβαίωση',
  'optOut.cancel': 'Ακύρωση',
  'optOut.honored': 'Το αίτημα εναντίωσης ικανοποιήθηκε (Opt-Out Request Honored)',
  'floating.label': 'Ρυθμίσεις απορρήτου',
  'preferences.saved': 'Η επιλογή σας αποθηκεύτηκε.',
  'placeholder.text': 'Το «{title}» παρέχεται από τρίτο μέρος και απαιτεί τη συγκατάθεσή σας για: {category}.',
  'placeholder.untitled': 'Αυτό το περιεχόμενο',
  'placeholder.allow': 'Αποδοχή: {category}',
  'cookieTable.caption': 'Cookies που χρησιμοποιούνται σε αυτόν τον ιστότοπο',
  'cookieTable.name': 'Όνομα',
  'cookieTable.provider': 'Πάροχος',
  'cookieTable.purpose': 'Σκοπός',
  'cookieTable.duration': 'Διάρκεια',
  'cookieTable.category': 'Κατηγορία',
  'cookieTable.session': 'Συνεδρία',
  'cookieTable.days': '{count, plural, =1 {# ημέρα} other {# ημέρες}}',
  'cookieTable.empty': 'Δεν έχουν δηλωθεί cookies για αυτήν την κατηγορία.',
};

export default el;
