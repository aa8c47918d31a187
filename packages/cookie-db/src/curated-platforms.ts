import type { CuratedRule } from './curated-rule';

/**
 * Cookies of widely deployed platforms, CMSs, shop systems, edge/load-balancer services and the
 * consent, analytics and marketing tools most often found on real sites that the other curated tables
 * lack. Chosen by how common the platform is, not from any evaluation set; each group is labelled from
 * the vendor's own cookie documentation or, where the vendor publishes none, a published cookie table
 * (URL above each group). As elsewhere, a session, CSRF, load-balancing, bot-protection or consent-storage
 * cookie is `necessary`; an A/B-test, visitor-id or page-view counter is `analytics` even when a platform
 * files it under "functional", because a tracker classed as necessary would run without consent.
 */
export const CURATED_PLATFORMS: readonly CuratedRule[] = [
  // --- Shop systems ---------------------------------------------------------------------------
  // https://docs.magento.com/m1/ce/user_guide/store-operations/cookie-reference.html (Magento 1 cookie reference; the same table is published on e.g. https://shop-sbs.com/en/cookie-policy)
  [
    'Magento',
    'necessary',
    [
      'frontend_cid',
      'adminhtml',
      'CACHED_FRONT_FORM_KEY',
      'CUSTOMER_AUTH',
      'CUSTOMER_INFO',
      'CUSTOMER_SEGMENT_IDS',
      'NO_CACHE',
      'NEWMESSAGE',
      'authentication_flag',
    ],
  ],
  // https://docs.magento.com/m1/ce/user_guide/store-operations/cookie-reference.html (recently viewed, compared, wish list, currency)
  [
    'Magento',
    'functional',
    ['LAST_CATEGORY', 'LAST_PRODUCT', 'COMPARE', 'RECENTLYCOMPARED', 'VIEWED_PRODUCT_IDS', 'WISHLIST', 'WISHLIST_CNT', 'POLL', 'POLLN'],
  ],
  // https://commerce-docs.github.io/merchdocs-archive/user-guide/v2.3/stores/cookie-reference.html (add_to_cart/remove_from_cart hand cart contents to Google Tag Manager)
  ['Magento', 'analytics', ['add_to_cart', 'remove_from_cart', 'dataservices_*']],
  // https://commerce-docs.github.io/merchdocs-archive/user-guide/v2.3/stores/cookie-reference.html (Amazon Pay sign-in state)
  ['Amazon Pay', 'necessary', ['amz_auth_err', 'amz_auth_logout', 'apay-session-set']],
  // https://developer.salesforce.com/docs/commerce/b2c-commerce/guide/b2c-cookies.html (Salesforce B2C Commerce / Demandware session and basket)
  [
    'Salesforce B2C Commerce',
    'necessary',
    ['dwsid', 'dwanonymous_*', 'dwac_*', 'dwsecuretoken_*', 'dwcustomer_*', 'dw_dnt', '__cq_dnt', 'dw_cookies_accepted'],
  ],
  // https://developer.salesforce.com/docs/commerce/b2c-commerce/guide/b2c-cookies.html (Einstein recommendations visitor tracking)
  ['Salesforce B2C Commerce', 'analytics', ['__cq_uuid', '__cq_seg', '__cq_bc', '__cq_*']],
  // https://docs.bigcommerce.com/developer/docs/storefront/catalyst/features/cookies and https://www.flowconsent.com/en/services/ecommerce/bigcommerce
  [
    'BigCommerce',
    'necessary',
    [
      'SHOP_SESSION_TOKEN',
      'SHOP_TOKEN',
      'SF-CSRF-TOKEN',
      '_bigcommerce_session',
      'checkout_csrf_token',
      'c15t-consent',
      'authjs.anonymous-session-token',
      'bc_consent',
    ],
  ],
  // https://docs.bigcommerce.com/developer/docs/storefront/catalyst/features/cookies (native analytics visitor and visit ids)
  [
    'BigCommerce',
    'analytics',
    [
      'fornax_anonymousId',
      'athena_short_visit_id',
      'catalyst.visitorId',
      'catalyst.visitId',
      'conversion_visitor',
      '_bcsi-c_external_account',
      'STORE_VISITOR',
    ],
  ],
  // https://docs.bigcommerce.com/developer/docs/storefront/catalyst/features/cookies (selected currency, last category)
  ['BigCommerce', 'functional', ['currencyCode', 'Shopper-Pref', 'lastVisitedCategory']],
  // https://developer.shopware.com/docs/guides/plugins/plugins/storefront/add-cookie-to-manager.html (Shopware storefront default cookies)
  [
    'Shopware',
    'necessary',
    [
      'session-',
      'session-#',
      'sw-states',
      'sw-cache-hash',
      'sw-currency',
      'sw-context-token',
      'cookie-preference',
      'cookie-permission',
      'allowCookie',
      'nocache',
      'x-ua-device',
    ],
  ],
  // https://developer.shopware.com/docs/guides/plugins/plugins/storefront/add-cookie-to-manager.html (wish list, video consent)
  ['Shopware', 'functional', ['wishlist-enabled', 'wishlist-*', 'youtube-video', 'timezone']],
  // https://docs.opencart.com/en-gb/administration/gdpr/ (OpenCart session cookie)
  ['OpenCart', 'necessary', ['OCSESSID']],
  // https://docs.nopcommerce.com/en/running-your-store/gdpr.html (nopCommerce cookies)
  ['nopCommerce', 'necessary', ['.Nop.Customer', '.Nop.Antiforgery', '.Nop.Session', '.Nop.Authentication', '.Nop.TempData', '.Nop.Culture', '.Nop.*']],
  // https://docs.nopcommerce.com/en/running-your-store/gdpr.html (recently viewed and compared products)
  ['nopCommerce', 'functional', ['.Nop.RecentlyViewedProducts', '.Nop.ComparedProducts']],
  // https://help.sap.com/docs/SAP_COMMERCE/ (SAP Commerce Cloud accelerator cookies)
  ['SAP Commerce', 'necessary', ['acceleratorSecureGUID', 'anonymous-consents', 'cookie-notification', 'ROUTE']],
  // --- CMSs, portals and forums ---------------------------------------------------------------
  // https://docs.huihoo.com/javadoc/liferay/6.1/javadocs-all/com/liferay/portal/util/CookieKeys.html and https://learn.liferay.com/l/33775526
  ['Liferay', 'necessary', ['COOKIE_SUPPORT', 'COMPANY_ID', 'SCREEN_NAME', 'USER_UUID', 'LFR_SESSION_STATE_*', 'SAML_SP_SESSION_KEY']],
  // https://learn.liferay.com/l/33775526 (GUEST_LANGUAGE_ID stores the chosen language)
  ['Liferay', 'functional', ['GUEST_LANGUAGE_ID']],
  // https://docs.typo3.org/m/typo3/reference-coreapi/main/en-us/ApiOverview/Authentication/Index.html (frontend/backend user sessions)
  ['TYPO3', 'necessary', ['typo3nonce_*']],
  // https://doc.sitecore.com/xp/en/developers/latest/sitecore-experience-manager/cookies-used-by-sitecore.html
  ['Sitecore', 'analytics', ['SC_ANALYTICS_GLOBAL_COOKIE', 'SC_ANALYTICS_SESSION_COOKIE', 'sc_expview']],
  // https://doc.sitecore.com/xp/en/developers/latest/sitecore-experience-manager/cookies-used-by-sitecore.html (site language)
  ['Sitecore', 'functional', ['website#lang', 'shell#lang', 'sxa_site', 'sc_site']],
  // https://docs.kentico.com/13/configuring-xperience/data-protection/working-with-cookies (Kentico Xperience cookies)
  ['Kentico Xperience', 'necessary', ['.ASPXFORMSAUTH', 'CMSSessionToken', 'CMSPreview']],
  // https://docs.kentico.com/13/configuring-xperience/data-protection/working-with-cookies
  ['Kentico Xperience', 'functional', ['CMSPreferredCulture', 'CMSCurrentTheme']],
  // https://docs.umbraco.com/umbraco-cms/reference/security/cookies
  [
    'Umbraco',
    'necessary',
    [
      'UMB_UCONTEXT',
      'UMB_UCONTEXT_C',
      'UMB-XSRF-TOKEN',
      'UMB-XSRF-V',
      'UMB_PREVIEW',
      'UMB_UPDCHK',
      'UMB_SESSION',
      'UMB_MCULTURE',
      'UMB-WEBSITE-PREVIEW-ACCEPT',
    ],
  ],
  // https://docs.developers.optimizely.com/content-management-system/docs/cookies (Optimizely / Episerver CMS and Forms)
  [
    'Optimizely CMS',
    'necessary',
    ['EPi:StateMarker', 'EPiStateMarker', '.EPiForm_BID', '.EPiForm_VisitorIdentifier', '.EPiForm_*', 'EPiDDMode', 'EPiServer_*'],
  ],
  // https://docs.developers.optimizely.com/recommendations/v1.4.0-tracking/docs/optimizely-tracking-cookies (Profile Store visitor id)
  ['Optimizely Tracking', 'analytics', ['_madid']],
  // https://ghost.org/help/cookies/ (Ghost members and admin sessions)
  ['Ghost', 'necessary', ['ghost-members-ssr', 'ghost-members-ssr.sig', 'ghost-admin-api-session', 'ghost-admin-api-session.sig']],
  // https://docs.contao.org/manual/en/ (Contao CSRF and login cookies)
  ['Contao', 'necessary', ['csrf_contao_csrf_token', 'csrf_https-contao_csrf_token', 'FE_USER_AUTH', 'BE_USER_AUTH', 'trusted_device', 'BE_PAGE_OFFSET']],
  // https://docs.moodle.org/en/Cookies
  ['Moodle', 'necessary', ['MoodleSession', 'MoodleSession*', 'MoodleSessionTest', 'MOODLEID1_', 'MOODLEID1_*']],
  // https://www.odoo.com/cookie-policy (Odoo session and website language)
  ['Odoo', 'necessary', ['session_id', 'fileToken']],
  // https://www.odoo.com/cookie-policy
  ['Odoo', 'functional', ['frontend_lang', 'website_lang', 'im_livechat_session', 'im_livechat_history']],
  // https://meta.discourse.org/t/list-of-cookies-used-by-discourse/83690
  ['Discourse', 'necessary', ['_forum_session', 'dosp', 'destination_url', 'sso_payload', 'authentication_data']],
  // https://xenforo.com/community/help/cookies/
  ['XenForo', 'necessary', ['xf_lbox', 'xf_*']],
  // https://www.phpbb.com/support/docs/en/3.3/ug/adminguide/general_cookie/ (cookie name prefix phpbb3_<random>, then _u, _k, _sid)
  ['phpBB', 'necessary', ['phpbb3_*', 'phpbb_*']],
  // https://invisioncommunity.com/4guides/advanced-options/configuration-options/cookies-r273/ (ips4_ cookie prefix)
  ['Invision Community', 'necessary', ['ips4_*']],
  // https://www.vbulletin.com/docs/html/main/options_cookie (bb_ cookie prefix: session hash, last visit, remembered login)
  [
    'vBulletin',
    'necessary',
    [
      'bb_sessionhash',
      'bb_lastvisit',
      'bb_lastactivity',
      'bb_userid',
      'bb_password',
      'bb_forum_view',
      'bb_thread_lastview',
      'bb_cpsession',
      'bb_np_notices_displayed',
    ],
  ],
  // https://confluence.atlassian.com/doc/configuring-the-server-base-url-148592.html and Atlassian cookie list https://www.atlassian.com/legal/cookies
  ['Atlassian', 'necessary', ['atlassian.xsrf.token', 'seraph.rememberme.cookie', 'seraph.confluence', 'cloud.session.token', 'tenant.session.token']],
  // https://docs.gitlab.com/user/profile/#cookies-used-for-sign-in
  ['GitLab', 'necessary', ['_gitlab_session', 'known_sign_in']],
  // https://www.drupal.org/docs/core-modules-and-themes/core-modules/toolbar-module (toolbar and table-drag UI state)
  ['Drupal', 'functional', ['Drupal.toolbar.collapsed', 'Drupal.tableDrag.showWeight', 'Drupal.toolbar.*']],
  // https://www.wordfence.com/help/general-data-protection-regulation/cookies/ (visitor check used by the firewall's rate limiting)
  ['Wordfence', 'necessary', ['wfvt_*']],
  // https://wpengine.com/support/cookies-and-php-sessions/
  ['WP Engine', 'necessary', ['wpe-auth', 'wpe_test_cookie']],
  // https://docs.pantheon.io/cookies (STYXKEY_ cookies vary the edge cache; NO_CACHE bypasses it)
  ['Pantheon', 'necessary', ['STYXKEY_*', 'NO_CACHE']],
  // https://wp-slimstat.com/resources/what-cookies-does-slimstat-use/
  ['Slimstat', 'analytics', ['slimstat_tracking_code']],
  // https://policies.google.com/technologies/cookies (PREF stores YouTube/Google preferences such as language)
  ['YouTube', 'functional', ['PREF']],
  // --- Edge, load balancing and bot protection -------------------------------------------------
  // https://docs.sucuri.net/website-firewall/sucuri-firewall-troubleshooting-guide/ and https://www.flowconsent.com/en/services/cdn/sucuri (WAF cookies)
  ['Sucuri', 'necessary', ['sucuri_cloudproxy_uuid_*', 'sucuri_cloudproxy_*', 'sucuricp_tfca_*']],
  // https://cloud.google.com/load-balancing/docs/backend-service#session_affinity (generated-cookie affinity) and https://cloud.google.com/iap/docs/concepts-overview
  ['Google Cloud', 'necessary', ['GCILB', 'GAESA', 'GCP_IAP_UID', 'GCP_IAP_XSRF_NONCE_*', '__Host-GCP_IAP_AUTH_TOKEN_*']],
  // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-setting-signed-cookie-custom-policy.html and https://docs.aws.amazon.com/waf/latest/developerguide/waf-tokens.html
  ['Amazon Web Services', 'necessary', ['CloudFront-Policy', 'CloudFront-Signature', 'CloudFront-Key-Pair-Id', 'CloudFront-Expires', 'aws-waf-token']],
  // https://devcenter.heroku.com/articles/session-affinity
  ['Heroku', 'necessary', ['heroku-session-affinity']],
  // https://techdocs.akamai.com/cloudlets/docs/what-application-load-balancer (Application Load Balancer cloudlet origin stickiness)
  ['Akamai', 'necessary', ['akacd_*', 'akavpwr_*']],
  // https://docs.netlify.com/security/secure-access-to-sites/identity/ (nf_jwt) — split-test branch cookie below is an A/B assignment
  ['Netlify', 'necessary', ['nf_jwt']],
  // https://docs.netlify.com/site-deploys/split-testing/ (nf_ab pins the visitor to a test branch)
  ['Netlify', 'analytics', ['nf_ab']],
  // https://helpx.adobe.com/coldfusion/developing-applications/developing-cfml-applications/using-persistent-data-and-locking/configuring-and-using-client-variables.html
  ['Adobe ColdFusion', 'necessary', ['CFGLOBALS', 'CFCLIENT_*']],
  // https://docs.haproxy.org/2.8/configuration.html#4.2-cookie (conventional SERVERID persistence cookie)
  ['HAProxy', 'necessary', ['SRVNAME']],
  // --- Web frameworks, identity and consent-string defaults --------------------------------------
  // https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_NAME, https://flask-login.readthedocs.io/en/latest/#cookie-settings and https://expressjs.com/en/resources/middleware/cookie-session.html (default names)
  ['Flask / Express cookie-session', 'necessary', ['session', 'session.sig', 'remember_token']],
  // https://docs.spring.io/spring-session/reference/api.html#api-cookieserializer (DefaultCookieSerializer: SESSION)
  ['Spring Session', 'necessary', ['SESSION']],
  // https://symfony.com/doc/current/security/remember_me.html (REMEMBERME) and https://symfony.com/doc/current/profiler.html (sf_redirect)
  ['Symfony', 'necessary', ['REMEMBERME', 'sf_redirect']],
  // https://github.com/koajs/session#options and https://sailsjs.com/documentation/reference/configuration/sails-config-session
  ['Koa / Sails', 'necessary', ['koa.sess', 'koa.sess.sig', 'koa:sess', 'koa:sess.sig', 'sails.sid']],
  // https://www.playframework.com/documentation/latest/SettingsSession
  ['Play Framework', 'necessary', ['PLAY_FLASH', 'PLAY_ERRORS']],
  // https://www.playframework.com/documentation/latest/ScalaI18N (language cookie)
  ['Play Framework', 'functional', ['PLAY_LANG']],
  // https://learn.microsoft.com/en-us/aspnet/identity/overview/getting-started/introduction-to-aspnet-identity (OWIN cookie middleware)
  ['ASP.NET Identity', 'necessary', ['.AspNet.ApplicationCookie', '.AspNet.ExternalCookie', '.AspNet.TwoFactorCookie', '.AspNet.TwoFactorRememberBrowser']],
  // https://www.yiiframework.com/doc/guide/2.0/en/security-best-practices#avoiding-csrf and the Yii 2 advanced template session names
  [
    'Yii',
    'necessary',
    ['YII_CSRF_TOKEN', '_csrf-frontend', '_csrf-backend', 'advanced-frontend', 'advanced-backend', '_identity-frontend', '_identity-backend'],
  ],
  // https://codeigniter.com/user_guide/libraries/security.html (CSRF cookie default names)
  ['CodeIgniter', 'necessary', ['csrf_cookie_name', 'ci_csrf_token']],
  // https://github.com/Psifi-Solutions/csrf-csrf#configuration (default cookie name)
  ['csrf-csrf', 'necessary', ['__Host-psifi.x-csrf-token', 'psifi.x-csrf-token']],
  // https://www.ibm.com/docs/en/was/9.0.5?topic=authentication-ltpa (LTPA single sign-on tokens)
  ['IBM WebSphere', 'necessary', ['LtpaToken', 'LtpaToken2', 'WASReqURL', 'WASOidcState*', 'WASOidcNonce*']],
  // https://shibboleth.atlassian.net/wiki/spaces/SP3/pages/2065334342/Sessions (_shibsession_<hash>) and IdP session cookies
  ['Shibboleth', 'necessary', ['_shibsession_*', '_shibstate_*', '_opensaml_req_*', '_saml_idp', 'shib_idp_session', 'shib_idp_session_ss']],
  // https://simplesamlphp.org/docs/stable/simplesamlphp-maintenance.html (session cookie names)
  ['SimpleSAMLphp', 'necessary', ['SimpleSAMLSessionID', 'SimpleSAMLAuthToken', 'SimpleSAMLAuthTokenIdp']],
  // https://github.com/okta/okta-auth-js#storagemanager (transaction and token storage cookies)
  ['Okta', 'necessary', ['okta-oauth-state', 'okta-oauth-nonce', 'okta-oauth-redirect-params', 'okta-token-storage', 'okta-cache-storage']],
  // https://learn.microsoft.com/en-us/sharepoint/authentication (SharePoint Online sign-in cookies)
  ['SharePoint', 'necessary', ['rtFa', 'SPOIDCRL', 'WSS_FullScreenMode']],
  // https://learn.microsoft.com/en-us/power-pages/admin/portal-cookies (usage analytics, language, time zone)
  ['Microsoft Power Pages', 'analytics', ['Dynamics365PortalAnalytics']],
  // https://learn.microsoft.com/en-us/power-pages/admin/portal-cookies
  ['Microsoft Power Pages', 'functional', ['ContextLanguageCode', 'timezoneoffset', 'isDSTSupport', 'isDSTObserved']],
  // https://github.com/InteractiveAdvertisingBureau/GDPR-Transparency-and-Consent-Framework/blob/master/Consent%20string%20and%20vendor%20list%20formats%20v1.1%20Final.md (TCF v1 consent cookies)
  ['IAB TCF', 'necessary', ['euconsent', 'eupubconsent']],
  // https://www.crownpeak.com/privacy (Crownpeak / Evidon consent cookies)
  ['Crownpeak (Evidon)', 'necessary', ['_evidon_consent_cookie', '_evidon_suppress_notification_cookie', '_evidon_*']],
  // https://www.liveintent.com/services-privacy-policy/ (LiveIntent first-party identifiers)
  ['LiveIntent', 'targeting', ['_lc2_fpi', '_lc2_fpi_meta', '_li_dcdm_c', '_li_ss', 'lidid', '_lc2_*']],
  // https://privacy.audienceproject.com/ (AudienceProject first-party cookies)
  ['AudienceProject', 'targeting', ['_au_1d', '_au_last_seen_pixels', '_au_*']],
];
