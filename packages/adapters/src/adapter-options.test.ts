import { describe, expect, it } from 'vitest';
import { amplitudeConsent } from './amplitude';
import { matomoConsent } from './matomo';
import { metaPixelConsent } from './meta';
import { microsoftClarityConsent, microsoftUetConsent } from './microsoft';
import { mixpanelConsent } from './mixpanel';
import { posthogConsent } from './posthog';
import { tiktokPixelConsent } from './tiktok';
import { ConsentConfigError } from '@consentkit/core';
import type { ConsentAdapter } from '@consentkit/core';

const FACTORIES: [string, (options?: never) => ConsentAdapter][] = [
  ['meta', metaPixelConsent],
  ['microsoft-uet', microsoftUetConsent],
  ['microsoft-clarity', microsoftClarityConsent],
  ['tiktok', tiktokPixelConsent],
  ['matomo', matomoConsent],
  ['posthog', posthogConsent],
  ['mixpanel', mixpanelConsent],
  ['amplitude', amplitudeConsent],
];

describe.each(FACTORIES)('%s options', (name, factory) => {
  it('accepts the empty JSON object of the script-tag config and declares its category and GPC scope', () => {
    const adapter = factory({} as never);
    expect(adapter.name).toBe(name);
    expect(adapter.categories?.length).toBeGreaterThan(0);
    expect(typeof adapter.saleOrShare).toBe('boolean');
  });

  it.each([
    [{ categroy: 'analytics' }, `"adapters.${name}.categroy" is not a known option`],
    [{ category: 'not a category' }, `"adapters.${name}.category" must be a category id`],
    [{ category: 7 }, `"adapters.${name}.category" must be a category id`],
    [{ saleOrShare: 'no' }, `"adapters.${name}.saleOrShare" must be true or false`],
    [[], `"adapters.${name}" must be an object`],
    [null, `"adapters.${name}" must be an object`],
  ])('rejects %j naming the key', (options, message) => {
    expect(() => factory(options as never)).toThrow(ConsentConfigError);
    expect(() => factory(options as never)).toThrow(message);
  });
});

describe('vendor-specific options', () => {
  it('declares the categories and sale/share scope each vendor follows by default', () => {
    const declared = FACTORIES.map(([name, factory]) => {
      const adapter = factory();
      return [name, adapter.categories, adapter.saleOrShare];
    });
    expect(declared).toEqual([
      ['meta', ['targeting'], true],
      ['microsoft-uet', ['targeting'], true],
      ['microsoft-clarity', ['analytics', 'targeting'], false],
      ['tiktok', ['targeting'], true],
      ['matomo', ['analytics'], false],
      ['posthog', ['analytics'], false],
      ['mixpanel', ['analytics'], false],
      ['amplitude', ['analytics'], false],
    ]);
  });

  it('rejects a bad Matomo mode, Meta LDU flag and Clarity ad category', () => {
    expect(() => matomoConsent({ mode: 'cookies' as never })).toThrow('"adapters.matomo.mode" must be one of "tracking", "cookie"');
    expect(() => metaPixelConsent({ limitedDataUse: 1 as never })).toThrow('"adapters.meta.limitedDataUse" must be true or false');
    expect(() => microsoftClarityConsent({ adCategory: '' })).toThrow('"adapters.microsoft-clarity.adCategory" must be a category id');
  });
});
