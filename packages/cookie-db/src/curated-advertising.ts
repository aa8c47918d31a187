import type { CuratedRule } from './curated-rule';

/**
 * Advertising, retargeting, affiliate and marketing-automation cookies (ConsentKit `targeting`),
 * labelled from each vendor's own documentation (URL above each group).
 */
export const CURATED_ADVERTISING: readonly CuratedRule[] = [
  // https://business.safety.google/adscookies/ and https://policies.google.com/technologies/cookies
  ['Google Ads', 'targeting', ['_gcl_*', '_gac_*', 'FPGCLAW', 'FPGCLDC', 'FPGCLGB', 'FPAU', 'FPGSID', '_gcl_au', 'GCL_AW_P', 'gclid']],
  // https://business.safety.google/adscookies/
  [
    'Google DoubleClick',
    'targeting',
    ['IDE', 'DSID', 'test_cookie', 'FLC', 'AID', 'TAID', 'RUL', 'FCNEC', 'GED_PLAYLIST_ACTIVITY', 'ar_debug', 'receive-cookie-deprecation'],
  ],
  // https://support.google.com/adsense/answer/7549925 and https://business.safety.google/adscookies/
  ['Google AdSense', 'targeting', ['__gads', '__gpi', '__gpi_optout', '__eoi', '__gsas']],
  // https://policies.google.com/technologies/cookies
  [
    'Google',
    'targeting',
    ['NID', 'ANID', '__Secure-ENID', '__Secure-3PSID', '__Secure-3PAPISID', '__Secure-3PSIDCC', '__Secure-3PSIDTS', '1P_JAR', 'OTZ', 'UULE'],
  ],
  // https://policies.google.com/technologies/cookies (YouTube embeds: VISITOR_INFO1_LIVE, YSC; advertising and measurement)
  [
    'YouTube',
    'targeting',
    [
      'VISITOR_INFO1_LIVE',
      'VISITOR_PRIVACY_METADATA',
      'YSC',
      '__Secure-ROLLOUT_TOKEN',
      '__Secure-YEC',
      'yt-remote-*',
      'yt.innertube::*',
      'ytidb::*',
      'LOGIN_INFO',
    ],
  ],
  // https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/ and https://www.facebook.com/privacy/policies/cookies/
  ['Meta', 'targeting', ['_fbp', '_fbc', 'fr', 'tr', '_fbq', 'fbclid', '_fbp_*']],
  // https://help.ads.microsoft.com/#apex/ads/en/60212/-1 (UET and Microsoft Click ID cookies)
  [
    'Microsoft Advertising',
    'targeting',
    [
      '_uetsid',
      '_uetvid',
      '_uetmsclkid',
      '_uet*',
      'MUID',
      'MUIDB',
      'MSPTC',
      '_EDGE_S',
      '_EDGE_V',
      'SRCHUID',
      'SRCHD',
      'SRCHUSR',
      'SRCHHPGUSR',
      '_SS',
      'ANON',
      'NAP',
      'ANONCHK',
      'MR',
      '_clsk_ads',
    ],
  ],
  // https://www.linkedin.com/legal/l/cookie-table
  [
    'LinkedIn',
    'targeting',
    [
      'li_fat_id',
      'li_sugr',
      'bcookie',
      'lidc',
      'UserMatchHistory',
      'AnalyticsSyncHistory',
      'ln_or',
      'li_giant',
      'lms_ads',
      'lms_analytics',
      'li_ep_auth_context',
      '_guid',
      'li_adsId',
      'liap',
      'li_rm',
    ],
  ],
  // https://www.linkedin.com/legal/l/cookie-table (consent and two-factor authentication cookies)
  ['LinkedIn', 'necessary', ['li_gc', 'bscookie']],
  // https://ads.tiktok.com/help/article/tiktok-pixel-cookies
  [
    'TikTok',
    'targeting',
    ['_ttp', '_tt_enable_cookie', 'ttcsid', 'ttcsid_*', 'tt_appInfo', 'tt_pixel_session_index', 'tt_sessionId', 'tt_chain_token', 'ttwid', 'ttclid', '_tt_*'],
  ],
  // https://help.pinterest.com/en/business/article/pinterest-tag-cookies and https://policy.pinterest.com/en/cookies
  [
    'Pinterest',
    'targeting',
    [
      '_pin_unauth',
      '_pinterest_ct_ua',
      '_pinterest_ct_rt',
      '_pinterest_sess',
      '_pinterest_ct',
      '_pinterest_*',
      '_pin_*',
      '_derived_epik',
      '_epik',
      '_routing_id',
    ],
  ],
  // https://help.x.com/en/rules-and-policies/x-cookies
  [
    'X (Twitter)',
    'targeting',
    ['muc_ads', 'personalization_id', 'guest_id', 'guest_id_ads', 'guest_id_marketing', '_twclid', 'twclid', '_twitter_sess', 'ct0'],
  ],
  // https://businesshelp.snapchat.com/s/article/pixel-direct-implementation (Snap Pixel first-party cookie _scid)
  ['Snapchat', 'targeting', ['_scid', '_scid_r', '_sctr', 'sc_at', '_schn', 'X-AB', '_scclid']],
  // https://business.reddithelp.com/s/article/Reddit-Pixel-first-party-cookies
  ['Reddit', 'targeting', ['_rdt_uuid', '_rdt_cid', '_rdt_em', '_rdt_*', 'rdt_*']],
  // https://www.criteo.com/privacy/how-we-use-your-data/ (cto_bundle, cto_bidid)
  ['Criteo', 'targeting', ['cto_bundle', 'cto_bidid', 'cto_tld_test', 'cto_optout', 'cto_*', 'criteo_write_test', 'criteo_*']],
  // https://www.taboola.com/policies/cookie-policy
  ['Taboola', 'targeting', ['t_gid', 't_pt_gid', 'taboola_*', '_tb_sess_r', '_tb_t_ppg', 'trc_cookie_storage', 'tb_click_param']],
  // https://www.outbrain.com/privacy/cookies/
  ['Outbrain', 'targeting', ['obuid', 'outbrain_cid_fetch', 'adrl', 'ob-session-token', 'obsessionid-*', 'recs-*']],
  // https://advertising.amazon.com/legal/privacy-notice (Amazon Advertising cookies ad-id, ad-privacy)
  ['Amazon Advertising', 'targeting', ['ad-id', 'ad-privacy', 'aa-cookie-set']],
  // https://www.xandr.com/privacy/cookie-policy/ (Microsoft Xandr platform cookies)
  ['Xandr', 'targeting', ['uuid2', 'anj', 'icu', 'XANDR_PANID', 'usersync']],
  // https://www.thetradedesk.com/us/privacy (TDID, TDCPM, TTDOptOut)
  ['The Trade Desk', 'targeting', ['TDID', 'TDCPM', 'TTDOptOut', '__ttd_*']],
  // https://www.pubmatic.com/legal/platform-cookie-policy/
  ['PubMatic', 'targeting', ['KADUSERCOOKIE', 'KTPCACOOKIE', 'KRTBCOOKIE_*', 'PugT', 'SPugT', 'DPSync*', 'SyncRTB*', 'pubfreq_*', 'camfreq_*']],
  // https://www.magnite.com/legal/advertising-technology-privacy-policy/ (Rubicon Project cookies)
  ['Magnite', 'targeting', ['khaos', 'khaos_p', 'audit', 'audit_p', 'rpb', 'rpx', 'put_*', 'tv_U', 'tvid']],
  // https://www.indexexchange.com/privacy/ (CMID, CMPS, CMPRO, CMST)
  ['Index Exchange', 'targeting', ['CMID', 'CMPS', 'CMPRO', 'CMST', 'CMSC', 'CMRUM3']],
  // https://www.quantcast.com/privacy/ (Quantcast Measure: __qca, mc)
  ['Quantcast', 'targeting', ['__qca', '__qcb']],
  // https://legal.yahoo.com/us/en/yahoo/privacy/adinfo/index.html (A3, IDSYNC, B)
  ['Yahoo', 'targeting', ['A3', 'A1', 'A1S', 'IDSYNC', 'GUC', 'APID', 'APIDTS', 'axids', 'tbla_id']],
  // https://help.adroll.com/hc/en-us/articles/216599538-Opting-Out-of-Adroll-Cookies (AdRoll cookies)
  ['AdRoll', 'targeting', ['__adroll', '__adroll_fpc', '__adroll_shared', '__adroll_v4', '__ar_v4', '__adroll_consent_params', '__adroll_*']],
  // https://experienceleague.adobe.com/en/docs/marketo/using/getting-started/initial-setup/setup-steps/cookies-used-by-marketo (Munchkin)
  ['Marketo', 'targeting', ['_mkto_trk', 'mkto_*']],
  // https://help.salesforce.com/s/articleView?id=sf.pardot_basics_cookies.htm (Account Engagement tracking cookies)
  ['Salesforce Pardot', 'targeting', ['visitor_id*', 'pi_opt_in*', 'lpv*', 'pardot', 'pi_pageview_count', 'pi_visit_track', 'pi_visit_id']],
  // https://help.klaviyo.com/hc/en-us/articles/360034666712 (Klaviyo cookies __kla_id)
  ['Klaviyo', 'targeting', ['__kla_id', '__kla_viewed', '__kla_*']],
  // https://mailchimp.com/legal/cookies/ (Mailchimp site tracking _mcid)
  ['Mailchimp', 'targeting', ['_mcid', 'mc_landing_site', 'mc_cid', 'mc_eid']],
  // https://help.activecampaign.com/hc/en-us/articles/221542267-An-overview-of-Site-Tracking (prism_<account id>)
  ['ActiveCampaign', 'targeting', ['prism_*', 'ac_enable_tracking']],
  // https://www.oracle.com/legal/privacy/advertising-privacy-policy.html (BlueKai bku, bkpa)
  ['Oracle BlueKai', 'targeting', ['bku', 'bkpa', 'bkdc', 'bklc', 'bkst']],
  // https://www.lotame.com/privacy/cookie-notice/ (Lotame _cc_* cookies and Panorama ID)
  ['Lotame', 'targeting', ['_cc_id', '_cc_dc', '_cc_aud', '_cc_cc', '_cc_*', 'panoramaId', 'panoramaId_expiry', 'panoramaIdType']],
  // https://docs.liveramp.com/privacy-manager/en/cookies-and-local-storage.html (ATS envelopes)
  ['LiveRamp', 'targeting', ['_lr_env', '_lr_env_src_ats', '_lr_retry_request', '_lr_geo_location', '_lr_sampling_rate', '_lr_*', 'idl_env', 'rlas3', 'pxrc']],
  // https://id5.io/platform-privacy-policy/ (id5id)
  ['ID5', 'targeting', ['id5id', 'id5id_*', 'id5_*']],
  // https://unifiedid.com/docs/guides/publisher-client-side (UID2 client-side cookie)
  ['Unified ID 2.0', 'targeting', ['__uid2_advertising_token', '__uid2_*', 'UID2-sdk-identity', '__euid_advertising_token']],
  // https://docs.prebid.org/dev-docs/modules/userid-submodules/sharedid.html
  [
    'Prebid SharedID',
    'targeting',
    ['_pubcid', '_pubcid_optout', '_sharedid', '_sharedID', '_pbjs_userid_consent_data', 'pbjs-unifiedid', '_pubcid_*', '_sharedid_*'],
  ],
  // https://support.permutive.com/hc/en-us/articles/360011779239-Permutive-cookies
  ['Permutive', 'targeting', ['permutive-id', 'permutive-session', 'permutive-*', '_pdfps', '_psegs', '_pubcid_permutive']],
  // https://www.sovrn.com/legal/cookie-policy/ (Lijit ljt_reader)
  ['Sovrn', 'targeting', ['ljt_reader', 'ljtrtb', '_ljtrtb_*', 'ljtrtbexp']],
  // https://www.awin.com/gb/privacy/cookies (Awin MasterTag _aw_m_<advertiser id>)
  ['Awin', 'targeting', ['_aw_m_*', '_aw_sn_*', '_aw_j_*', 'AWSESS', 'awc', 'AWIN_*']],
  // https://help.impact.com/en/support/solutions/articles/155000000919 (IR_<campaign id>, IR_gbd, IR_PI)
  ['Impact', 'targeting', ['IR_*', 'irclickid']],
  // https://www.cj.com/legal/privacy (CJ Affiliate cje, cjevent)
  ['CJ Affiliate', 'targeting', ['cje', 'cjevent', 'cjevent_dc', 'cjConsent', 'cjUser', 'cjLiveRampLastCall']],
  // https://rakutenadvertising.com/legal-notices/services-privacy-policy/ (rmStore, rmuid)
  ['Rakuten Advertising', 'targeting', ['rmStore', 'rmuid', 'rmco', 'rmlastclick']],
  // https://www.stackadapt.com/privacy-policy (sa-user-id)
  ['StackAdapt', 'targeting', ['sa-user-id', 'sa-user-id-v2', 'sa-user-id-v3', 'sa-camp-*']],
  // https://www.mediamath.com/privacy-policy/ (uuid, mt_mop, mt_misc)
  ['MediaMath', 'targeting', ['mt_mop', 'mt_misc']],
  // https://smartadserver.com/end-user-privacy-policy/ (sasd, pid, csync, TestIfCookie)
  ['Equativ (Smart AdServer)', 'targeting', ['sasd', 'sasd2', 'csync', 'TestIfCookie', 'TestIfCookieP', 'pbw', 'pdomid', 'partner-*']],
  // https://www.bidswitch.com/privacy-policy/ (tuuid, tuuid_lu)
  ['Bidswitch', 'targeting', ['tuuid', 'tuuid_lu', 'bsw_origin_init']],
  // https://experienceleague.adobe.com/en/docs/audience-manager/user-guide/reference/cookies/aam-privacy-reference-cookies
  ['Adobe Audience Manager', 'targeting', ['demdex', 'dextp', 'dst', 'dpm', 'aam_uuid', '_dpm_*', 'aam_*']],
  // https://experienceleague.adobe.com/en/docs/advertising/integrations/analytics/ids (Adobe Advertising everest_g_v2)
  ['Adobe Advertising', 'targeting', ['everest_g_v2', 'everest_session_v2', 'ev_sync_*']],
  // https://www.addthis.com/privacy/privacy-policy (AddThis __atuvc, __atuvs)
  ['AddThis', 'targeting', ['__atuvc', '__atuvs', 'uvc', 'na_id', 'na_tc', 'ouid', 'xtc']],
  // https://sharethis.com/privacy/ (ShareThis __stid, __sharethis_cookie_test__)
  ['ShareThis', 'targeting', ['__stid', '__sharethis_cookie_test__', '__stidv', '__unam']],
  // https://optinmonster.com/docs/what-cookies-does-optinmonster-use/
  [
    'OptinMonster',
    'targeting',
    ['omSeen-*', 'omSessionPageViews', 'omSessionStart', '_omappvp', '_omappvs', 'om-*', 'omGlobalInteractionCookie', 'omGlobalSuccessCookie', 'omCountdown*'],
  ],
  // https://learn.microsoft.com/en-us/dynamics365/customer-insights/journeys/cookies (Dynamics 365 Marketing)
  ['Microsoft Dynamics 365 Marketing', 'targeting', ['msd365mkttr', 'msd365mkttrs', 'msd365mkt*']],
  // https://docs.oracle.com/en/cloud/saas/marketing/eloqua-user/Help/EloquaAsynchronousTrackingScripts/Tasks/EloquaCookies.htm
  ['Oracle Eloqua', 'targeting', ['ELOQUA', 'ELQSTATUS', 'ELQ*']],
  // https://help.salesforce.com/s/articleView?id=sf.mc_ctc_cookies.htm (Marketing Cloud collect code)
  ['Salesforce Marketing Cloud', 'targeting', ['igodigitalst_*', 'igodigitaltc2', 'igodigitalstdomain', 'igodigital*', '_sfmc_*', 'sfmc_*']],
  // https://www.zoominfo.com/legal/cookies (WebSights _zitok)
  ['ZoomInfo', 'targeting', ['_zitok']],
  // https://support.6sense.com/knowledge-base/6sense-cookies (_gd_visitor, _gd_session)
  ['6sense', 'targeting', ['_gd_visitor', '_gd_session', '_gd_svisitor', '_an_uid', '6suuid', '_gd#']],
  // https://www.customer.io/docs/journeys/cookies/ (_cio, _cioanonid)
  ['Customer.io', 'targeting', ['_cio', '_cioanonid', '_cioid', '_cio*']],
];
