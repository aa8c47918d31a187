import type { Messages } from './en';

/**
 * Arabic (right-to-left sample) texts for ConsentKit's banner. Load it only for visitors who need it:
 * the `ar` export of the `@consentkit/banner/i18n/ar` subpath, passed as
 * `mountBanner(consent, { texts: { ar } })`.
 * A plain object, so the script-tag build can also ship it as JSON.
 */
export const ar: Messages = {
  'banner.title': "خصوصيتك",
  'banner.description': "بموافقتك نستخدم ملفات تعريف الارتباط للإحصاءات والإعلانات. إذا رفضت أو أغلقت هذا الإشعار فلن نستخدم إلا الملفات الضرورية. يمكنك تغيير اختيارك في أي وقت.",
  'banner.policy': "سياسة الخصوصية",
  'banner.acceptAll': "قبول الكل",
  'banner.rejectAll': "رفض الكل",
  'banner.preferences': "التفضيلات",
  'banner.close': "إغلاق",
  'notice.description': "نستخدم ملفات تعريف الارتباط للإحصاءات والإعلانات. يمكنك إيقافها من التفضيلات.",
  'preferences.title': "تفضيلات الخصوصية",
  'preferences.description': "اختر ملفات تعريف الارتباط التي يمكننا استخدامها. الملفات الضرورية مفعّلة دائمًا.",
  'preferences.save': "حفظ",
  'preferences.cookies': "ملفات تعريف الارتباط",
  'preferences.gpcConflict': "هذا يتجاوز إشارة التحكم العالمي في الخصوصية (GPC) لهذا الموقع فقط.",
  'category.necessary.label': "ضرورية",
  'category.necessary.description': "لازمة لعمل الموقع ولتذكّر اختيارك.",
  'category.analytics.label': "الإحصاءات",
  'category.analytics.description': "إحصاءات حول استخدام الموقع.",
  'category.targeting.label': "الإعلانات",
  'category.targeting.description': "إعلانات مخصصة، وبيع المعلومات الشخصية أو مشاركتها مع شركاء الإعلان.",
  'optOut.title': "خيارات الخصوصية",
  'optOut.description': "نشارك البيانات مع شركاء الإعلان لعرض إعلانات مخصصة. يمكنك الاعتراض في أي وقت.",
  'optOut.link': "لا تبع معلوماتي الشخصية أو تشاركها",
  'optOut.confirmText': "هل تريد الاعتراض على بيع معلوماتك الشخصية ومشاركتها؟",
  'optOut.confirm': "تأكيد",
  'optOut.cancel': "إلغاء",
  'optOut.honored': "تم احترام طلب إلغاء الاشتراك",
  'floating.label': "إعدادات الخصوصية",
  'preferences.saved': "تم حفظ اختيارك.",
  'placeholder.text': "«{title}» مقدَّم من طرف ثالث ويحتاج إلى موافقتك على: {category}.",
  'placeholder.untitled': "هذا المحتوى",
  'placeholder.allow': "السماح بـ {category}",
  'cookieTable.caption': "ملفات تعريف الارتباط المستخدمة على هذا الموقع",
  'cookieTable.name': "الاسم",
  'cookieTable.provider': "المزوّد",
  'cookieTable.purpose': "الغرض",
  'cookieTable.duration': "المدة",
  'cookieTable.category': "الفئة",
  'cookieTable.session': "الجلسة",
  'cookieTable.days': "{count} يوم",
  'cookieTable.empty': "لم يُعلن عن أي ملفات تعريف ارتباط لهذه الفئة.",
};

export default ar;
