import type { Messages } from './en';

/**
 * Indonesian texts for ConsentKit's banner. Load it only for visitors who need it: the `id`
 * export (also the default) of the `@consentkit/banner/i18n/id` subpath, passed as
 * `mountBanner(consent, { texts: { 'id': id } })`. The script-tag build ships it as
 * `i18n/id.json` and fetches it only for visitors who read Indonesian.
 * Formal register (Anda). Terms as Indonesia's Personal Data Protection Law (UU PDP) uses them: persetujuan, menarik kembali persetujuan, cookie, data pribadi.
 * Reviewer's glossary: docs/i18n.md.
 */
export const id: Messages = {
  'banner.title': 'Privasi Anda',
  'banner.description':
    'Dengan persetujuan Anda, kami menggunakan cookie untuk statistik dan iklan. Jika Anda menolak atau menutup pemberitahuan ini, hanya cookie yang diperlukan yang digunakan. Anda dapat mengubah pilihan Anda kapan saja.',
  'banner.policy': 'Kebijakan privasi',
  'banner.acceptAll': 'Terima semua',
  'banner.rejectAll': 'Tolak semua',
  'banner.preferences': 'Preferensi',
  'banner.close': 'Tutup',
  'notice.description': 'Kami menggunakan cookie untuk statistik dan iklan. Anda dapat menonaktifkannya di Preferensi.',
  'preferences.title': 'Preferensi privasi',
  'preferences.description': 'Pilih cookie yang boleh kami gunakan. Cookie yang diperlukan selalu aktif.',
  'preferences.save': 'Simpan',
  'preferences.cookies': 'Cookie',
  'preferences.gpcConflict': 'Untuk situs ini, pilihan ini mengesampingkan sinyal Global Privacy Control Anda.',
  'category.necessary.label': 'Diperlukan',
  'category.necessary.description': 'Diperlukan agar situs berfungsi dan untuk mengingat pilihan Anda.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description': 'Statistik tentang penggunaan situs.',
  'category.targeting.label': 'Iklan',
  'category.targeting.description': 'Iklan yang dipersonalisasi, serta penjualan atau pembagian informasi pribadi kepada mitra iklan.',
  'optOut.title': 'Pilihan privasi Anda',
  'optOut.description': 'Kami membagikan data kepada mitra iklan untuk iklan yang dipersonalisasi. Anda dapat menolaknya kapan saja.',
  'optOut.link': 'Jangan jual atau bagikan informasi pribadi saya (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Menolak penjualan dan pembagian informasi pribadi Anda?',
  'optOut.confirm': 'Konfirmasi',
  'optOut.cancel': 'Batal',
  'optOut.honored': 'Permintaan penolakan telah dipenuhi (Opt-Out Request Honored)',
  'floating.label': 'Pengaturan privasi',
  'preferences.saved': 'Pilihan Anda telah disimpan.',
  'placeholder.text': '“{title}” disediakan oleh pihak ketiga dan memerlukan persetujuan Anda untuk: {category}.',
  'placeholder.untitled': 'Konten ini',
  'placeholder.allow': 'Izinkan: {category}',
  'cookieTable.caption': 'Cookie yang digunakan di situs ini',
  'cookieTable.name': 'Nama',
  'cookieTable.provider': 'Penyedia',
  'cookieTable.purpose': 'Tujuan',
  'cookieTable.duration': 'Masa simpan',
  'cookieTable.category': 'Kategori',
  'cookieTable.session': 'Sesi',
  'cookieTable.days': '{count} hari',
  'cookieTable.empty': 'Tidak ada cookie yang dinyatakan untuk kategori ini.',
};

export default id;
