import type { CuratedRule } from './curated-rule';

/**
 * Consent-management platforms (the cookie that stores the visitor's choice is strictly necessary:
 * GDPR Art. 7(1) requires the site to demonstrate consent) and support/chat widgets the visitor opens
 * (`functional`). Labelled from each vendor's own documentation (URL above each group).
 */
export const CURATED_CONSENT_SUPPORT: readonly CuratedRule[] = [
  // ConsentKit's own consent cookie (docs/storage-and-records.md)
  ['ConsentKit', 'necessary', ['consentkit']],
  // https://www.cookiebot.com/en/cookie-declaration/ (Cookiebot CMP cookies)
  ['Cookiebot', 'necessary', ['CookieConsent', 'CookieConsentBulkSetting-*', 'CookieConsentBulkTicket', 'userlang']],
  // https://my.onetrust.com/articles/en_US/Knowledge/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0 (OneTrust cookies)
  [
    'OneTrust',
    'necessary',
    ['OptanonConsent', 'OptanonAlertBoxClosed', 'OptanonControl', 'OTAdditionalConsentString', 'eupubconsent-v2', 'euconsent-v2', 'OneTrustWPCCPAGoogleOptOut'],
  ],
  // https://developers.didomi.io/cmp/web-sdk/consent-notice/cookies (didomi_token, euconsent-v2)
  ['Didomi', 'necessary', ['didomi_token', 'didomi_dcs', 'euconsent-v2', 'didomi_*']],
  // https://usercentrics.com/knowledge-hub/cookies-set-by-usercentrics/ (uc_* consent cookies)
  ['Usercentrics', 'necessary', ['uc_user_interaction', 'uc_settings', 'uc_gcm', 'uc_ui_version', 'uc_*', 'ucData']],
  // https://docs.osano.com/hc/en-us/articles/22390442867988 (osano_consentmanager)
  [
    'Osano',
    'necessary',
    [
      'osano_consentmanager',
      'osano_consentmanager_uuid',
      'osano_consentmanager_expdate',
      'osano_consentmanager_tattles',
      'osano_*',
      'cookieconsent_status',
      'cookieconsent_dismissed',
    ],
  ],
  // https://www.cookieyes.com/documentation/cookies-set-by-cookieyes/
  [
    'CookieYes',
    'necessary',
    [
      'cookieyes-consent',
      'cky-consent',
      'cky-action',
      'cookieyes-*',
      'cky-*',
      'cookielawinfo-checkbox-*',
      'CookieLawInfoConsent',
      'viewed_cookie_policy',
      'wt_consent',
    ],
  ],
  // https://complianz.io/cookies-set-by-complianz/
  ['Complianz', 'necessary', ['cmplz_*', 'complianz_*']],
  // https://www.iubenda.com/en/help/1205-technical-documentation-for-the-cookie-solution (_iub_cs-<site id>)
  ['iubenda', 'necessary', ['_iub_cs-*', 'usprivacy', '_iub_*']],
  // https://support.termly.io/en/articles/... Termly consent cookies: https://termly.io/resources/articles/what-cookies-does-termly-use/
  ['Termly', 'necessary', ['__tltpl_*', 't_consent_*', 'termly_*']],
  // https://trustarc.com/privacy/cookie-policy/ (TrustArc consent manager cookies)
  [
    'TrustArc',
    'necessary',
    [
      'notice_behavior',
      'notice_gdpr_prefs',
      'notice_preferences',
      'notice_poptime',
      'cmapi_cookie_privacy',
      'cmapi_gtm_bl',
      'TAconsentID',
      'TAsessionID',
      'notice_*',
    ],
  ],
  // https://borlabs.io/borlabs-cookie/ (borlabs-cookie consent cookie)
  ['Borlabs Cookie', 'necessary', ['borlabs-cookie', 'borlabs-cookie-*']],
  // https://support.axeptio.eu/hc/en-gb/articles/4402985038225-Cookies-set-by-Axeptio
  ['Axeptio', 'necessary', ['axeptio_cookies', 'axeptio_authorized_vendors', 'axeptio_all_vendors', 'axeptio_*']],
  // https://klaro.org/docs/getting-started (klaro consent cookie)
  ['Klaro', 'necessary', ['klaro']],
  // https://cookie-script.com/documentation/cookies-set-by-cookie-script (CookieScriptConsent)
  ['Cookie-Script', 'necessary', ['CookieScriptConsent']],
  // https://help.consentmanager.net/books/cmp/page/cookies-set-by-the-cmp (__cmpconsent<id>, __cmpcc...)
  [
    'consentmanager.net',
    'necessary',
    ['__cmpconsent*', '__cmpiab*', '__cmpcvc*', '__cmpcpc*', '__cmpccc*', '__cmpwel*', '__cmpccpausps*', '__cmpcc*', '__cmp*'],
  ],
  // https://docs.sourcepoint.com/hc/en-us/articles/4405414553491-Cookies-and-local-storage (consentUUID, _sp_su)
  ['Sourcepoint', 'necessary', ['consentUUID', 'consentDate', '_sp_su', '_sp_v1_*', 'ccpaUUID', 'dnsDisplayed', 'ccpaApplies', 'signedLspa']],
  // https://cookieconsent.orestbida.com/advanced/cookie-settings.html (cc_cookie)
  ['CookieConsent (orestbida)', 'necessary', ['cc_cookie']],
  // https://support.cookiefirst.com/hc/en-us/articles/360011576679-Cookies-set-by-CookieFirst
  ['CookieFirst', 'necessary', ['cookiefirst-consent', 'cookiefirst-id', '_cookiefirst_*']],
  // https://developers.google.com/funding-choices (Funding Choices / Privacy & messaging consent cookie)
  ['Google Privacy & messaging', 'necessary', ['FCCDCF', '__gpp', '__gpp_sid', 'addtl_consent']],
  // https://www.commandersact.com/en/privacy/ (TrustCommander consent cookies)
  ['Commanders Act', 'necessary', ['TC_PRIVACY', 'TC_PRIVACY_CENTER', 'TC_PRIVACY_*']],
  // https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies
  ['Intercom', 'functional', ['intercom-id-*', 'intercom-session-*', 'intercom-device-id-*', 'intercom-*']],
  // https://help.zendesk.com/hc/en-us/articles/4408836402074-Zendesk-In-Product-Cookie-Policy (Zendesk Chat / Web Widget)
  ['Zendesk', 'functional', ['__zlcmid', '__zlcprivacy', '__zlcstore', 'ZD-suid', 'ZD-buid', 'ZD-store', 'ZD-*']],
  // https://help.crisp.chat/en/article/crisp-chatbox-cookie-ip-policy-1147xor/
  ['Crisp', 'functional', ['crisp-client/session/*', 'crisp-client/socket/*', 'crisp-client/*']],
  // https://help.tawk.to/article/what-cookies-does-tawkto-use
  ['tawk.to', 'functional', ['TawkConnectionTime', 'twk_uuid_*', 'twk_idm_key', '__tawkuuid', 'tawkUUID', 'twk_*', 'Tawk_*']],
  // https://www.livechat.com/help/cookies-in-livechat/
  ['LiveChat', 'functional', ['__lc_cid', '__lc_cst', '__lc2_cid', '__lc2_cst', '__livechat', '__lc_*', '__lc2_*', 'lc_window_state']],
  // https://www.olark.com/help/cookies/
  ['Olark', 'functional', ['hblid', 'olfsk', '_okbk', '_ok', '_okdetect', '_oklv', 'wcsid', '_okgid', '_oklv']],
  // https://help.tidio.com/hc/en-us/articles/5426290963996-Cookies-used-by-Tidio
  ['Tidio', 'functional', ['tidio_state_*', 'tidio_*']],
  // https://gethelp.drift.com/s/article/Drift-Cookies
  [
    'Drift',
    'functional',
    ['driftt_aid', 'drift_aid', 'driftt_sid', 'drift_campaign_refresh', 'driftt_eid', 'drift_eid', 'driftt_*', 'drift_*', 'DFTT_END_USER_PREV_BOOTSTRAPPED'],
  ],
  // https://support.freshchat.com/support/solutions/articles/50000000411 (Freshchat widget cookies)
  ['Freshworks', 'functional', ['_fw_crm_v', 'fw_uid', 'fw_se', 'fw_utm', 'fw_chat_*']],
  // https://developers.facebook.com/docs/facebook-login/web (Facebook Login SDK fbsr_<app id>, fbm_<app id>)
  ['Meta', 'functional', ['fbsr_*', 'fbm_*']],
  // https://wistia.com/support/embed-and-share/cookies (wistia-video-progress-<media id>)
  ['Wistia', 'functional', ['wistia-video-progress-*', 'wistia', '__wistia*']],
  // https://support.zoho.com/portal/zohodesk/en/kb/articles/salesiq-cookies (Zoho SalesIQ chat)
  ['Zoho SalesIQ', 'functional', ['zsc*', 'zft-sdc', 'isiframeenabled', 'uesign', 'ZLD*', 'LS_CSRF_TOKEN']],
  // https://polylang.pro/doc/... Polylang language cookie: https://polylang.pro/doc/polylang-and-cookies/
  ['Polylang', 'functional', ['pll_language']],
  // https://wpml.org/documentation/support/browser-cookies-stored-wpml/
  [
    'WPML',
    'functional',
    ['wp-wpml_current_language', 'wp-wpml_current_admin_language_*', '_icl_visitor_lang_js', 'wpml_browser_redirect_test', '_icl_current_language'],
  ],
];
