import type { Messages } from './en';

/**
 * Thai texts for ConsentKit's banner. Load it only for visitors who need it: the `th`
 * export (also the default) of the `@consentkit/banner/i18n/th` subpath, passed as
 * `mountBanner(consent, { texts: { 'th': th } })`. The script-tag build ships it as
 * `i18n/th.json` and fetches it only for visitors who read Thai.
 * Polite register (คุณ with polite particles and verbs). Terms as Thailand's Personal Data Protection Act (PDPA) and the PDPC use them: ความยินยอม, ถอนความยินยอม, คุกกี้, ข้อมูลส่วนบุคคล.
 * Reviewer's glossary: docs/i18n.md.
 */
export const th: Messages = {
  'banner.title': 'ความเป็นส่วนตัวของคุณ',
  'banner.description': 'เมื่อได้รับความยินยอมจากคุณ เราใช้คุกกี้เพื่อสถิติและโฆษณา หากคุณปฏิเสธหรือปิดข้อความนี้ เราจะใช้เฉพาะคุกกี้ที่จำเป็นเท่านั้น คุณเปลี่ยนตัวเลือกได้ทุกเมื่อ',
  'banner.policy': 'นโยบายความเป็นส่วนตัว',
  'banner.acceptAll': 'ยอมรับทั้งหมด',
  'banner.rejectAll': 'ปฏิเสธทั้งหมด',
  'banner.preferences': 'การตั้งค่า',
  'banner.close': 'ปิด',
  'notice.description': 'เราใช้คุกกี้เพื่อสถิติและโฆษณา คุณปิดการใช้งานได้ในการตั้งค่า',
  'preferences.title': 'การตั้งค่าความเป็นส่วนตัว',
  'preferences.description': 'โปรดเลือกคุกกี้ที่เราใช้ได้ คุกกี้ที่จำเป็นจะเปิดใช้งานอยู่เสมอ',
  'preferences.save': 'บันทึก',
  'preferences.cookies': 'คุกกี้',
  'preferences.gpcConflict': 'สำหรับเว็บไซต์นี้ ตัวเลือกนี้จะมีผลเหนือสัญญาณ Global Privacy Control ของคุณ',
  'category.necessary.label': 'จำเป็น',
  'category.necessary.description': 'จำเป็นต่อการทำงานของเว็บไซต์และการจดจำตัวเลือกของคุณ',
  'category.analytics.label': 'สถิติ',
  'category.analytics.description': 'สถิติการใช้งานเว็บไซต์',
  'category.targeting.label': 'โฆษณา',
  'category.targeting.description': 'โฆษณาที่ปรับให้เหมาะกับคุณ และการขายหรือแบ่งปันข้อมูลส่วนบุคคลกับพันธมิตรด้านโฆษณา',
  'optOut.title': 'ตัวเลือกความเป็นส่วนตัวของคุณ',
  'optOut.description': 'เราแบ่งปันข้อมูลกับพันธมิตรด้านโฆษณาเพื่อโฆษณาที่ปรับให้เหมาะกับคุณ คุณคัดค้านได้ทุกเมื่อ',
  'optOut.link': 'ห้ามขายหรือแบ่งปันข้อมูลส่วนบุคคลของฉัน (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'คัดค้านการขายและการแบ่งปันข้อมูลส่วนบุคคลของคุณใช่หรือไม่',
  'optOut.confirm': 'ยืนยัน',
  'optOut.cancel': 'ยกเลิก',
  'optOut.honored': 'ดำเนินการตามคำขอคัดค้านแล้ว (Opt-Out Request Honored)',
  'floating.label': 'การตั้งค่าความเป็นส่วนตัว',
  'preferences.saved': 'บันทึกตัวเลือกของคุณแล้ว',
  'placeholder.text': '“{title}” ให้บริการโดยบุคคลที่สาม และต้องได้รับความยินยอมจากคุณสำหรับ: {category}',
  'placeholder.untitled': 'เนื้อหานี้',
  'placeholder.allow': 'อนุญาต: {category}',
  'cookieTable.caption': 'คุกกี้ที่ใช้ในเว็บไซต์นี้',
  'cookieTable.name': 'ชื่อ',
  'cookieTable.provider': 'ผู้ให้บริการ',
  'cookieTable.purpose': 'วัตถุประสงค์',
  'cookieTable.duration': 'ระยะเวลาจัดเก็บ',
  'cookieTable.category': 'หมวดหมู่',
  'cookieTable.session': 'เซสชัน',
  'cookieTable.days': '{count} วัน',
  'cookieTable.empty': 'ไม่มีคุกกี้ที่ประกาศไว้สำหรับหมวดหมู่นี้',
};

export default th;
