___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "ConsentKit - Consent Mode v2",
  "categories": [
    "TAG_MANAGEMENT",
    "UTILITY"
  ],
  "brand": {
    "id": "brand_consentkit",
    "displayName": "ConsentKit"
  },
  "description": "Sets Google Consent Mode v2 defaults (all seven types, wait_for_update, region defaults) and updates them from ConsentKit's decisions. Can also load ConsentKit's script tag. Fire on Consent Initialization - All Pages.",
  "containerContexts": [
    "WEB"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "TEXT",
    "name": "policyVersion",
    "displayName": "Policy version",
    "simpleValueType": true,
    "help": "The policyVersion of your ConsentKit configuration. A stored decision made under another policy version is ignored, so visitors are asked again.",
    "valueValidators": [
      {
        "type": "NON_EMPTY"
      }
    ],
    "alwaysInSummary": true
  },
  {
    "type": "GROUP",
    "name": "defaultsGroup",
    "displayName": "Defaults",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "LABEL",
        "name": "defaultsLabel",
        "displayName": "Before any decision every type but security_storage is denied. Rows below set other defaults for some regions (ISO 3166 codes such as US-CA, comma-separated)."
      },
      {
        "type": "PARAM_TABLE",
        "name": "regionDefaults",
        "displayName": "Region defaults",
        "paramTableColumns": [
          {
            "param": {
              "type": "TEXT",
              "name": "region",
              "displayName": "Regions",
              "simpleValueType": true,
              "valueValidators": [
                {
                  "type": "NON_EMPTY"
                }
              ]
            },
            "isUnique": true
          },
          {
            "param": {
              "type": "SELECT",
              "name": "analytics",
              "displayName": "analytics_storage",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          },
          {
            "param": {
              "type": "SELECT",
              "name": "ads",
              "displayName": "ad_storage, ad_user_data, ad_personalization",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "waitForUpdate",
        "displayName": "Wait for update (ms)",
        "simpleValueType": true,
        "defaultValue": "500",
        "valueValidators": [
          {
            "type": "NON_NEGATIVE_NUMBER"
          }
        ],
        "help": "How long Google tags wait for ConsentKit's answer. Values below 500 are raised to 500."
      },
      {
        "type": "CHECKBOX",
        "name": "adsDataRedaction",
        "checkboxText": "Redact ads data while ad_storage is denied",
        "simpleValueType": true,
        "defaultValue": true
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "consentKitGroup",
    "displayName": "ConsentKit",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "TEXT",
        "name": "cookieName",
        "displayName": "Consent cookie name",
        "simpleValueType": true,
        "defaultValue": "consentkit",
        "help": "ConsentKit's cookie.name. If you change it, also change the allowed cookie name in this template's permissions."
      },
      {
        "type": "TEXT",
        "name": "expiresDays",
        "displayName": "Decision lifetime (days)",
        "simpleValueType": true,
        "defaultValue": "182",
        "valueValidators": [
          {
            "type": "POSITIVE_NUMBER"
          }
        ],
        "help": "ConsentKit's cookie.expiresDays. An older decision is not applied."
      },
      {
        "type": "TEXT",
        "name": "functionalCategory",
        "displayName": "Category for functionality_storage and personalization_storage (\"necessary\": always granted)",
        "simpleValueType": true,
        "defaultValue": "functional"
      },
      {
        "type": "CHECKBOX",
        "name": "honourGpc",
        "checkboxText": "Honour Global Privacy Control (targeting stays denied under GPC)",
        "simpleValueType": true,
        "defaultValue": true
      },
      {
        "type": "CHECKBOX",
        "name": "pushEvent",
        "checkboxText": "Push a consentkit_update event to the data layer on each decision",
        "simpleValueType": true,
        "defaultValue": true
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "injectGroup",
    "displayName": "Load ConsentKit from this tag",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "CHECKBOX",
        "name": "injectSdk",
        "checkboxText": "Load ConsentKit's script tag",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Prefer loading ConsentKit first in the page's head: only then can it hold tags that are not in this container."
      },
      {
        "type": "TEXT",
        "name": "sdkUrl",
        "displayName": "Script URL",
        "simpleValueType": true,
        "defaultValue": "https://cdn.jsdelivr.net/npm/consentkit@0/dist/consentkit.min.js",
        "enablingConditions": [
          {
            "paramName": "injectSdk",
            "paramValue": true,
            "type": "EQUALS"
          }
        ],
        "help": "Must match a URL allowed in this template's permissions (Inject scripts)."
      },
      {
        "type": "TEXT",
        "name": "sdkConfig",
        "displayName": "Configuration (JSON)",
        "simpleValueType": true,
        "lineCount": 6,
        "defaultValue": "{ \"policyVersion\": \"2026-11-01\" }",
        "enablingConditions": [
          {
            "paramName": "injectSdk",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      }
    ]
  }
]


___SANDBOXED_JS_FOR_WEB_TEMPLATE___

// ConsentKit for Google Tag Manager: Consent Mode v2 defaults and updates from ConsentKit's
// decisions. Fire it on the "Consent Initialization - All Pages" trigger.
const setDefaultConsentState = require('setDefaultConsentState');
const updateConsentState = require('updateConsentState');
const gtagSet = require('gtagSet');
const getCookieValues = require('getCookieValues');
const decodeUriComponent = require('decodeUriComponent');
const getTimestampMillis = require('getTimestampMillis');
const copyFromWindow = require('copyFromWindow');
const setInWindow = require('setInWindow');
const callInWindow = require('callInWindow');
const createQueue = require('createQueue');
const injectScript = require('injectScript');
const makeNumber = require('makeNumber');
const JSON = require('JSON');
const logToConsole = require('logToConsole');

const DAY = 86400000;
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const functional = data.functionalCategory || 'functional';
const requestedWait = makeNumber(data.waitForUpdate);
// Google asks for enough time for the CMP to answer; below 500 ms tags may fire on the default.
const waitForUpdate = requestedWait >= 500 ? requestedWait : 500;
const expiresDays = makeNumber(data.expiresDays) > 0 ? makeNumber(data.expiresDays) : 182;

const state = (granted) => (granted ? 'granted' : 'denied');

// ConsentKit's categories mapped to all seven Consent Mode types (every call sends all seven).
const toConsentMode = (choices) => {
  return {
    ad_storage: state(choices.targeting === true),
    ad_user_data: state(choices.targeting === true),
    ad_personalization: state(choices.targeting === true),
    analytics_storage: state(choices.analytics === true),
    functionality_storage: state(choices[functional] === true),
    personalization_storage: state(choices[functional] === true),
    security_storage: 'granted',
  };
};

const splitList = (text) => {
  return (text || '').split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0);
};

const base36 = (text) => {
  if (!text) return -1;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = DIGITS.indexOf(text.charAt(i));
    if (digit < 0) return -1;
    n = n * 36 + digit;
  }
  return n;
};

// One value of the consent cookie, format 1 (docs/storage-and-records.md):
// 1|<time base 36>|<policy>|<choices>|<method>|<flags>|<subject id>|<record id>.
// Anything else is ignored: the defaults (denied) stay until ConsentKit decides.
const decodeDecision = (value, now) => {
  const parts = (value || '').split('|');
  if (parts.length !== 8 || parts[0] !== '1') return undefined;
  const time = base36(parts[1]) * 1000;
  if (time < 0 || time > now + DAY || now - time > expiresDays * DAY) return undefined;
  if (decodeUriComponent(parts[2]) !== data.policyVersion) return undefined;
  const flags = makeNumber(parts[5]);
  if (parts[5].length !== 1 || !(flags >= 0 && flags <= 7)) return undefined;
  if (flags % 2 !== 1) return undefined; // not decided (withdrawn, or only a GPC notice)
  const choices = { necessary: true };
  const entries = parts[3] ? parts[3].split('.') : [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const bit = entry.charAt(entry.length - 1);
    const id = entry.substring(0, entry.length - 1);
    if ((bit !== '0' && bit !== '1') || id.length === 0) return undefined;
    choices[id === 'a' ? 'analytics' : id === 't' ? 'targeting' : id] = bit === '1';
  }
  // GPC opts out of sale/sharing and targeted ads (CCPA regs 7025): targeting stays denied unless
  // the visitor granted it over the signal (flag 4), as ConsentKit itself decides.
  const gpc = data.honourGpc !== false && copyFromWindow('navigator.globalPrivacyControl') === true;
  if ((gpc || flags % 4 >= 2) && flags < 4) choices.targeting = false;
  return { time: time, choices: choices };
};

const readStoredChoices = () => {
  const now = getTimestampMillis();
  let newest;
  // Several cookies of the name (other paths): the newest valid decision wins, as in ConsentKit.
  getCookieValues(data.cookieName || 'consentkit', false).forEach((value) => {
    const decision = decodeDecision(value, now);
    if (decision && (!newest || decision.time > newest.time)) newest = decision;
  });
  return newest ? newest.choices : undefined;
};

// 1. Defaults, before any other tag: everything but security_storage denied, then region rows.
// `necessary` is always granted: a site that names it as the functional category (its
// functionality and personalization storage are strictly necessary) gets those two granted too.
const defaults = toConsentMode({ necessary: true });
defaults.wait_for_update = waitForUpdate;
setDefaultConsentState(defaults);
(data.regionDefaults || []).forEach((row) => {
  const regions = splitList(row.region);
  if (regions.length === 0) return;
  const regional = toConsentMode({ necessary: true, analytics: row.analytics === 'granted', targeting: row.ads === 'granted' });
  regional.region = regions;
  regional.wait_for_update = waitForUpdate;
  setDefaultConsentState(regional);
});
if (data.adsDataRedaction) gtagSet('ads_data_redaction', true);

// 2. A returning visitor's stored decision applies at once, before ConsentKit has loaded.
const stored = readStoredChoices();
if (stored) updateConsentState(toConsentMode(stored));

// 3. Every later decision, through ConsentKit's call queue (window.consentkit).
const dataLayerPush = createQueue('dataLayer');
const onChange = (choices) => {
  updateConsentState(toConsentMode(choices));
  if (data.pushEvent !== false) dataLayerPush({ event: 'consentkit_update', consentkit: choices });
};
setInWindow('consentkit', [], false);
callInWindow('consentkit.push', ['on', 'change', onChange]);

// 4. Optionally, load ConsentKit's script-tag bundle with the configuration given here.
if (data.injectSdk) {
  const config = JSON.parse(data.sdkConfig || '');
  if (!config || !data.sdkUrl) {
    logToConsole('ConsentKit template: "Load ConsentKit" needs the script URL and a JSON configuration; ConsentKit was not loaded.');
    data.gtmOnFailure();
  } else {
    callInWindow('consentkit.push', ['init', config]);
    injectScript(data.sdkUrl, data.gtmOnSuccess, data.gtmOnFailure, 'consentkit');
  }
} else {
  data.gtmOnSuccess();
}


___WEB_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "access_consent",
        "versionId": "1"
      },
      "param": [
        {
          "key": "consentTypes",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_user_data"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_personalization"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "analytics_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "functionality_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "personalization_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "security_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "wait_for_update"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "write_data_layer",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keyPatterns",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "ads_data_redaction"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "get_cookies",
        "versionId": "1"
      },
      "param": [
        {
          "key": "cookieAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "cookieNames",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "consentkit"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_globals",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keys",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "consentkit"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "consentkit.push"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "navigator.globalPrivacyControl"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "dataLayer"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "inject_script",
        "versionId": "1"
      },
      "param": [
        {
          "key": "urls",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/consentkit@*/dist/consentkit.min.js"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "logging",
        "versionId": "1"
      },
      "param": [
        {
          "key": "environments",
          "value": {
            "type": 1,
            "string": "debug"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios: []


___NOTES___

ConsentKit - Consent Mode v2 template. Source, tests and documentation: docs/google-tag-manager.md in the ConsentKit repository.
