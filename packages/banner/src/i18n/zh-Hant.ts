import type { Messages } from './en';

/**
 * Chinese (Traditional) texts for ConsentKit's banner. Load it only for visitors who need it: the `zhHant`
 * export (also the default) of the `@consentkit/banner/i18n/zh-Hant` subpath, passed as
 * `mountBanner(consent, { texts: { 'zh-Hant': zhHant } })`. The script-tag build ships it as
 * `i18n/zh-Hant.json` and fetches it only for visitors who read Chinese.
 * Polite register (您), Taiwan and Hong Kong vocabulary (網站, 資料, 儲存). Terms as Taiwan's Personal Data Protection Act and Hong Kong's PCPD use them: 同意, 撤回同意, Cookie, 個人資料.
 * Reviewer's glossary: docs/i18n.md.
 */
export const zhHant: Messages = {
  'banner.title': '您的隱私',
  'banner.description': '經您同意，我們會將 Cookie 用於統計與廣告。如果您拒絕或關閉此通知，我們只會使用必要的 Cookie。您可以隨時變更您的選擇。',
  'banner.policy': '隱私權政策',
  'banner.acceptAll': '全部接受',
  'banner.rejectAll': '全部拒絕',
  'banner.preferences': '偏好設定',
  'banner.close': '關閉',
  'notice.description': '我們將 Cookie 用於統計與廣告。您可以在「偏好設定」中將其關閉。',
  'preferences.title': '隱私偏好設定',
  'preferences.description': '請選擇我們可以使用哪些 Cookie。必要的 Cookie 一律啟用。',
  'preferences.save': '儲存',
  'preferences.cookies': 'Cookie 清單',
  'preferences.gpcConflict': '在本網站上，此設定將取代您的 Global Privacy Control 訊號。',
  'category.necessary.label': '必要',
  'category.necessary.description': '用於維持網站運作並記住您的選擇。',
  'category.analytics.label': '統計',
  'category.analytics.description': '網站使用情況的統計。',
  'category.targeting.label': '廣告',
  'category.targeting.description': '個人化廣告，以及向廣告合作夥伴出售或分享個人資料。',
  'optOut.title': '您的隱私選擇',
  'optOut.description': '我們會與廣告合作夥伴分享資料，以提供個人化廣告。您可以隨時選擇退出。',
  'optOut.link': '請勿出售或分享我的個人資料 (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': '要選擇退出對您個人資料的出售與分享嗎？',
  'optOut.confirm': '確認',
  'optOut.cancel': '取消',
  'optOut.honored': '已執行退出請求 (Opt-Out Request Honored)',
  'floating.label': '隱私設定',
  'preferences.saved': '您的選擇已儲存。',
  'placeholder.text': '「{title}」由第三方提供，需要您同意以下用途：{category}。',
  'placeholder.untitled': '此內容',
  'placeholder.allow': '允許：{category}',
  'cookieTable.caption': '本網站使用的 Cookie',
  'cookieTable.name': '名稱',
  'cookieTable.provider': '提供者',
  'cookieTable.purpose': '用途',
  'cookieTable.duration': '保存期限',
  'cookieTable.category': '類別',
  'cookieTable.session': '工作階段',
  'cookieTable.days': '{count} 天',
  'cookieTable.empty': '此類別未宣告任何 Cookie。',
};

export default zhHant;
