import type { Messages } from './en';

/**
 * Korean texts for ConsentKit's banner. Load it only for visitors who need it: the `ko`
 * export (also the default) of the `@consentkit/banner/i18n/ko` subpath, passed as
 * `mountBanner(consent, { texts: { 'ko': ko } })`. The script-tag build ships it as
 * `i18n/ko.json` and fetches it only for visitors who read Korean.
 * Formal polite style (합니다체). Terms as the Personal Information Protection Commission (PIPC) uses them: 동의, 동의 철회, 쿠키, 개인정보.
 * Reviewer's glossary: docs/i18n.md.
 */
export const ko: Messages = {
  'banner.title': '개인정보 보호',
  'banner.description':
    '귀하의 동의를 받아 통계 및 광고 목적으로 쿠키를 사용합니다. 거부하거나 이 알림을 닫으면 필수 쿠키만 사용됩니다. 선택은 언제든지 변경할 수 있습니다.',
  'banner.policy': '개인정보 처리방침',
  'banner.acceptAll': '모두 허용',
  'banner.rejectAll': '모두 거부',
  'banner.preferences': '설정',
  'banner.close': '닫기',
  'notice.description': '통계 및 광고 목적으로 쿠키를 사용합니다. 설정에서 끌 수 있습니다.',
  'preferences.title': '개인정보 보호 설정',
  'preferences.description': '사용을 허용할 쿠키를 선택하십시오. 필수 쿠키는 항상 사용됩니다.',
  'preferences.save': '저장',
  'preferences.cookies': '쿠키',
  'preferences.gpcConflict': '이 사이트에서는 이 설정이 귀하의 Global Privacy Control 신호보다 우선합니다.',
  'category.necessary.label': '필수',
  'category.necessary.description': '사이트 운영과 귀하의 선택을 기억하는 데 필요합니다.',
  'category.analytics.label': '통계',
  'category.analytics.description': '사이트 이용에 관한 통계입니다.',
  'category.targeting.label': '광고',
  'category.targeting.description': '맞춤형 광고, 그리고 광고 파트너에 대한 개인정보 판매 또는 공유입니다.',
  'optOut.title': '개인정보 보호 선택',
  'optOut.description': '맞춤형 광고를 위해 광고 파트너와 데이터를 공유합니다. 언제든지 거부할 수 있습니다.',
  'optOut.link': '내 개인정보를 판매하거나 공유하지 마십시오 (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': '귀하의 개인정보 판매 및 공유를 거부하시겠습니까?',
  'optOut.confirm': '확인',
  'optOut.cancel': '취소',
  'optOut.honored': '거부 요청이 처리되었습니다 (Opt-Out Request Honored)',
  'floating.label': '개인정보 보호 설정',
  'preferences.saved': '선택이 저장되었습니다.',
  'placeholder.text': '‘{title}’은(는) 제3자가 제공하며 다음에 대한 귀하의 동의가 필요합니다: {category}.',
  'placeholder.untitled': '이 콘텐츠',
  'placeholder.allow': '허용: {category}',
  'cookieTable.caption': '이 사이트에서 사용하는 쿠키',
  'cookieTable.name': '이름',
  'cookieTable.provider': '제공자',
  'cookieTable.purpose': '목적',
  'cookieTable.duration': '보존 기간',
  'cookieTable.category': '분류',
  'cookieTable.session': '세션',
  'cookieTable.days': '{count}일',
  'cookieTable.empty': '이 분류에 명시된 쿠키가 없습니다.',
};

export default ko;
