import type { Messages } from './en';

/**
 * Arabic (right-to-left) texts for ConsentKit's banner. Load it only for visitors who need it: the `ar`
 * export (also the default) of the `@consentkit/banner/i18n/ar` subpath, passed as
 * `mountBanner(consent, { texts: { 'ar': ar } })`. The script-tag build ships it as
 * `i18n/ar.json` and fetches it only for visitors who read Arabic.
 * Modern Standard Arabic, addressing the reader directly as Arabic privacy notices do. Terms as Arab data-protection regulators (e.g. SDAIA, UAE Data Office) use them: موافقة (consent), سحب الموافقة (withdraw), ملفات تعريف الارتباط (cookies).
 * Reviewer's glossary: docs/i18n.md.
 */
export const ar: Messages = {
  'banner.title': 'خصوصيتك',
  'banner.description':
    'بموافقتك نستخدم ملفات تعريف الارتباط للإحصاءات والإعلانات. إذا رفضت أو أغلقت هذا الإشعار فلن نستخدم إلا الملفات الضرورية. يمكنك تغيير اختيارك في أي وقت.',
  'banner.policy': 'سياسة الخصوصية',
  'banner.acceptAll': 'قبول الكل',
  'banner.rejectAll': 'رفض الكل',
  'banner.preferences': 'التفضيلات',
  'banner.close': 'إغلاق',
  'notice.description': 'نستخدم ملفات تعريف الارتباط للإحصاءات والإعلانات. يمكنك إيقافها من التفضيلات.',
  'preferences.title': 'تفضيلات الخصوصية',
  'preferences.description': 'اختر ملفات تعريف الارتباط التي يمكننا استخدامها. الملفات الضرورية مفعّلة دائمًا.',
  'preferences.save': 'حفظ',
  'preferences.cookies': 'ملفات تعريف الارتباط',
  'preferences.gpcConflict': 'هذا يتجاوز إشارة التحكم العالمي في الخصوصية (Global Privacy Control) لهذا الموقع فقط.',
  'category.necessary.label': 'ضرورية',
  'category.necessary.description': 'لازمة لعمل الموقع ولتذكّر اختيارك.',
  'category.analytics.label': 'الإحصاءات',
  'category.analytics.description': 'إحصاءات حول استخدام الموقع.',
  'category.targeting.label': 'الإعلانات',
  'category.targeting.description': 'إعلانات مخصّصة، وبيع المعلومات الشخصية أو مشاركتها مع شركاء الإعلان.',
  'optOut.title': 'خيارات الخصوصية',
  'optOut.description': 'نشارك البيانات مع شركاء الإعلان لعرض إعلانات مخصّصة. يمكنك الاعتراض في أي وقت.',
  'optOut.link': 'عدم بيع معلوماتي الشخصية أو مشاركتها \u2066(Do Not Sell or Share My Personal Information)\u2069',
  'optOut.confirmText': 'هل تريد الاعتراض على بيع معلوماتك الشخصية ومشاركتها؟',
  'optOut.confirm': 'تأكيد',
  'optOut.cancel': 'إلغاء',
  'optOut.honored': 'تم تنفيذ طلب الاعتراض \u2066(Opt-Out Request Honored)\u2069',
  'floating.label': 'إعدادات الخصوصية',
  'preferences.saved': 'تم حفظ اختيارك.',
  'placeholder.text': '«{title}» مقدَّم من طرف ثالث ويحتاج إلى موافقتك على: {category}.',
  'placeholder.untitled': 'هذا المحتوى',
  'placeholder.allow': 'السماح بـ: {category}',
  'cookieTable.caption': 'ملفات تعريف الارتباط المستخدمة على هذا الموقع',
  'cookieTable.name': 'الاسم',
  'cookieTable.provider': 'المزوّد',
  'cookieTable.purpose': 'الغرض',
  'cookieTable.duration': 'المدة',
  'cookieTable.category': 'الفئة',
  'cookieTable.session': 'الجلسة',
  'cookieTable.days':
    '{count, plural, =1 {يوم واحد} =2 {يومان} =3 {# أيام} =4 {# أيام} =5 {# أيام} =6 {# أيام} =7 {# أيام} =8 {# أيام} =9 {# أيام} =10 {# أيام} other {# يوم}}',
  'cookieTable.empty': 'لم يُعلَن عن أي ملفات تعريف ارتباط لهذه الفئة.',
};

export default ar;
