export { main } from './cli';
export type { CliIo } from './cli';
export { crawlSite, BrowserLaunchError } from './scan-site';
export type { CrawlResult, ScanProgress } from './scan-site';
export { buildReport } from './build-report';
export type { ScanOutcome } from './build-report';
export { classifyInventory } from './classify-inventory';
export type { Inventory, InventoryCookie, InventoryRequest } from './classify-inventory';
export { classifyRequest, matchTrackerRule } from './classify-request';
export { suggestConfig, cookieConfigKey } from './suggest-config';
export { buildCookieDeclaration } from './cookie-declaration';
export { parseScanArgs, UsageError, USAGE } from './parse-args';
export type { ReportFormat, ScanOptions } from './parse-args';
export { findChromium, BrowserNotFoundError } from './find-chromium';
export { renderHtml } from './report-html';
export { renderMarkdown } from './report-markdown';
export { writeReports } from './write-reports';
export { siteOf, isThirdParty } from './site-of';
export type {
  CookieDeclarationEntry,
  Leak,
  PassObservation,
  RawCookie,
  RawRequest,
  ScanPass,
  ScanReport,
  ScannedCookie,
  ScannedRequest,
  ScannedStorage,
  SuggestedConfig,
} from './types';
