import type { Messages } from './en';

/**
 * Chinese (Simplified) texts for ConsentKit's banner. Load it only for visitors who need it: the `zhHans`
 * export (also the default) of the `@consentkit/banner/i18n/zh-Hans` subpath, passed as
 * `mountBanner(consent, { texts: { 'zh-Hans': zhHans } })`. The script-tag build ships it as
 * `i18n/zh-Hans.json` and fetches it only for visitors who read Chinese.
 * Polite register (您). Terms as China's national standards for personal information (GB/T 35273) and mainland privacy notices use them: 同意, 撤回同意, Cookie, 个人信息.
 * Reviewer's glossary: docs/i18n.md.
 */
export const zhHans: Messages = {
  'banner.title': '您的隐私',
  'banner.description': '经您同意，我们会将 Cookie 用于统计和广告。如果您拒绝或关闭此提示，我们只使用必要的 Cookie。您可以随时更改您的选择。',
  'banner.policy': '隐私政策',
  'banner.acceptAll': '全部接受',
  'banner.rejectAll': '全部拒绝',
  'banner.preferences': '偏好设置',
  'banner.close': '关闭',
  'notice.description': '我们将 Cookie 用于统计和广告。您可以在“偏好设置”中将其关闭。',
  'preferences.title': '隐私偏好设置',
  'preferences.description': '请选择我们可以使用哪些 Cookie。必要的 Cookie 始终启用。',
  'preferences.save': '保存',
  'preferences.cookies': 'Cookie 列表',
  'preferences.gpcConflict': '在本网站上，此设置将取代您的 Global Privacy Control 信号。',
  'category.necessary.label': '必要',
  'category.necessary.description': '用于网站正常运行并记住您的选择。',
  'category.analytics.label': '统计',
  'category.analytics.description': '关于网站使用情况的统计。',
  'category.targeting.label': '广告',
  'category.targeting.description': '个性化广告，以及向广告合作伙伴出售或共享个人信息。',
  'optOut.title': '您的隐私选择',
  'optOut.description': '我们会与广告合作伙伴共享数据，用于个性化广告。您可以随时选择退出。',
  'optOut.link': '请勿出售或共享我的个人信息 (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': '要选择退出对您个人信息的出售和共享吗？',
  'optOut.confirm': '确认',
  'optOut.cancel': '取消',
  'optOut.honored': '已执行退出请求 (Opt-Out Request Honored)',
  'floating.label': '隐私设置',
  'preferences.saved': '您的选择已保存。',
  'placeholder.text': '“{title}”由第三方提供，需要您同意以下用途：{category}。',
  'placeholder.untitled': '此内容',
  'placeholder.allow': '允许：{category}',
  'cookieTable.caption': '本网站使用的 Cookie',
  'cookieTable.name': '名称',
  'cookieTable.provider': '提供方',
  'cookieTable.purpose': '用途',
  'cookieTable.duration': '存储期限',
  'cookieTable.category': '类别',
  'cookieTable.session': '会话',
  'cookieTable.days': '{count} 天',
  'cookieTable.empty': '此类别未声明任何 Cookie。',
};

export default zhHans;
