import type { CuratedRule } from './curated-rule';

/**
 * Analytics, A/B-testing and session-recording cookies, labelled from each vendor's own documentation
 * (URL above each group). Several of these tools are filed as "Functional" by the Open Cookie Database;
 * the vendor's documentation wins, because a tracking cookie classed as necessary would run without consent.
 */
export const CURATED_ANALYTICS: readonly CuratedRule[] = [
  // https://support.google.com/analytics/answer/11397207 and https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage
  ['Google Analytics', 'analytics', ['_ga', '_ga_*', '_gid', '_gat', '_gat_*', '__utm*', '_dc_gtm_*', 'AMP_TOKEN', 'FPID', 'FPLC', '_gaexp', '_opt_*']],
  // https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code
  ['Hotjar', 'analytics', ['_hj*', 'hjActiveViewportIds', 'hjViewportId']],
  // https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list
  ['Microsoft Clarity', 'analytics', ['_clck', '_clsk', 'CLID', 'SM']],
  // https://matomo.org/faq/general/faq_146/
  ['Matomo', 'analytics', ['_pk_id*', '_pk_ses*', '_pk_ref*', '_pk_cvar*', '_pk_hsr*', '_pk_testcookie*', '_pk_uid*', 'piwik_ignore']],
  // https://help.piwik.pro/support/questions/what-data-does-piwik-pro-collect-and-store-in-cookies/
  [
    'Piwik PRO',
    'analytics',
    [
      'stg_last_interaction',
      'stg_returning_visitor',
      'stg_traffic_source_priority',
      'stg_externalReferrer',
      'stg_utm_campaign',
      'stg_pk_campaign',
      'stg_fired_*',
    ],
  ],
  // https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/analytics
  [
    'Adobe Analytics',
    'analytics',
    [
      's_cc',
      's_sq',
      's_vi',
      's_vi_*',
      's_fid',
      's_ecid',
      's_vnum',
      's_invisit',
      's_ppv',
      's_ppvl',
      's_nr',
      's_lv',
      's_lv_s',
      's_tp',
      's_ips',
      's_plt',
      's_pltp',
      's_getNewRepeat',
      's_campaign',
      's_cpm',
      's_tslv',
      's_nr*',
      's_vnc*',
      's_ivc',
      's_ptc',
      'gpv_*',
      's_dl',
    ],
  ],
  // https://experienceleague.adobe.com/en/docs/id-service/using/intro/cookies
  ['Adobe Experience Cloud ID', 'analytics', ['AMCV_*', 'AMCVS_*', 's_ecid', 'kndctr_*']],
  // https://experienceleague.adobe.com/en/docs/target/using/implement-target/client-side/at-js/at-js-cookies
  ['Adobe Target', 'analytics', ['mbox', 'mboxEdgeCluster', 'at_check', 'mboxPC', 'mboxSession']],
  // https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript#persistence-cookies
  ['Mixpanel', 'analytics', ['mp_*_mixpanel', 'mp_optout', '__mp_opt_in_out_*']],
  // https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2#cookies-and-local-storage
  ['Amplitude', 'analytics', ['AMP_*', 'AMP_MKTG_*', 'amplitude_id*', 'amplitude_test*', 'AMP_TEST']],
  // https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/data-storage-cookies/
  [
    'RudderStack',
    'analytics',
    [
      'rl_anonymous_id',
      'rl_user_id',
      'rl_session',
      'rl_trait',
      'rl_group_id',
      'rl_group_trait',
      'rl_page_init_referrer',
      'rl_page_init_referring_domain',
      'rl_auth_token',
    ],
  ],
  // https://jetpack.com/support/cookies/ (Jetpack / WordPress.com Tracks analytics: tk_ai, tk_qs, tk_tc, tk_lr, tk_or)
  ['Jetpack', 'analytics', ['tk_ai', 'tk_qs', 'tk_tc', 'tk_lr', 'tk_or', 'tk_r3d']],
  // https://help.heap.io/hc/en-us/articles/18703149564444-Cookies-and-local-storage
  ['Heap', 'analytics', ['_hp2_*', '_hp5_*']],
  // https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/identity/
  ['Segment', 'analytics', ['ajs_anonymous_id', 'ajs_user_id', 'ajs_group_id', 'ajs_*']],
  // https://yandex.com/support/metrica/general/cookie-usage.html
  ['Yandex Metrica', 'analytics', ['_ym_*', '_ym*', 'yabs-sid', 'ymex', 'yuidss', 'yandexuid']],
  // https://tongji.baidu.com/holmes/Analytics/%E4%BA%A7%E5%93%81%E4%BB%8B%E7%BB%8D/%E9%9A%90%E7%A7%81%E6%94%BF%E7%AD%96 (Baidu Tongji privacy: Hm_lvt/Hm_lpvt)
  ['Baidu Tongji', 'analytics', ['Hm_lvt_*', 'Hm_lpvt_*', 'Hm_ck_*', 'Hm_up_*', 'HMACCOUNT', 'HMACCOUNT_BFESS']],
  // https://docs.snowplow.io/docs/sources/trackers/web-trackers/cookies-and-local-storage/
  ['Snowplow', 'analytics', ['_sp_id.*', '_sp_ses.*']],
  // https://support.crazyegg.com/hc/en-us/articles/360054584474-Crazy-Egg-Cookies
  ['Crazy Egg', 'analytics', ['_ceir', '_CEFT', 'cebs', 'cebsp_', '_ce.s', '_ce.*', 'ce_*']],
  // https://help.mouseflow.com/en/articles/4310818-cookies-used-by-mouseflow
  ['Mouseflow', 'analytics', ['mf_*', 'mousefloweventsqueue']],
  // https://help.fullstory.com/hc/en-us/articles/360020829513-Why-does-FullStory-set-cookies
  ['FullStory', 'analytics', ['fs_uid', 'fs_cid', 'fs_lua', 'fs_session']],
  // https://help.luckyorange.com/article/126-what-cookies-does-lucky-orange-use
  ['Lucky Orange', 'analytics', ['_lo_*', '_lorid', '_lorefer']],
  // https://help.smartlook.com/docs/cookies-and-local-storage
  ['Smartlook', 'analytics', ['SL_C_*', 'SL_L_*', 'SL_G_*', 'SL_wptGlobTipTmp']],
  // https://docs.contentsquare.com/en/privacy/cookies/
  ['Contentsquare', 'analytics', ['_cs_*', '_CS_*']],
  // https://support.optimizely.com/hc/en-us/articles/4410289816205-Cookies-and-localStorage-in-Optimizely-Web-Experimentation
  ['Optimizely', 'analytics', ['optimizely*', 'optimizelyEndUserId', '_optimizely*']],
  // https://help.vwo.com/hc/en-us/articles/360033730594-Cookies-Used-by-VWO
  ['VWO', 'analytics', ['_vwo*', '_vis_opt*', '_vwo_uuid_v2', '_vwo_ds', '_vwo_sn', 'vwo*']],
  // https://docs.abtasty.com/server-side/privacy/abtasty-cookies (AB Tasty cookies)
  ['AB Tasty', 'analytics', ['ABTasty', 'ABTastySession', 'ABTasty*', 'abtasty*']],
  // https://developers.kameleoon.com/web-experimentation/technical-considerations/cookies
  ['Kameleoon', 'analytics', ['kameleoonVisitorCode', 'kameleoon*']],
  // https://support.convert.com/hc/en-us/articles/204506699-cookies-used-by-convert-experiences
  ['Convert', 'analytics', ['_conv_v', '_conv_s', '_conv_r', '_conv_sptest', '_conv_*']],
  // https://docs.chartbeat.com/cbp/guides/chartbeat-cookies
  ['Chartbeat', 'analytics', ['_cb', '_cb_ls', '_cb_svref', '_cb_*', '_chartbeat*', '_SUPERFLY_lockout']],
  // https://docs.parse.ly/privacy/
  ['Parse.ly', 'analytics', ['_parsely_session', '_parsely_visitor', '_parsely_*']],
  // https://docs.datadoghq.com/real_user_monitoring/browser/data_collected/#cookies
  ['Datadog RUM', 'analytics', ['_dd_s', '_dd_*']],
  // https://support.pendo.io/hc/en-us/articles/360031834131-Pendo-cookies-and-local-storage
  ['Pendo', 'analytics', ['_pendo_*']],
  // https://learn.microsoft.com/en-us/azure/azure-monitor/app/javascript-sdk-configuration#cookie-management
  ['Azure Application Insights', 'analytics', ['ai_user', 'ai_session', 'ai_authUser']],
  // https://help.vimeo.com/hc/en-us/articles/12426259908881-Vimeo-cookies (vuid: Vimeo analytics)
  ['Vimeo', 'analytics', ['vuid']],
  // https://posthog.com/docs/libraries/js/persistence
  ['PostHog', 'analytics', ['ph_phc_*', 'ph_*_posthog']],
  // https://www.braze.com/docs/developer_guide/platform_integration_guides/web/cookies_and_storage
  ['Braze', 'analytics', ['ab.storage.deviceId.*', 'ab.storage.sessionId.*', 'ab.storage.userId.*', 'ab._gd']],
  // https://www.qualtrics.com/support/website-app-feedback/common-use-cases/cookies-on-site-intercept/
  ['Qualtrics', 'analytics', ['QSI_*', 'QST', 'QSIPopUnder_*']],
  // https://experienceleague.adobe.com/en/docs/marketo-measure/using/marketo-measure-tracking/marketo-measure-cookies (Bizible)
  ['Marketo Measure', 'analytics', ['_biz_uid', '_biz_flagsA', '_biz_nA', '_biz_pendingA', '_biz_sid', '_biz_ABTestA', '_biz_*']],
  // https://clicky.com/help/faq/features/cookies
  ['Clicky', 'analytics', ['_jsuid', '_first_pageview', '_eventqueue', '_referrer_og', '_utm_og', 'heatmaps_g2g_*', '_harvest_*']],
  // https://statcounter.com/about/cookies/
  ['Statcounter', 'analytics', ['sc_is_visitor_unique', 'is_unique', 'statcounter_*']],
  // https://docs.woopra.com/docs/cookies
  ['Woopra', 'analytics', ['wooTracker', 'wooMeta']],
  // https://help.kissmetrics.io/hc/en-us/articles/360002883293-Cookies-set-by-Kissmetrics
  ['Kissmetrics', 'analytics', ['km_ai', 'km_lv', 'km_vs', 'km_uq', 'kvcd', 'km_*', '_km*']],
  // https://docs.tealium.com/platforms/javascript/reference/utag-main-cookie/
  ['Tealium', 'analytics', ['utag_main', 'utag_main_*', 'TEAL*']],
  // https://www.inspectlet.com/docs/cookies
  ['Inspectlet', 'analytics', ['__insp_*']],
  // https://knowledge.bazaarvoice.com/wp-content/conversations/en_US/Display/cookies.html
  ['Bazaarvoice', 'analytics', ['BVBRANDID', 'BVBRANDSID', 'BVImplmain_site', 'BVImpl*']],
  // https://www.dynatrace.com/support/help/manage/data-privacy-and-security/data-privacy/cookies
  ['Dynatrace', 'analytics', ['dtCookie', 'dtLatC', 'dtPC', 'dtSa', 'rxVisitor', 'rxvt', 'rxvisitid']],
  // https://docs.newrelic.com/docs/browser/browser-monitoring/page-load-timing-resources/new-relic-cookies-used-browser/
  ['New Relic', 'analytics', ['JSESSIONID_NR', 'NREUM', 'NRAGENT']],
  // https://support.dynamicyield.com/hc/en-us/articles/360002856158-Dynamic-Yield-Cookies
  ['Dynamic Yield', 'analytics', ['_dyid', '_dyjsession', '_dy_*', '_dyid_server', '_dycst', '_dycnst', '_dyfs', '_dy_c_exps', '_dy*']],
  // https://support.squarespace.com/hc/en-us/articles/360001264507-The-cookies-Squarespace-uses
  ['Squarespace Analytics', 'analytics', ['ss_cvr', 'ss_cvt', 'ss_cid', 'ss_cpvisit', 'ss_cvisit']],
  // https://www.shopify.com/legal/cookies
  [
    'Shopify Analytics',
    'analytics',
    [
      '_shopify_y',
      '_shopify_s',
      '_shopify_sa_t',
      '_shopify_sa_p',
      '_y',
      '_s',
      '_shopify_d',
      '_shopify_m',
      '_shopify_tm',
      '_shopify_tw',
      '_landing_page',
      '_orig_referrer',
      '_shopify_uniq',
      '_shopify_ga',
    ],
  ],
  // https://www.bing.com/webmasters/help/clarity (see Microsoft Clarity above); Leadfeeder: https://www.leadfeeder.com/privacy/cookies/
  ['Leadfeeder', 'analytics', ['_lfa', '_lfa_*', 'lfa_*']],
  // https://clearbit.com/docs#reveal (Clearbit JS sets cb_* ids)
  ['Clearbit', 'analytics', ['cb_user_id', 'cb_group_id', 'cb_anonymous_id']],
  // https://docs.piano.io/analytics/privacy/cookies/ (Piano Analytics / AT Internet)
  ['Piano Analytics', 'analytics', ['_pcid', '_pctx', 'atuserid', 'atidvisitor', 'pa_vid', 'xtvrn', 'xtan*', 'xtant*', 'atidx', 'idrxvr']],
  // https://www.comscore.com/About/Privacy-Policy (Scorecard Research audience measurement)
  ['comScore', 'analytics', ['_scor_uid', 'UIDR']],
  // https://support.google.com/optimize/answer/7359264
  ['Google Optimize', 'analytics', ['_gaexp', '_gaexp_rc', '_opt_awcid', '_opt_awmid', '_opt_awgid', '_opt_awkid', '_opt_utmc', '_opt_expid']],
];
