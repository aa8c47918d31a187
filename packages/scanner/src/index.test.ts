import { describe, expect, it } from 'vitest';
import * as scanner from './index';

describe('@consentkit/scanner public API', () => {
  it('exports exactly these names (adding one is a deliberate change)', () => {
    expect(Object.keys(scanner).sort()).toEqual([
      'BrowserLaunchError',
      'BrowserNotFoundError',
      'USAGE',
      'UsageError',
      'buildCookieDeclaration',
      'buildReport',
      'classifyInventory',
      'classifyRequest',
      'cookieConfigKey',
      'crawlSite',
      'findChromium',
      'isThirdParty',
      'main',
      'matchTrackerRule',
      'parseScanArgs',
      'renderHtml',
      'renderMarkdown',
      'siteOf',
      'suggestConfig',
      'writeReports',
    ]);
  });
});
