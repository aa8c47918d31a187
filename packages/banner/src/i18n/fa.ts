import type { Messages } from './en';

/**
 * Persian (right-to-left) texts for ConsentKit's banner. Load it only for visitors who need it: the `fa`
 * export (also the default) of the `@consentkit/banner/i18n/fa` subpath, passed as
 * `mountBanner(consent, { texts: { 'fa': fa } })`. The script-tag build ships it as
 * `i18n/fa.json` and fetches it only for visitors who read Persian.
 * Formal register (شما). Terms as Iranian and Persian-language privacy notices use them: رضایت, پس گرفتن رضایت, کوکی‌ها, اطلاعات شخصی.
 * Reviewer's glossary: docs/i18n.md.
 */
export const fa: Messages = {
  'banner.title': 'حریم خصوصی شما',
  'banner.description':
    'با رضایت شما از کوکی‌ها برای آمار و تبلیغات استفاده می‌کنیم. اگر رد کنید یا این پیام را ببندید، فقط کوکی‌های ضروری به کار می‌روند. هر زمان بخواهید می‌توانید انتخاب خود را تغییر دهید.',
  'banner.policy': 'سیاست حفظ حریم خصوصی',
  'banner.acceptAll': 'پذیرفتن همه',
  'banner.rejectAll': 'رد همه',
  'banner.preferences': 'ترجیحات',
  'banner.close': 'بستن',
  'notice.description': 'ما از کوکی‌ها برای آمار و تبلیغات استفاده می‌کنیم. می‌توانید آن‌ها را در ترجیحات خاموش کنید.',
  'preferences.title': 'ترجیحات حریم خصوصی',
  'preferences.description': 'انتخاب کنید از کدام کوکی‌ها می‌توانیم استفاده کنیم. کوکی‌های ضروری همیشه فعال‌اند.',
  'preferences.save': 'ذخیره',
  'preferences.cookies': 'کوکی‌ها',
  'preferences.gpcConflict': 'این کار، برای این وب‌سایت، سیگنال Global Privacy Control شما را نادیده می‌گیرد.',
  'category.necessary.label': 'ضروری',
  'category.necessary.description': 'برای کارکرد وب‌سایت و به خاطر سپردن انتخاب شما لازم است.',
  'category.analytics.label': 'آمار',
  'category.analytics.description': 'آمار استفاده از وب‌سایت.',
  'category.targeting.label': 'تبلیغات',
  'category.targeting.description': 'تبلیغات شخصی‌سازی‌شده و فروش یا اشتراک‌گذاری اطلاعات شخصی با شرکای تبلیغاتی.',
  'optOut.title': 'انتخاب‌های حریم خصوصی شما',
  'optOut.description': 'ما داده‌ها را برای تبلیغات شخصی‌سازی‌شده با شرکای تبلیغاتی به اشتراک می‌گذاریم. هر زمان بخواهید می‌توانید با آن مخالفت کنید.',
  'optOut.link': 'اطلاعات شخصی مرا نفروشید و به اشتراک نگذارید \u2066(Do Not Sell or Share My Personal Information)\u2069',
  'optOut.confirmText': 'با فروش و اشتراک‌گذاری اطلاعات شخصی خود مخالفت می‌کنید؟',
  'optOut.confirm': 'تأیید',
  'optOut.cancel': 'لغو',
  'optOut.honored': 'درخواست انصراف شما اجرا شد \u2066(Opt-Out Request Honored)\u2069',
  'floating.label': 'تنظیمات حریم خصوصی',
  'preferences.saved': 'انتخاب شما ذخیره شد.',
  'placeholder.text': '«{title}» را شخص ثالث ارائه می‌دهد و برای این موارد به رضایت شما نیاز دارد: {category}.',
  'placeholder.untitled': 'این محتوا',
  'placeholder.allow': 'اجازه دادن: {category}',
  'cookieTable.caption': 'کوکی‌هایی که این وب‌سایت استفاده می‌کند',
  'cookieTable.name': 'نام',
  'cookieTable.provider': 'ارائه‌دهنده',
  'cookieTable.purpose': 'هدف',
  'cookieTable.duration': 'مدت',
  'cookieTable.category': 'دسته',
  'cookieTable.session': 'نشست',
  'cookieTable.days': '{count} روز',
  'cookieTable.empty': 'هیچ کوکی‌ای برای این دسته اعلام نشده است.',
};

export default fa;
