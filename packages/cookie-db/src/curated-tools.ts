import type { CuratedRule } from './curated-rule';

/**
 * Consent tools, analytics and session-replay tools, marketing-automation and ad-tech vendors and support
 * widgets common on real sites that the older curated tables lack. Chosen by how widely the tool is used,
 * not from any evaluation set; labelled from the vendor's cookie documentation (URL above each group).
 * A consent tool's own consent-storage cookie is `necessary` (GDPR Art. 7(1): the site must be able to
 * demonstrate consent); everything that identifies or counts visitors is `analytics` or `targeting`.
 */
export const CURATED_TOOLS: readonly CuratedRule[] = [
  // --- Consent storage -------------------------------------------------------------------------
  // https://developer.matomo.org/guides/tracking-consent (consent and opt-out state; MATOMO_SESSID protects the opt-out form, see https://github.com/matomo-org/matomo/issues/16812)
  ['Matomo', 'necessary', ['mtm_consent', 'mtm_consent_removed', 'mtm_cookie_consent', 'MATOMO_SESSID']],
  // https://help.piwik.pro/support/consent-manager/cookies-set-by-consent-manager/ (ppms_privacy_<app id>)
  ['Piwik PRO', 'necessary', ['ppms_privacy_*', 'ppms_privacy_bar_*']],
  // https://developer.salesforce.com/docs/platform/lightning-component-reference/guide/lightning-user-consent-cookie
  ['Salesforce Experience Cloud', 'necessary', ['LSKey-c$CookieConsentPolicy', 'pctrk', 'oinfo']],
  // https://www.microsoft.com/en-us/privacy/privacystatement#maincookiessimilartechnologiesmodule (MSCC stores the visitor's cookie choice)
  ['Microsoft', 'necessary', ['MSCC', 'MSCC_*']],
  // https://wordpress.org/plugins/gdpr-cookie-compliance/ (Moove GDPR Cookie Compliance)
  ['GDPR Cookie Compliance', 'necessary', ['moove_gdpr_*']],
  // https://devowl.io/knowledge-base/real-cookie-banner-which-cookies-are-set/ (Real Cookie Banner)
  ['Real Cookie Banner', 'necessary', ['real_cookie_banner-*', 'real_cookie_banner']],
  // https://support.cookiehub.com/article/71-cookies-set-by-cookiehub
  ['CookieHub', 'necessary', ['cookiehub', 'cookiehub_*']],
  // https://support.cookieinformation.com/en/articles/5444564-which-cookies-are-used-by-cookie-information
  ['Cookie Information', 'necessary', ['CookieInformationConsent']],
  // https://tarteaucitron.io/en/ (tarteaucitron.js consent cookie)
  ['tarteaucitron', 'necessary', ['tarteaucitron', 'tarteaucitron_*']],
  // https://docs.ketch.com/ketch/docs/cookies-and-local-storage (Ketch consent)
  ['Ketch', 'necessary', ['_ketch_consent_v1_', '_ketch_*', '_swb', '_swb_consent_']],
  // https://support.ezoic.com/kb/article/ezoic-cmp-cookies (Ezoic consent manager)
  ['Ezoic', 'necessary', ['ezCMPCookieConsent', 'ezCMPCCS']],
  // https://help.gravito.net/en/articles/gravito-cmp-cookies
  ['Gravito', 'necessary', ['gravitoData', 'gravito_*']],
  // https://securiti.ai/privaci-cookie-consent/ (Securiti consent)
  [
    'Securiti',
    'necessary',
    ['__privaci_cookie_consent_uuid', '__privaci_cookie_consent_generated', '__privaci_cookie_no_action', '__privaci_latest_published_version', '__privaci_*'],
  ],
  // --- Analytics, session replay and feedback ----------------------------------------------------
  // https://docs.mapp.com/v1/docs/en/which-cookies-are-set-by-mapp-intelligence (Webtrekk Pixel v3-5 wt*, Smart Pixel wtstp_*)
  [
    'Mapp Intelligence',
    'analytics',
    [
      'wt3_eid',
      'wt3_sid',
      'wt3_*',
      'wtstp_eid',
      'wtstp_sid',
      'wtstp_*',
      'wteid_*',
      'wtsid_*',
      'wt_rla',
      'wt_fa',
      'wt_fa_s',
      'wt_fa_lv',
      'wt_ttv2',
      'wt_ttv2_s',
      'wt_cdbeid',
      'wt_gpc',
      'wt_sw',
      'wt_sw_s',
      'wt_*',
    ],
  ],
  // https://help.salesforce.com/apex/HTViewHelpDoc?id=mktg.mc_pers_mcn_for_pers_sitemap_cookie_id_sdk_diffs.htm and https://developer.salesforce.com/docs/data/data-cloud-ref/guide/c360a-api-identity.html
  ['Salesforce Personalization', 'targeting', ['_sfid_*', '__sfid_*', '_evga_*', '_evgn_*', '_sfic_*']],
  // https://docs.logrocket.com/docs/cookies (LogRocket _lr_<kind>_-<app id>); more specific than LiveRamp's _lr_ family
  ['LogRocket', 'analytics', ['_lr_uf_-*', '_lr_tabs_-*', '_lr_hb_-*', '_lr_psc_-*']],
  // https://community.quantummetric.com/s/article/What-cookies-does-Quantum-Metric-use
  ['Quantum Metric', 'analytics', ['QuantumMetricSessionID', 'QuantumMetricUserID', 'QuantumMetricSessionLink', 'QuantumMetric*']],
  // https://docs.medallia.com/en/?resourceId=digital-cookies (Medallia Digital / Kampyle feedback)
  ['Medallia', 'analytics', ['kampyle*', 'md_isSurveySubmittedInSession', 'DECLINED_DATE', 'SUBMITTED_DATE', 'LAST_INVITATION_VIEW']],
  // https://docs.medallia.com/en/?resourceId=dxa-cookies (Medallia DXA, formerly Decibel)
  ['Medallia DXA', 'analytics', ['da_sid', 'da_lid', 'da_intState', 'da_*']],
  // https://docs.glassbox.com/docs/cookies-used-by-glassbox
  ['Glassbox', 'analytics', ['_cls_v', '_cls_s', '_cls_*']],
  // https://www.etracker.com/en/docs/integration-setup/settings-configuration/cookies/ (etracker Analytics)
  [
    'etracker',
    'analytics',
    [
      'et_coid',
      '_et_coid',
      'et_oi_v2',
      'et_oip',
      'et_allow_cookies',
      'isSdEnabled',
      'BT_ctst',
      'BT_sdc',
      'BT_pdc',
      'BT_ecl',
      'GS3_v',
      'et_scroll_depth',
      'et_*',
    ],
  ],
  // https://support.econda.de/display/INDE/Cookies (econda Analytics)
  ['econda', 'analytics', ['emos_jcsid', 'emos_jcvid', 'emos_*']],
  // https://www.gemius.com/cookie-policy.html (Gemius audience measurement)
  ['Gemius', 'analytics', ['gtop', 'gstat', 'ghit']],
  // https://www.infonline.de/datenschutz/ (INFOnline IVW measurement)
  ['INFOnline', 'analytics', ['ioam2018', 'i00', 'POPUPCHECK', 'ioam_*']],
  // https://support.gainsight.com/PX/Engagements/02Advanced_Options/Cookies_in_Gainsight_PX (apt.* cookies)
  ['Gainsight PX', 'analytics', ['apt.uid', 'apt.sid', 'apt.*']],
  // https://support.walkme.com/knowledge-base/walkme-cookies/
  ['WalkMe', 'analytics', ['wm-ueug', 'walkme_*', '_walkme_*', 'wm-fgug', 'wm-ue']],
  // https://www.microsoft.com/en-us/privacy/privacystatement#maincookiessimilartechnologiesmodule (MC1/MSFPC: Microsoft 1DS analytics ids)
  ['Microsoft', 'analytics', ['MC1', 'MS0', 'MSFPC', 'ai_user', 'ai_session']],
  // https://experienceleague.adobe.com/en/docs/analytics/implementation/vars/plugins/getvalonce (Adobe plug-ins store persistent/session values in s_pers / s_sess)
  ['Adobe Analytics', 'analytics', ['s_pers', 's_sess', 'sat_track']],
  // https://support.yotpo.com/docs/yotpo-cookies
  ['Yotpo', 'analytics', ['_yoid', '_yosid', 'yotpo_pixel', '_yotpo*']],
  // https://www.weebly.com/privacy (Square Online / Weebly uses Snowplow with the _snow_ prefix)
  ['Weebly', 'analytics', ['_snow_ses.*', '_snow_id.*', '_snow_*']],
  // --- Marketing automation, e-mail and ad tech -------------------------------------------------
  // https://help.brevo.com/hc/en-us/articles/360020776879 (Brevo / Sendinblue tracker)
  ['Brevo', 'targeting', ['sib_cuid', 'sib_*']],
  // https://support.omnisend.com/en/articles/1061790-cookies (Omnisend)
  ['Omnisend', 'targeting', ['soundestID', 'omnisendSessionID', 'omnisendContactID', 'omnisendAnonymousID', 'omnisend*', 'soundest*']],
  // https://help.attentive.com/hc/en-us/articles/360052396111 (Attentive cookies)
  [
    'Attentive',
    'targeting',
    ['__attentive_id', '__attentive_session_id', '__attentive_ss_referrer', '__attentive_dv', '__attentive_cco', '__attentive_pv', '__attentive_*'],
  ],
  // https://help.drip.com/hc/en-us/articles/115003757391 (Drip _drip_client_<account id>)
  ['Drip', 'targeting', ['_drip_client_*', '_drip_*']],
  // https://help.kit.com/en/articles/2502569 (ConvertKit / Kit subscriber cookie)
  ['Kit (ConvertKit)', 'targeting', ['ck_subscriber_id']],
  // https://help.emarsys.com/hc/en-us/articles/115004464529 (Emarsys Web Extend scarab.* cookies)
  ['Emarsys', 'targeting', ['scarab.visitor', 'scarab.profile', 'scarab.mayAdd', 'scarab.*']],
  // https://documentation.bloomreach.com/engagement/docs/tracking#cookies (Bloomreach Engagement / Exponea)
  ['Bloomreach', 'targeting', ['__exponea_*', 'xnpe_*']],
  // https://help.privy.com/en/articles/privy-cookies
  ['Privy', 'targeting', ['_privy_*', 'privy_*']],
  // https://support.wisepops.com/article/cookies (Wisepops)
  ['Wisepops', 'targeting', ['wisepops', 'wisepops_visits', 'wisepops_session', 'wisepops_*']],
  // https://help.sumo.com/hc/en-us/articles/218958727 (Sumo __smVID, __smToken)
  ['Sumo', 'targeting', ['__smVID', '__smToken', '__smListBuilderShown', '__smScrollBoxShown', '__sm*']],
  // https://www.rtbhouse.com/privacy-center/services-privacy-policy (RTB House __rtbh.* first-party cookies)
  ['RTB House', 'targeting', ['__rtbh.lid', '__rtbh.uid', '__rtbh.*']],
  // https://www.33across.com/privacy-policy/ (33across first-party ids)
  ['33Across', 'targeting', ['33x_nc', '33acrossId']],
  // https://www.teads.com/privacy-policy/ (tt_viewer)
  ['Teads', 'targeting', ['tt_c', 'tt_s']],
  // https://www.lycorp.co.jp/en/privacy-policy/ (Yahoo! JAPAN ads _yjsu_yjad) and LINE Tag __lt__cid https://www.lycbiz.com/jp/manual/OfficialAccountManager/tag-setup/
  ['LY Corporation (Yahoo! JAPAN, LINE)', 'targeting', ['_yjsu_yjad', '_ycl_yjad', '__lt__cid', '__lt__sid', '_ldbrbid']],
  // https://privacy.baidu.com/policy (Baidu identifiers used by Baidu search ads and Tongji)
  ['Baidu', 'targeting', ['BAIDUID', 'BAIDUID_BFESS', 'BIDUPSID', 'PSTM', 'BA_HECTOR', 'ZFY', 'H_PS_PSSID']],
  // https://www.cxense.com/privacy-policy and https://docs.piano.io/ (Piano DMP / Cxense cX_ ids)
  ['Piano', 'targeting', ['cX_P', 'cX_S', 'cX_T', 'cX_*']],
  // --- Support and chat widgets ------------------------------------------------------------------
  // https://www.jivochat.com/help/integration/cookies.html (JivoChat widget state jv_<name>_<widget id>)
  ['JivoChat', 'functional', ['jv_*']],
  // https://docs.userlike.com/security/cookies (Userlike messenger state uslk_umm_<widget id>_*)
  ['Userlike', 'functional', ['uslk_umm_*', 'uslk_s', 'uslk_*']],
  // https://help.gorgias.com/hc/en-us/articles/cookies-gorgias-chat (Gorgias chat)
  ['Gorgias', 'functional', ['gorgias.*', 'gorgias-*']],
  // https://chatra.com/help/cookies/ (Chatra widget)
  ['Chatra', 'functional', ['chatra-*', '_chatra_*']],
];
