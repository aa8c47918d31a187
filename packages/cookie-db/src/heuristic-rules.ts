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
 * Sources: the vendors' own cookie documentation already cited in curated-*.ts for the prefix families (a family
 * the curated tables list with the same spelling, `_hj*`, is not repeated here: the curated rule always answers
 * first; a unit test checks); the words are generic tracking and advertising vocabulary, each new one measured on the
 * labelled names of the database's sources with that source left out (docs/cookie-classification.md). Keep words specific: a word that also
 * names essential state (`session`, `token`, `cart`, `consent`, `id`) does not belong here.
 */
export const HEURISTIC_PREFIXES: readonly CuratedRule[] = [
  ['Google Optimize', 'analytics', ['_gaexp']],
  ['Matomo', 'analytics', ['_pk_']],
  ['Amplitude', 'analytics', ['amplitude']],
  ['VWO', 'analytics', ['_vis_opt_']],
  ['Adobe Experience Cloud ID', 'analytics', ['amcv_', 'amcvs_']],
  ['Adobe Target', 'analytics', ['mbox']],
  ['Parse.ly', 'analytics', ['_parsely']],
  ['Tealium', 'analytics', ['utag_']],
  ['Smartlook', 'analytics', ['sl_c_']],
  ['Baidu Tongji', 'analytics', ['hm_lvt_', 'hm_lpvt_']],
  ['Qualtrics', 'analytics', ['qsi_']],
  ['Braze', 'analytics', ['ab.storage.']],
  ['HubSpot', 'analytics', ['__hs', 'hubspot']],
  ['Meta', 'targeting', ['_fbp', '_fbc']],
  ['TikTok', 'targeting', ['_ttp', 'ttcsid']],
  ['Pinterest', 'targeting', ['_pinterest']],
  ['Snapchat', 'targeting', ['_scid', '_sctr']],
  ['Criteo', 'targeting', ['criteo']],
  ['AdRoll', 'targeting', ['__adroll', '__ar_v4']],
  ['Taboola', 'targeting', ['taboola']],
  ['Outbrain', 'targeting', ['outbrain']],
  ['Prebid user ids', 'targeting', ['_pubcid', 'pbjs', '__uid2', 'id5id']],
  ['Awin', 'targeting', ['_aw_']],
  ['AddThis', 'targeting', ['__atuv']],
  ['Marketo', 'targeting', ['_mkto']],
  ['Drift', 'functional', ['drift']],
  ['tawk.to', 'functional', ['tawk']],
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
      'referrer',
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
      'conversion',
      'attribution',
      'fingerprint',
      'ttclid',
      'twclid',
      'yclid',
      'gbraid',
      'wbraid',
      'irclickid',
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
  ['', 'functional', ['chat', 'livechat', 'video', 'widget', 'language']],
];
