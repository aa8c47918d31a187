import { classifyInventory } from './classify-inventory';
import type { Inventory } from './classify-inventory';
import { buildCookieDeclaration } from './cookie-declaration';
import type { CrawlResult } from './scan-site';
import { suggestConfig } from './suggest-config';
import type { CookieDeclarationEntry, ScanReport } from './types';

/** Everything the report writers need: the contract's `scan.json` and the extras the HTML/Markdown show. */
export interface ScanOutcome {
  report: ScanReport;
  inventory: Inventory;
  declaration: CookieDeclarationEntry[];
  warnings: string[];
  fatal: string | null;
  secondsPerPage: number[];
  region: string | null;
}

/**
 * Classifies a crawl and assembles the report. `scan.json` holds exactly the contract's fields
 * (cookie size and request initiators are shown in the HTML and Markdown reports only).
 */
export function buildReport(url: string, crawl: CrawlResult, scannedAt: Date, region: string | null = null): ScanOutcome {
  const inventory = classifyInventory(url, crawl.observations);
  const report: ScanReport = {
    url,
    scannedAt: scannedAt.toISOString(),
    pages: crawl.pages,
    cookies: inventory.cookies.map((c) => ({
      name: c.name,
      domain: c.domain,
      path: c.path,
      expires: c.expires,
      httpOnly: c.httpOnly,
      secure: c.secure,
      sameSite: c.sameSite,
      thirdParty: c.thirdParty,
      pass: c.pass,
      pageUrl: c.pageUrl,
      category: c.category,
      vendor: c.vendor,
    })),
    requests: inventory.requests.map((r) => ({
      url: r.url,
      host: r.host,
      type: r.type,
      thirdParty: r.thirdParty,
      pass: r.pass,
      category: r.category,
    })),
    storage: inventory.storage,
    leaks: inventory.leaks,
    consentTool: crawl.consentTool,
    suggestedConfig: suggestConfig(inventory),
  };
  return {
    report,
    inventory,
    declaration: buildCookieDeclaration(inventory.cookies, scannedAt.getTime()),
    warnings: crawl.warnings,
    fatal: crawl.fatal,
    secondsPerPage: crawl.secondsPerPage,
    region,
  };
}
