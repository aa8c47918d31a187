import type { Messages } from './en';

/**
 * Japanese texts for ConsentKit's banner. Load it only for visitors who need it: the `ja`
 * export (also the default) of the `@consentkit/banner/i18n/ja` subpath, passed as
 * `mountBanner(consent, { texts: { 'ja': ja } })`. The script-tag build ships it as
 * `i18n/ja.json` and fetches it only for visitors who read Japanese.
 * Polite style (です・ます調). Terms as the Personal Information Protection Commission (PPC) and Japanese privacy notices use them: 同意, 同意の撤回, Cookie, 個人情報.
 * Reviewer's glossary: docs/i18n.md.
 */
export const ja: Messages = {
  'banner.title': 'プライバシーについて',
  'banner.description':
    'お客様の同意を得た場合、統計と広告のためにCookieを使用します。拒否するか、このお知らせを閉じた場合は、必要なCookieのみを使用します。選択はいつでも変更できます。',
  'banner.policy': 'プライバシーポリシー',
  'banner.acceptAll': 'すべて同意する',
  'banner.rejectAll': 'すべて拒否する',
  'banner.preferences': '詳細設定',
  'banner.close': '閉じる',
  'notice.description': '統計と広告のためにCookieを使用しています。詳細設定でオフにできます。',
  'preferences.title': 'プライバシー設定',
  'preferences.description': '使用を許可するCookieを選択してください。必要なCookieは常に有効です。',
  'preferences.save': '保存する',
  'preferences.cookies': 'Cookie一覧',
  'preferences.gpcConflict': 'このサイトでは、お客様のGlobal Privacy Controlシグナルよりこの設定が優先されます。',
  'category.necessary.label': '必須',
  'category.necessary.description': 'サイトの動作と、お客様の選択の記憶に必要です。',
  'category.analytics.label': '統計',
  'category.analytics.description': 'サイトの利用状況に関する統計です。',
  'category.targeting.label': '広告',
  'category.targeting.description': 'パーソナライズ広告、および広告パートナーへの個人情報の販売または共有です。',
  'optOut.title': 'プライバシーに関する選択',
  'optOut.description': 'パーソナライズ広告のため、広告パートナーとデータを共有しています。いつでもオプトアウトできます。',
  'optOut.link': '私の個人情報を販売・共有しない (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': '個人情報の販売と共有をオプトアウトしますか？',
  'optOut.confirm': '確認する',
  'optOut.cancel': 'キャンセル',
  'optOut.honored': 'オプトアウトの申請を受け付けました (Opt-Out Request Honored)',
  'floating.label': 'プライバシー設定',
  'preferences.saved': '選択を保存しました。',
  'placeholder.text': '「{title}」は第三者が提供しており、次の項目への同意が必要です：{category}。',
  'placeholder.untitled': 'このコンテンツ',
  'placeholder.allow': '許可する：{category}',
  'cookieTable.caption': 'このサイトで使用しているCookie',
  'cookieTable.name': '名前',
  'cookieTable.provider': '提供元',
  'cookieTable.purpose': '目的',
  'cookieTable.duration': '保存期間',
  'cookieTable.category': 'カテゴリ',
  'cookieTable.session': 'セッション',
  'cookieTable.days': '{count}日',
  'cookieTable.empty': 'このカテゴリで宣言されているCookieはありません。',
};

export default ja;
