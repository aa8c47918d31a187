import type { Messages } from './en';

/**
 * Hindi texts for ConsentKit's banner. Load it only for visitors who need it: the `hi`
 * export (also the default) of the `@consentkit/banner/i18n/hi` subpath, passed as
 * `mountBanner(consent, { texts: { 'hi': hi } })`. The script-tag build ships it as
 * `i18n/hi.json` and fetches it only for visitors who read Hindi.
 * Formal register (आप). Terms as the Digital Personal Data Protection Act, 2023 (Hindi text) uses them: सहमति, सहमति वापस लेना, कुकीज़, व्यक्तिगत डेटा.
 * Reviewer's glossary: docs/i18n.md.
 */
export const hi: Messages = {
  'banner.title': 'आपकी निजता',
  'banner.description':
    'आपकी सहमति से हम आँकड़ों और विज्ञापनों के लिए कुकीज़ का उपयोग करते हैं। अगर आप अस्वीकार करते हैं या इसे बंद करते हैं, तो केवल आवश्यक कुकीज़ का उपयोग होता है। आप अपनी पसंद कभी भी बदल सकते हैं।',
  'banner.policy': 'निजता नीति',
  'banner.acceptAll': 'सभी स्वीकार करें',
  'banner.rejectAll': 'सभी अस्वीकार करें',
  'banner.preferences': 'प्राथमिकताएँ',
  'banner.close': 'बंद करें',
  'notice.description': 'हम आँकड़ों और विज्ञापनों के लिए कुकीज़ का उपयोग करते हैं। आप उन्हें प्राथमिकताओं में बंद कर सकते हैं।',
  'preferences.title': 'निजता प्राथमिकताएँ',
  'preferences.description': 'चुनें कि हम किन कुकीज़ का उपयोग कर सकते हैं। आवश्यक कुकीज़ हमेशा चालू रहती हैं।',
  'preferences.save': 'सहेजें',
  'preferences.cookies': 'कुकीज़',
  'preferences.gpcConflict': 'इस साइट के लिए यह आपके Global Privacy Control सिग्नल को ओवरराइड करता है।',
  'category.necessary.label': 'आवश्यक',
  'category.necessary.description': 'साइट के काम करने और आपकी पसंद याद रखने के लिए ज़रूरी।',
  'category.analytics.label': 'आँकड़े',
  'category.analytics.description': 'साइट के उपयोग से जुड़े आँकड़े।',
  'category.targeting.label': 'विज्ञापन',
  'category.targeting.description': 'व्यक्तिगत विज्ञापन, और विज्ञापन भागीदारों को व्यक्तिगत जानकारी बेचना या उनके साथ साझा करना।',
  'optOut.title': 'आपकी निजता संबंधी पसंद',
  'optOut.description': 'हम व्यक्तिगत विज्ञापनों के लिए विज्ञापन भागीदारों के साथ डेटा साझा करते हैं। आप कभी भी इससे ऑप्ट-आउट कर सकते हैं।',
  'optOut.link': 'मेरी व्यक्तिगत जानकारी न बेचें और न साझा करें (Do Not Sell or Share My Personal Information)',
  'optOut.confirmText': 'क्या आप अपनी व्यक्तिगत जानकारी की बिक्री और साझाकरण से ऑप्ट-आउट करना चाहते हैं?',
  'optOut.confirm': 'पुष्टि करें',
  'optOut.cancel': 'रद्द करें',
  'optOut.honored': 'ऑप्ट-आउट अनुरोध का पालन किया गया (Opt-Out Request Honored)',
  'floating.label': 'निजता सेटिंग',
  'preferences.saved': 'आपकी पसंद सहेज ली गई है।',
  'placeholder.text': '“{title}” किसी तृतीय पक्ष द्वारा दिया जाता है और इसके लिए आपकी सहमति चाहिए: {category}।',
  'placeholder.untitled': 'यह सामग्री',
  'placeholder.allow': 'अनुमति दें: {category}',
  'cookieTable.caption': 'इस साइट पर उपयोग की जाने वाली कुकीज़',
  'cookieTable.name': 'नाम',
  'cookieTable.provider': 'प्रदाता',
  'cookieTable.purpose': 'उद्देश्य',
  'cookieTable.duration': 'अवधि',
  'cookieTable.category': 'श्रेणी',
  'cookieTable.session': 'सत्र',
  'cookieTable.days': '{count} दिन',
  'cookieTable.empty': 'इस श्रेणी के लिए कोई कुकी घोषित नहीं की गई है।',
};

export default hi;
