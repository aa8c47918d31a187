import type { Messages } from './en';

/**
 * Hebrew (right-to-left) texts for ConsentKit's banner. Load it only for visitors who need it: the `he`
 * export (also the default) of the `@consentkit/banner/i18n/he` subpath, passed as
 * `mountBanner(consent, { texts: { 'he': he } })`. The script-tag build ships it as
 * `i18n/he.json` and fetches it only for visitors who read Hebrew.
 * Gender-neutral wording where Hebrew allows it (infinitives and nouns for buttons, plural or impersonal sentences), the usual register of Israeli privacy notices. Terms as the Privacy Protection Authority uses them: הסכמה, ביטול הסכמה, עוגיות, מידע אישי.
 * Reviewer's glossary: docs/i18n.md.
 */
export const he: Messages = {
  'banner.title': 'הפרטיות שלך',
  'banner.description':
    'בהסכמתך אנו משתמשים בעוגיות לסטטיסטיקה ולפרסום. דחייה או סגירה של הודעה זו משאירה רק את העוגיות ההכרחיות. אפשר לשנות את הבחירה בכל עת.',
  'banner.policy': 'מדיניות פרטיות',
  'banner.acceptAll': 'אישור הכול',
  'banner.rejectAll': 'דחיית הכול',
  'banner.preferences': 'העדפות',
  'banner.close': 'סגירה',
  'notice.description': 'אנו משתמשים בעוגיות לסטטיסטיקה ולפרסום. אפשר לכבות אותן בהעדפות.',
  'preferences.title': 'העדפות פרטיות',
  'preferences.description': 'יש לבחור באילו עוגיות מותר לנו להשתמש. העוגיות ההכרחיות פעילות תמיד.',
  'preferences.save': 'שמירה',
  'preferences.cookies': 'עוגיות',
  'preferences.gpcConflict': 'פעולה זו גוברת, באתר זה, על אות ה־Global Privacy Control שלך.',
  'category.necessary.label': 'הכרחיות',
  'category.necessary.description': 'נחוצות לפעולת האתר ולשמירת הבחירה שלך.',
  'category.analytics.label': 'סטטיסטיקה',
  'category.analytics.description': 'סטטיסטיקה על השימוש באתר.',
  'category.targeting.label': 'פרסום',
  'category.targeting.description': 'פרסומות מותאמות אישית, ומכירה או שיתוף של מידע אישי עם שותפי פרסום.',
  'optOut.title': 'אפשרויות הפרטיות שלך',
  'optOut.description': 'אנו משתפים נתונים עם שותפי פרסום לצורך פרסומות מותאמות אישית. אפשר לבטל זאת בכל עת.',
  'optOut.link': 'אין למכור או לשתף את המידע האישי שלי \u2066(Do Not Sell or Share My Personal Information)\u2069',
  'optOut.confirmText': 'לבטל את המכירה והשיתוף של המידע האישי שלך?',
  'optOut.confirm': 'אישור',
  'optOut.cancel': 'ביטול',
  'optOut.honored': 'בקשת הביטול כובדה \u2066(Opt-Out Request Honored)\u2069',
  'floating.label': 'הגדרות פרטיות',
  'preferences.saved': 'הבחירה שלך נשמרה.',
  'placeholder.text': '״{title}״ מסופק על ידי צד שלישי ונדרשת הסכמתך עבור: {category}.',
  'placeholder.untitled': 'תוכן זה',
  'placeholder.allow': 'לאפשר: {category}',
  'cookieTable.caption': 'עוגיות שבשימוש באתר זה',
  'cookieTable.name': 'שם',
  'cookieTable.provider': 'ספק',
  'cookieTable.purpose': 'מטרה',
  'cookieTable.duration': 'משך',
  'cookieTable.category': 'קטגוריה',
  'cookieTable.session': 'הפעלה',
  'cookieTable.days': '{count, plural, =1 {יום אחד} =2 {יומיים} other {# ימים}}',
  'cookieTable.empty': 'לא הוצהרו עוגיות בקטגוריה זו.',
};

export default he;
