import type { CuratedRule } from './curated-rule';

/**
 * Lowest-precedence evidence: used only when no curated rule, Open Cookie Database rule or setter-host
 * rule knows a name. Two kinds, both matched case-insensitively:
 * - vendor prefix families (`_hj…` is Hotjar whatever follows), matched at the start of the name;
 * - words (`analytics`, `pixel`, `visitor`), matched against the name split at separators and
 *   camelCase boundaries (`kampyleUserSession` → `kampyle`, `user`, `session`).
 *
 * Why a guess at all: an unknown name is left to core's `unknownCookies` policy, and with the default
 * `'allow'` an unrecognised tracker runs without consent. Guessing `analytics` or `targeting` from strong
 * tracking vocabulary only ever blocks a cookie until consent (ePrivacy Directive Art. 5(3): consent is the
 * rule, "strictly necessary" the exception), so a wrong guess costs a feature, never the visitor's privacy.
 * For the same reason these tables must NEVER say `necessary` (buildRuleSet drops such an entry and the
 * classifier ignores one): a name that merely looks like a session is not proof that it is essential.
 *
 * Sources: the vendors' own cookie documentation already cited in curated-*.ts for the prefix families;
 * the words are generic tracking and advertising vocabulary. Keep words specific: a word that also
 * names essential state (`session`, `token`, `cart`, `consent`, `id`) does not belong here.
 */
export const HEURISTIC_PREFIXES: readonly CuratedRule[] = [
  ['Hotjar', 'analytics', ['_hj']],
  ['Google Analytics', 'analytics', ['_ga_', '_gat_', '__utm', '_dc_gtm_']],
  ['Google Optimize', 'analytics', ['_opt_', '_gaexp']],
  ['Google Ads', 'targeting', ['_gcl_', '_gac_']],
  ['Matomo', 'analytics', ['_pk_']],
  ['Segment', 'analytics', ['ajs_']],
  ['Yandex Metrica', 'analytics', ['_ym_']],
  ['Heap', 'analytics', ['_hp2_', '_hp5_']],
  ['Amplitude', 'analytics', ['amplitude']],
  ['VWO', 'analytics', ['_vwo', '_vis_opt_']],
  ['Optimizely', 'analytics', ['optimizely']],
  ['Adobe Experience Cloud ID', 'analytics', ['amcv_', 'amcvs_', 'kndctr_']],
  ['Adobe Target', 'analytics', ['mbox']],
  ['Chartbeat', 'analytics', ['_chartbeat', '_cb_']],
  ['Parse.ly', 'analytics', ['_parsely']],
  ['Pendo', 'analytics', ['_pendo_']],
  ['PostHog', 'analytics', ['ph_phc_']],
  ['Tealium', 'analytics', ['utag_']],
  ['Medallia', 'analytics', ['kampyle']],
  ['Lucky Orange', 'analytics', ['_lo_']],
  ['Smartlook', 'analytics', ['sl_c_']],
  ['Baidu Tongji', 'analytics', ['hm_lvt_', 'hm_lpvt_']],
  ['Qualtrics', 'analytics', ['qsi_']],
  ['Braze', 'analytics', ['ab.storage.']],
  ['HubSpot', 'analytics', ['__hs', 'hubspot']],
  ['Meta', 'targeting', ['_fbp', '_fbc']],
  ['Microsoft Advertising', 'targeting', ['_uet']],
  ['TikTok', 'targeting', ['_tt_', '_ttp', 'ttcsid']],
  ['Pinterest', 'targeting', ['_pin_', '_pinterest']],
  ['Snapchat', 'targeting', ['_scid', '_sctr']],
  ['Reddit', 'targeting', ['_rdt_']],
  ['Criteo', 'targeting', ['cto_', 'criteo']],
  ['AdRoll', 'targeting', ['__adroll', '__ar_v4']],
  ['Taboola', 'targeting', ['taboola']],
  ['Outbrain', 'targeting', ['outbrain']],
  ['LiveRamp', 'targeting', ['_lr_']],
  ['Prebid user ids', 'targeting', ['_pubcid', 'pbjs', '__uid2', 'id5id']],
  ['Awin', 'targeting', ['_aw_']],
  ['AddThis', 'targeting', ['__atuv']],
  ['Marketo', 'targeting', ['_mkto']],
  ['Klaviyo', 'targeting', ['__kla_']],
  ['Intercom', 'functional', ['intercom-']],
  ['Drift', 'functional', ['drift']],
  ['tawk.to', 'functional', ['twk_', 'tawk']],
  ['LiveChat', 'functional', ['__lc_', '__lc2_']],
  ['Crisp', 'functional', ['crisp-client']],
  ['Tidio', 'functional', ['tidio']],
];

/**
 * Words that are strong evidence on their own. Vendor is left empty: the word says what, not who. A vendor's own name
 * (`hotjar`, `taboola`) is listed here only when the vendor-word signal (create-classifier.ts) would not give the same
 * answer from the vendor names in the data — a unit test checks that the names left to it still are answered.
 */
export const HEURISTIC_WORDS: readonly CuratedRule[] = [
  [
    '',
    'analytics',
    [
      'analytics',
      'analytic',
      'stats',
      'statistics',
      'visitor',
      'visitors',
      'visit',
      'pageview',
      'pageviews',
      'tracking',
      'tracker',
      'track',
      'trk',
      'telemetry',
      'heatmap',
      'heatmaps',
      'clickmap',
      'metrics',
      'traffic',
      'utm',
      'experiment',
      'experiments',
      'abtest',
      'piwik',
      'clarity',
      'metrika',
      'kampyle',
      'comscore',
      'nielsen',
      'hubspot',
    ],
  ],
  [
    '',
    'targeting',
    [
      'ads',
      'ad',
      'adid',
      'advertising',
      'advertiser',
      'pixel',
      'campaign',
      'retargeting',
      'remarketing',
      'affiliate',
      'clickid',
      'clkid',
      'gclid',
      'fbclid',
      'msclkid',
      'dclid',
      'adform',
      'criteo',
      'outbrain',
      'adroll',
      'audience',
      'dmp',
      'marketo',
      'pardot',
      'eloqua',
    ],
  ],
  ['', 'functional', ['chat', 'livechat']],
];
