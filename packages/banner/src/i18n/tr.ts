import type { Messages } from './en';

/**
 * Turkish texts for ConsentKit's banner. Load it only for visitors who need it: the `tr`
 * export (also the default) of the `@consentkit/banner/i18n/tr` subpath, passed as
 * `mountBanner(consent, { texts: { 'tr': tr } })`. The script-tag build ships it as
 * `i18n/tr.json` and fetches it only for visitors who read Turkish.
 * Formal register (siz). Terms as the KVKK's cookie guide (Çerez Uygulamaları Hakkında Rehber) uses them: açık rıza, rızayı geri almak, çerezler, kişisel veriler.
 * Reviewer's glossary: docs/i18n.md.
 */
export const tr: Messages = {
  'banner.title': 'Gizliliğiniz',
  'banner.description':
    'Açık rızanızla istatistik ve reklam amaçlı çerezler kullanıyoruz. Reddederseniz veya bu bildirimi kapatırsanız yalnızca zorunlu çerezler kullanılır. Tercihinizi istediğiniz zaman değiştirebilirsiniz.',
  'banner.policy': 'Gizlilik politikası',
  'banner.acceptAll': 'Tümünü kabul et',
  'banner.rejectAll': 'Tümünü reddet',
  'banner.preferences': 'Tercihler',
  'banner.close': 'Kapat',
  'notice.description': 'İstatistik ve reklam amaçlı çerezler kullanıyoruz. Bunları Tercihler bölümünden kapatabilirsiniz.',
  'preferences.title': 'Gizlilik tercihleri',
  'preferences.description': 'Hangi çerezleri kullanabileceğimizi seçin. Zorunlu çerezler her zaman açıktır.',
  'preferences.save': 'Kaydet',
  'preferences.cookies': 'Çerezler',
  'preferences.gpcConflict': 'Bu, bu site için Global Privacy Control sinyalinizi geçersiz kılar.',
  'category.necessary.label': 'Zorunlu',
  'category.necessary.description': 'Sitenin çalışması ve tercihinizin hatırlanması için gereklidir.',
  'category.analytics.label': 'İstatistik',
  'category.analytics.description': 'Sitenin kullanımına ilişkin istatistikler.',
  'category.targeting.label': 'Reklam',
  'category.targeting.description': 'Kişiselleştirilmiş reklamlar ve kişisel bilgilerin reklam ortaklarına satılması veya onlarla paylaşılması.',
  'optOut.title': 'Gizlilik seçimleriniz',
  'optOut.description': 'Kişiselleştirilmiş reklamlar için verileri reklam ortaklarımızla paylaşıyoruz. Buna istediğiniz zaman itiraz edebilirsiniz.',
  'optOut.link': 'Kişisel bilgilerimi satmayın veya paylaşmayın (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Kişisel bilgilerinizin satılmasına ve paylaşılmasına itiraz ediyor musunuz?',
  'optOut.confirm': 'Onayla',
  'optOut.cancel': 'İptal',
  'optOut.honored': 'İtiraz talebiniz yerine getirildi (Opt-Out Request Honored)',
  'floating.label': 'Gizlilik ayarları',
  'preferences.saved': 'Tercihiniz kaydedildi.',
  'placeholder.text': '“{title}” üçüncü bir tarafça sağlanıyor ve şunun için açık rızanız gerekiyor: {category}.',
  'placeholder.untitled': 'Bu içerik',
  'placeholder.allow': 'İzin ver: {category}',
  'cookieTable.caption': 'Bu sitede kullanılan çerezler',
  'cookieTable.name': 'Ad',
  'cookieTable.provider': 'Sağlayıcı',
  'cookieTable.purpose': 'Amaç',
  'cookieTable.duration': 'Süre',
  'cookieTable.category': 'Kategori',
  'cookieTable.session': 'Oturum',
  'cookieTable.days': '{count} gün',
  'cookieTable.empty': 'Bu kategori için bildirilmiş çerez yok.',
};

export default tr;
