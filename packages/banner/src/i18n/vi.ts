import type { Messages } from './en';

/**
 * Vietnamese texts for ConsentKit's banner. Load it only for visitors who need it: the `vi`
 * export (also the default) of the `@consentkit/banner/i18n/vi` subpath, passed as
 * `mountBanner(consent, { texts: { 'vi': vi } })`. The script-tag build ships it as
 * `i18n/vi.json` and fetches it only for visitors who read Vietnamese.
 * Polite register (Quý vị is too ceremonious for a banner; bạn is the usual polite form of Vietnamese websites). Terms as Decree 13/2023/ND-CP on personal data protection uses them: sự đồng ý, rút lại sự đồng ý, cookie, dữ liệu cá nhân.
 * Reviewer's glossary: docs/i18n.md.
 */
export const vi: Messages = {
  'banner.title': 'Quyền riêng tư của bạn',
  'banner.description':
    'Khi có sự đồng ý của bạn, chúng tôi sử dụng cookie cho mục đích thống kê và quảng cáo. Nếu bạn từ chối hoặc đóng thông báo này, chỉ những cookie cần thiết được sử dụng. Bạn có thể thay đổi lựa chọn bất cứ lúc nào.',
  'banner.policy': 'Chính sách quyền riêng tư',
  'banner.acceptAll': 'Chấp nhận tất cả',
  'banner.rejectAll': 'Từ chối tất cả',
  'banner.preferences': 'Tùy chọn',
  'banner.close': 'Đóng',
  'notice.description': 'Chúng tôi sử dụng cookie cho mục đích thống kê và quảng cáo. Bạn có thể tắt chúng trong phần Tùy chọn.',
  'preferences.title': 'Tùy chọn quyền riêng tư',
  'preferences.description': 'Hãy chọn những cookie mà chúng tôi được phép sử dụng. Cookie cần thiết luôn được bật.',
  'preferences.save': 'Lưu',
  'preferences.cookies': 'Danh sách cookie',
  'preferences.gpcConflict': 'Trên trang web này, lựa chọn này sẽ thay thế tín hiệu Global Privacy Control của bạn.',
  'category.necessary.label': 'Cần thiết',
  'category.necessary.description': 'Cần thiết để trang web hoạt động và ghi nhớ lựa chọn của bạn.',
  'category.analytics.label': 'Thống kê',
  'category.analytics.description': 'Số liệu thống kê về cách sử dụng trang web.',
  'category.targeting.label': 'Quảng cáo',
  'category.targeting.description': 'Quảng cáo được cá nhân hóa, và việc bán hoặc chia sẻ thông tin cá nhân với các đối tác quảng cáo.',
  'optOut.title': 'Lựa chọn quyền riêng tư của bạn',
  'optOut.description': 'Chúng tôi chia sẻ dữ liệu với các đối tác quảng cáo để hiển thị quảng cáo được cá nhân hóa. Bạn có thể từ chối bất cứ lúc nào.',
  'optOut.link': 'Không bán hoặc chia sẻ thông tin cá nhân của tôi (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'Từ chối việc bán và chia sẻ thông tin cá nhân của bạn?',
  'optOut.confirm': 'Xác nhận',
  'optOut.cancel': 'Hủy',
  'optOut.honored': 'Yêu cầu từ chối đã được thực hiện (Opt-Out Request Honored)',
  'floating.label': 'Cài đặt quyền riêng tư',
  'preferences.saved': 'Lựa chọn của bạn đã được lưu.',
  'placeholder.text': '“{title}” do bên thứ ba cung cấp và cần sự đồng ý của bạn cho: {category}.',
  'placeholder.untitled': 'Nội dung này',
  'placeholder.allow': 'Cho phép: {category}',
  'cookieTable.caption': 'Cookie được sử dụng trên trang web này',
  'cookieTable.name': 'Tên',
  'cookieTable.provider': 'Nhà cung cấp',
  'cookieTable.purpose': 'Mục đích',
  'cookieTable.duration': 'Thời hạn lưu trữ',
  'cookieTable.category': 'Danh mục',
  'cookieTable.session': 'Phiên',
  'cookieTable.days': '{count} ngày',
  'cookieTable.empty': 'Không có cookie nào được khai báo cho danh mục này.',
};

export default vi;
