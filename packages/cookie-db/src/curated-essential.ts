import type { CuratedRule } from './curated-rule';

/**
 * Strictly necessary cookies (sessions, CSRF, load balancing, bot and fraud protection, consent storage,
 * carts and checkout) and `functional` ones (preferences and support widgets the visitor uses), labelled
 * from each vendor's or framework's own documentation (URL above each group). Only names a vendor documents
 * as essential are listed here; nothing is marked necessary by pattern guessing.
 */
export const CURATED_ESSENTIAL: readonly CuratedRule[] = [
  // https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/
  [
    'Cloudflare',
    'necessary',
    [
      '__cf_bm',
      'cf_clearance',
      '__cflb',
      '_cfuvid',
      '__cfruid',
      'cf_ob_info',
      'cf_use_ob',
      '__cfwaitingroom',
      '__cfwaitingroom*',
      '__cfseq-*',
      'cf_chl_rc_i',
      'cf_chl_rc_ni',
      'cf_chl_rc_m',
      'cf_chl_*',
      '__cf_mw_*',
      'CF_Authorization',
      'CF_AppSession',
    ],
  ],
  // https://techdocs.akamai.com/cloud-security/docs/handle-adaptive-security-cookies (Bot Manager)
  ['Akamai', 'necessary', ['ak_bmsc', 'bm_sv', 'bm_mi', 'bm_sz', '_abck', 'bm_s', 'bm_so', 'bm_ss', 'bm_lso', 'sbsd', 'sbsd_o', 'akavpau_*', 'AKA_A2']],
  // https://docs.imperva.com/bundle/cloud-application-security/page/cookies.htm
  ['Imperva', 'necessary', ['visid_incap_*', 'incap_ses_*', 'nlbi_*', '___utmvc', 'reese84', 'rbzid', 'rbzsessionid']],
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html
  ['AWS Elastic Load Balancing', 'necessary', ['AWSALB', 'AWSALBCORS', 'AWSELB', 'AWSELBCORS', 'AWSALBTG', 'AWSALBTGCORS', 'AWSALBAPP-*']],
  // https://my.f5.com/manage/s/article/K6917 (BIG-IP persistence cookie) and https://my.f5.com/manage/s/article/K12541 (ASM TS cookies)
  ['F5 BIG-IP', 'necessary', ['BIGipServer*', 'TS01*', 'MRHSession', 'LastMRH_Session', 'F5_ST', 'F5_HT_shrinked']],
  // https://docs.netscaler.com/en-us/citrix-adc/current-release/load-balancing/load-balancing-persistence/persistence-types.html
  ['Citrix NetScaler', 'necessary', ['NSC_*']],
  // https://learn.microsoft.com/en-us/azure/app-service/configure-common#configure-general-settings (ARR affinity)
  ['Azure App Service', 'necessary', ['ARRAffinity', 'ARRAffinitySameSite', 'TiPMix', 'x-ms-routing-name']],
  // https://docs.datadome.co/docs/datadome-cookie
  ['DataDome', 'necessary', ['datadome']],
  // https://docs.humansecurity.com/applications-and-accounts/docs/cookies-used-by-human (PerimeterX)
  ['HUMAN (PerimeterX)', 'necessary', ['_px', '_px2', '_px3', '_pxvid', '_pxhd', 'pxcts', '_pxde', '_pxff_*', '_pxmvid', '_pxttld']],
  // https://docs.hcaptcha.com/faq#what-cookies-does-hcaptcha-use
  ['hCaptcha', 'necessary', ['hc_accessibility', 'hmt_id']],
  // https://policies.google.com/technologies/cookies (reCAPTCHA _GRECAPTCHA; consent SOCS/CONSENT; security AEC, SID...)
  [
    'Google',
    'necessary',
    [
      '_GRECAPTCHA',
      'SOCS',
      'CONSENT',
      'AEC',
      'SID',
      'HSID',
      'SSID',
      'APISID',
      'SAPISID',
      '__Secure-1PSID',
      '__Secure-1PAPISID',
      '__Secure-1PSIDCC',
      '__Secure-1PSIDTS',
      'SIDCC',
      'OSID',
      '__Secure-OSID',
      'LSID',
      '__Host-GAPS',
      'FCCDCF',
    ],
  ],
  // https://docs.stripe.com/disputes/prevention/advanced-fraud-detection and https://stripe.com/cookie-settings
  ['Stripe', 'necessary', ['__stripe_mid', '__stripe_sid', '__stripe_orig_props']],
  // https://www.paypal.com/us/legalhub/paypal/cookie-full (PayPal checkout and fraud prevention)
  ['PayPal', 'necessary', ['ts_c', 'tsrce', 'x-pp-s', 'l7_az', 'nsid', 'enforce_policy', 'x-cdn', 'TLTSID']],
  // https://docs.adyen.com/risk-management/device-fingerprinting (RiskProtect _RP_UID)
  ['Adyen', 'necessary', ['_RP_UID']],
  // https://www.wordfence.com/help/general-data-protection-regulation/cookies/
  ['Wordfence', 'necessary', ['wfwaf-authcookie-*', 'wordfence_verifiedHuman', 'wf_loginalerted_*', 'wfCBLBypass']],
  // https://devdocs.prestashop-project.org/8/development/components/cookies/ (PrestaShop-<hash> customer cookie)
  ['PrestaShop', 'necessary', ['PrestaShop-*', 'PHPSESSID']],
  // https://www.php.net/manual/en/session.configuration.php#ini.session.name
  ['PHP', 'necessary', ['PHPSESSID']],
  // https://jakarta.ee/specifications/servlet/6.0/jakarta-servlet-spec-6.0#session-tracking-mechanisms
  ['Java Servlet', 'necessary', ['JSESSIONID', 'jsessionid', 'JSESSIONIDSSO']],
  // https://learn.microsoft.com/en-us/aspnet/core/fundamentals/app-state#session-state and /security/anti-request-forgery
  [
    'ASP.NET',
    'necessary',
    [
      'ASP.NET_SessionId',
      '.AspNetCore.Session',
      '.AspNetCore.Antiforgery.*',
      '.AspNetCore.Cookies',
      '.AspNetCore.Identity.Application',
      '.AspNetCore.Correlation.*',
      '.AspNetCore.OpenIdConnect.*',
      '__RequestVerificationToken',
      '__RequestVerificationToken_*',
      '.ASPXAUTH',
      '.ASPXANONYMOUS',
      'ASPSESSIONID*',
      '.AspNetCore.Mvc.CookieTempDataProvider',
    ],
  ],
  // https://laravel.com/docs/csrf#csrf-x-xsrf-token and https://laravel.com/docs/session
  ['Laravel', 'necessary', ['laravel_session', 'XSRF-TOKEN']],
  // https://docs.djangoproject.com/en/stable/ref/settings/#csrf-cookie-name and #session-cookie-name
  ['Django', 'necessary', ['csrftoken', 'sessionid']],
  // https://docs.djangoproject.com/en/stable/ref/settings/#language-cookie-name
  ['Django', 'functional', ['django_language']],
  // https://expressjs.com/en/resources/middleware/session.html
  ['Express', 'necessary', ['connect.sid', '_csrf']],
  // https://guides.rubyonrails.org/security.html#sessions (Rails session cookie)
  ['Ruby on Rails', 'necessary', ['_session_id', 'remember_user_token', 'remember_admin_token']],
  // https://next-auth.js.org/configuration/options#cookies
  [
    'NextAuth.js',
    'necessary',
    [
      'next-auth.session-token',
      'next-auth.csrf-token',
      'next-auth.callback-url',
      '__Secure-next-auth.session-token',
      '__Secure-next-auth.callback-url',
      '__Host-next-auth.csrf-token',
      'authjs.session-token',
      'authjs.csrf-token',
      'authjs.callback-url',
      '__Secure-authjs.session-token',
      '__Host-authjs.csrf-token',
      'next-auth.*',
      'authjs.*',
    ],
  ],
  // https://vercel.com/docs/security/deployment-protection#cookies (_vercel_jwt) and https://vercel.com/docs/edge-network/frequently-asked-questions
  ['Vercel', 'necessary', ['_vercel_jwt', '_vercel_sso_nonce', '__vercel_live_token', '_vercel_*']],
  // https://supabase.com/docs/guides/auth/server-side/creating-a-client (sb-<project ref>-auth-token)
  ['Supabase', 'necessary', ['sb-*-auth-token', 'sb-*-auth-token.0', 'sb-*-auth-token.1', 'sb-*-auth-token-code-verifier']],
  // https://clerk.com/docs/how-clerk-works/cookies
  ['Clerk', 'necessary', ['__session', '__client_uat', '__client_uat_*', '__session_*', '__clerk_db_jwt', '__clerk_db_jwt_*', '__refresh_*']],
  // https://auth0.com/docs/manage-users/cookies/authentication-api-cookies
  [
    'Auth0',
    'necessary',
    ['auth0', 'auth0_compat', 'a0_users:sess', 'a0_users:sess.sig', '__txn_*', 'auth0.is.authenticated', '_legacy_auth0.is.authenticated', 'auth0.*'],
  ],
  // https://www.keycloak.org/docs/latest/server_admin/#_cookies (Keycloak session cookies)
  [
    'Keycloak',
    'necessary',
    [
      'KEYCLOAK_SESSION',
      'KEYCLOAK_SESSION_LEGACY',
      'KEYCLOAK_IDENTITY',
      'KEYCLOAK_IDENTITY_LEGACY',
      'AUTH_SESSION_ID',
      'AUTH_SESSION_ID_LEGACY',
      'KC_RESTART',
      'KEYCLOAK_REMEMBER_ME',
      'KC_AUTH_SESSION_HASH',
    ],
  ],
  // https://learn.microsoft.com/en-us/entra/identity-platform/reference-third-party-cookies-spas and Azure AD B2C cookie definitions
  [
    'Microsoft Entra ID',
    'necessary',
    [
      'x-ms-cpim-sso:*',
      'x-ms-cpim-cache:*',
      'x-ms-cpim-csrf',
      'x-ms-cpim-trans',
      'x-ms-cpim-dc',
      'x-ms-cpim-rc',
      'x-ms-cpim-*',
      'ESTSAUTH',
      'ESTSAUTHPERSISTENT',
      'ESTSAUTHLIGHT',
      'esctx',
      'esctx-*',
      'stsservicecookie',
      'x-ms-gateway-slice',
    ],
  ],
  // https://developer.wordpress.org/advanced-administration/wordpress/cookies/
  ['WordPress', 'necessary', ['wordpress_logged_in_*', 'wordpress_sec_*', 'wordpress_test_cookie', 'wordpress_*', 'wp-postpass_*', 'wp_lang']],
  // https://developer.wordpress.org/advanced-administration/wordpress/cookies/ (admin interface and commenter preferences)
  ['WordPress', 'functional', ['wp-settings-*', 'wp-settings-time-*', 'comment_author_*', 'comment_author_email_*', 'comment_author_url_*']],
  // https://woocommerce.com/document/woocommerce-cookies/
  [
    'WooCommerce',
    'necessary',
    [
      'woocommerce_cart_hash',
      'woocommerce_items_in_cart',
      'wp_woocommerce_session_*',
      'woocommerce_recently_viewed',
      'store_notice*',
      'woocommerce_dismissed_suggestions__*',
      'woocommerce_snooze_suggestions__*',
    ],
  ],
  // https://woocommerce.com/document/order-attribution-tracking/ (sourcebuster.js sbjs_* cookies; honour marketing consent)
  [
    'WooCommerce Order Attribution',
    'targeting',
    ['sbjs_migrations', 'sbjs_current_add', 'sbjs_first_add', 'sbjs_current', 'sbjs_first', 'sbjs_udata', 'sbjs_session', 'sbjs_*'],
  ],
  // https://www.shopify.com/legal/cookies
  [
    'Shopify',
    'necessary',
    [
      'cart',
      'cart_sig',
      'cart_ts',
      'cart_ver',
      'cart_currency',
      'secure_customer_sig',
      '_secure_session_id',
      '_shopify_essential',
      '_shopify_essential_*',
      'keep_alive',
      'localization',
      '_tracking_consent',
      '_cmp_a',
      'checkout_session_token*',
      'checkout_session_lookup',
      'shopify_pay_redirect',
      'shopify_pay',
      '_shopify_country',
      '_ab',
      'identity-state*',
      '_pay_session',
      'master_device_id',
      'storefront_digest',
      'customer_account_locale',
      '_shopify_test',
      '_identity_session',
      '_merchant_essential',
      'shopify_recently_viewed',
    ],
  ],
  // https://experienceleague.adobe.com/en/docs/commerce-admin/start/compliance/privacy/compliance-cookie-law (Magento / Adobe Commerce)
  [
    'Magento',
    'necessary',
    [
      'mage-cache-storage',
      'mage-cache-storage-section-invalidation',
      'mage-cache-sessid',
      'mage-messages',
      'mage-translation-storage',
      'mage-translation-file-version',
      'form_key',
      'private_content_version',
      'section_data_ids',
      'X-Magento-Vary',
      'persistent_shopping_cart',
      'mage-banners-cache-storage',
      'user_allowed_save_cookie',
    ],
  ],
  // https://experienceleague.adobe.com/en/docs/commerce-admin/start/compliance/privacy/compliance-cookie-law (recently viewed/compared)
  [
    'Magento',
    'functional',
    ['recently_viewed_product', 'recently_viewed_product_previous', 'recently_compared_product', 'recently_compared_product_previous', 'product_data_storage'],
  ],
  // https://www.drupal.org/docs/administering-a-drupal-site/security-in-drupal (SESS<hash>/SSESS<hash> session cookies)
  ['Drupal', 'necessary', ['SESS#', 'SSESS#', 'Drupal.visitor.*', 'has_js']],
  // https://docs.joomla.org/How_do_you_remove_the_session_cookie%3F (Joomla session; joomla_user_state, joomla_remember_me_<hash>)
  ['Joomla', 'necessary', ['joomla_user_state', 'joomla_remember_me_*', 'jfcookie']],
  // https://support.wix.com/en/article/cookies-and-your-wix-site
  [
    'Wix',
    'necessary',
    [
      'XSRF-TOKEN',
      'svSession',
      'ssr-caching',
      'bSession',
      'fedops.logger.sessionId',
      'fedops.logger.defaultOverrides',
      '_wixAB3',
      '_wixAB3|*',
      'server-session-bind',
      'client-session-bind',
      'smSession',
      'consent-policy',
      '_wixCIDX',
      '_wix_browser_sess',
      'wixLanguage',
      'wixSession2',
    ],
  ],
  // https://support.squarespace.com/hc/en-us/articles/360001264507-The-cookies-Squarespace-uses
  [
    'Squarespace',
    'necessary',
    ['crumb', 'ss_cookieAllowed', 'ss_lastvisit', 'SS_MID', 'squarespace-popup-overlay', 'squarespace-announcement-bar', 'SS_MATTR', 'ss_cvrusr'],
  ],
  // https://help.hubspot.com/... see https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser
  [
    'HubSpot',
    'necessary',
    [
      '__hs_opt_out',
      '__hs_do_not_track',
      '__hs_initial_opt_in',
      '__hs_cookie_cat_pref',
      '__hs_gpc_banner_dismiss',
      '__hs_notify_banner_dismiss',
      'hs_ab_test',
      'hs-messages-is-open',
      'hs-messages-hide-welcome-message',
      '__hsmem',
      'hs-membership-csrf',
      'hs_langswitcher_choice',
      '__hs_cookie_cat_pref',
    ],
  ],
  // https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser
  ['HubSpot', 'functional', ['messagesUtk']],
  // https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser
  ['HubSpot', 'analytics', ['__hstc', 'hubspotutk', '__hssc', '__hssrc', '__hs_*']],
];
