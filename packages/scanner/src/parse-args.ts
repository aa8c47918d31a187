import { parseArgs } from 'node:util';

/** The report files `--format` can ask for. */
export type ReportFormat = 'json' | 'md' | 'html';

/** What `consentkit-scan` was asked to do. */
export interface ScanOptions {
  /** The start URL (http or https). */
  url: string;
  /** Most pages to visit (each in three passes). Default 20. */
  pages: number;
  /** Time budget for the whole crawl, in seconds. Default 120. */
  maxTime: number;
  /** Folder for scan.json, scan.md, scan.html and cookie-declaration.json. Default `./consentkit-scan`. */
  out: string;
  formats: ReportFormat[];
  /** A Chromium or Chrome executable; default: the system's, then Playwright's own. */
  chromium: string | null;
  /** Chromium's `--host-resolver-rules`, e.g. `MAP www.google-analytics.com 127.0.0.1:9000`. */
  hostResolverRules: string | null;
  failOnLeak: boolean;
  /** ISO 3166 region the visit appears to come from (time zone and locale), e.g. `FR`, `US-CA`. */
  region: string | null;
}

/** A bad command line: the CLI prints the message and the usage and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The usage text `--help` prints. */
export const USAGE = `Usage: consentkit-scan <url> [options]

Crawls <url> and same-site links in Chromium, three times per page (before any choice,
after "accept all", after "reject all"), and reports cookies, storage, third-party
requests and leaks.

Options:
  --pages N                   most pages to visit (default 20)
  --max-time S                time budget in seconds (default 120)
  --out DIR                   report folder (default ./consentkit-scan)
  --format LIST               json,md,html (default all three)
  --chromium PATH             Chromium/Chrome executable
  --host-resolver-rules RULES passed to Chromium, e.g. "MAP tracker.example 127.0.0.1:9000"
  --fail-on-leak              exit 1 when a leak is found (for CI)
  --region CODE               visit as from this region (ISO 3166, e.g. FR, US-CA)
  --help                      this text

Exit codes: 0 done; 1 a leak was found with --fail-on-leak; 2 bad usage, browser error or
a start URL that could not be scanned.`;

const FORMATS: readonly ReportFormat[] = ['json', 'md', 'html'];
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/** The flags that take a value. */
const VALUE_FLAGS = new Set(['--pages', '--max-time', '--out', '--format', '--chromium', '--host-resolver-rules', '--region']);

function positiveNumber(flag: string, value: string | undefined, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  // Plain decimal only: `0x10`, `1e3`, `Infinity` or a blank are typos, not page counts.
  const n = (integer ? /^\d+$/ : /^\d+(\.\d+)?$/).test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n <= 0) {
    throw new UsageError(`${flag} must be a ${integer ? 'whole ' : ''}number above 0, got "${value}"`);
  }
  return n;
}

/**
 * Parses `consentkit-scan`'s arguments. Throws `UsageError` with a message that names the bad
 * argument; returns `null` for `--help`.
 */
export function parseScanArgs(argv: readonly string[]): ScanOptions | null {
  // A flag that needs a value gets one, or the message says so: `--pages -1` is read as the value -1 (and refused
  // for what it is), `--pages` at the end or before another flag is "needs a value", not parseArgs' "ambiguous".
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!VALUE_FLAGS.has(arg)) {
      if (arg === '--') {
        args.push(...argv.slice(i));
        break;
      }
      args.push(arg);
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
    args.push(`${arg}=${value}`);
    i++;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        pages: { type: 'string' },
        'max-time': { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        chromium: { type: 'string' },
        'host-resolver-rules': { type: 'string' },
        'fail-on-leak': { type: 'boolean' },
        region: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node's first sentence names the flag ("Unknown option '--bogus'"); its advice on `--` is not about this CLI.
    throw new UsageError(((error as Error).message.split('\n')[0] ?? 'bad arguments').replace(/\. To specify a positional argument.*$/, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'a URL to scan is required' : `one URL expected, got ${positionals.length}`);
  }
  const raw = positionals[0] as string;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`"${raw}" is not a URL (expected e.g. https://www.example.com/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`"${raw}" is not an http(s) URL`);
  }
  const formats = (values.format ?? FORMATS.join(','))
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  for (const f of formats) {
    if (!FORMATS.includes(f as ReportFormat)) throw new UsageError(`--format: unknown format "${f}" (use json, md, html)`);
  }
  if (formats.length === 0) throw new UsageError('--format: name at least one of json, md, html');
  const region = values.region?.toUpperCase() ?? null;
  if (region !== null && !REGION.test(region)) {
    throw new UsageError(`--region must be an ISO 3166 code such as FR or US-CA, got "${values.region}"`);
  }
  if (values.chromium === '') throw new UsageError('--chromium needs a path');
  return {
    url: url.href,
    pages: positiveNumber('--pages', values.pages, 20, true),
    maxTime: positiveNumber('--max-time', values['max-time'], 120, false),
    out: values.out || './consentkit-scan',
    formats: [...new Set(formats)] as ReportFormat[],
    chromium: values.chromium ?? null,
    hostResolverRules: values['host-resolver-rules']?.trim() || null,
    failOnLeak: values['fail-on-leak'] === true,
    region,
  };
}
