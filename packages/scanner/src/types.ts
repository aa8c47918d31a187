/** Which of the three visits of a page an observation comes from. */
export type ScanPass = 'before' | 'accept' | 'reject';

/** A cookie in `scan.json`: one entry per cookie (name, domain, path) and pass. */
export interface ScannedCookie {
  name: string;
  domain: string;
  path: string;
  /** Expiry as Unix time in seconds; `null` for a session cookie. */
  expires: number | null;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
  /** Set for another site than the scanned one (registrable domains differ). */
  thirdParty: boolean;
  pass: ScanPass;
  /** The page whose visit in this pass first showed the cookie. */
  pageUrl: string;
  /** The cookie database's category; `null` when unknown (the site owner decides). */
  category: string | null;
  vendor: string | null;
}

/** A network request in `scan.json`: third-party requests and any request to a known tracker host. */
export interface ScannedRequest {
  url: string;
  host: string;
  /** Chromium's resource type: `script`, `image`, `xhr`, `fetch`, `document`, … */
  type: string;
  thirdParty: boolean;
  pass: ScanPass;
  /** From the tracker-host table; `null` when the host is not a known tracker. */
  category: string | null;
}

/** A `localStorage` / `sessionStorage` key in `scan.json`. */
export interface ScannedStorage {
  key: string;
  area: 'local' | 'session';
  pass: ScanPass;
  category: string | null;
}

/**
 * Something that happened without consent: a non-necessary cookie, storage key or tracker
 * request before any choice, or anything of a denied category after "reject all".
 */
export interface Leak {
  kind: 'cookie' | 'request' | 'storage';
  /** Cookie name, request host, or storage key. */
  name: string;
  category: string;
  pass: 'before' | 'reject';
  pageUrl: string;
}

/** The ConsentKit config keys the scanner suggests for what the site sets and loads. */
export interface SuggestedConfig {
  cookies: Record<string, string>;
  blockRules: Record<string, string>;
}

/** `scan.json`: the machine-readable scan report. */
export interface ScanReport {
  url: string;
  scannedAt: string;
  pages: { url: string; status: number }[];
  cookies: ScannedCookie[];
  requests: ScannedRequest[];
  storage: ScannedStorage[];
  leaks: Leak[];
  consentTool: string | null;
  suggestedConfig: SuggestedConfig;
}

/**
 * One entry of a cookie declaration: what a site publishes on its privacy page and gives to
 * the preference center. `duration` is in days (rounded up), or `"session"`.
 */
export interface CookieDeclarationEntry {
  name: string;
  provider: string;
  category: string;
  purpose: string;
  duration: number | 'session';
}

/** A cookie as the browser showed it at the end of one pass (before classification). */
export interface RawCookie {
  name: string;
  domain: string;
  path: string;
  /** Seconds since the epoch; -1 (Playwright) or null for a session cookie. */
  expires: number | null;
  size: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
  /** The value, read only for its shape (an id, a consent record, a short flag); never written to a report. */
  value?: string;
  /** URL of the script or response that set the cookie, when the visit saw it (see cookie-setters.ts). */
  setBy?: string;
}

/** A request the page made during one pass. */
export interface RawRequest {
  url: string;
  type: string;
  /** The script or document that started it, when Chromium says. */
  initiator: string | null;
}

/** What one visit of one page in one pass observed. */
export interface PassObservation {
  pass: ScanPass;
  pageUrl: string;
  cookies: RawCookie[];
  requests: RawRequest[];
  storage: { key: string; area: 'local' | 'session' }[];
}
