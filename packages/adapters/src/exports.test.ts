import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as amplitude from './amplitude';
import * as google from './google';
import * as gpp from './gpp';
import * as gppStub from './gpp-stub';
import * as matomo from './matomo';
import * as meta from './meta';
import * as microsoft from './microsoft';
import * as mixpanel from './mixpanel';
import * as posthog from './posthog';
import * as tiktok from './tiktok';

const SUBPATHS: Record<string, object> = {
  './google': google,
  './meta': meta,
  './microsoft': microsoft,
  './tiktok': tiktok,
  './matomo': matomo,
  './posthog': posthog,
  './mixpanel': mixpanel,
  './amplitude': amplitude,
  './gpp': gpp,
  './gpp-stub': gppStub,
};

// Adding a public name is a deliberate change: update this list with it (CONTRIBUTING.md).
it('exports exactly the public API of each subpath', () => {
  const exported = Object.fromEntries(Object.entries(SUBPATHS).map(([path, module]) => [path, Object.keys(module).sort()]));
  expect(exported).toEqual({
    './google': ['GOOGLE_CONSENT_TYPES', 'googleConsentMode', 'toGoogleConsent'],
    './meta': ['metaPixelConsent'],
    './microsoft': ['microsoftClarityConsent', 'microsoftUetConsent'],
    './tiktok': ['tiktokPixelConsent'],
    './matomo': ['matomoConsent'],
    './posthog': ['posthogConsent'],
    './mixpanel': ['mixpanelConsent'],
    './amplitude': ['amplitudeConsent'],
    './gpp': [
      'DEFAULT_GPP_SECTIONS',
      'GPP_REGION_SECTIONS',
      'GPP_SECTIONS',
      'createGppAdapter',
      'gpp',
      'gppData',
      'installGppStub',
      'installUspApi',
      'isGppOn',
      'uspString',
    ],
    './gpp-stub': ['GPP_MARK', 'addLocator', 'answer', 'installGppStub', 'isGppOn', 'isGppVersion', 'listenForFrames'],
  });
});

it('lists every subpath of package.json', () => {
  const { exports } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  expect(Object.keys(exports).filter((path) => path !== './package.json')).toEqual(Object.keys(SUBPATHS));
});
