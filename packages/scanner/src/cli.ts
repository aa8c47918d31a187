import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BrowserNotFoundError } from './find-chromium';
import { parseScanArgs, USAGE, UsageError } from './parse-args';
import { createProgress } from './progress';
import type { ProgressStream } from './progress';

/** Where the CLI writes: stdout for the summary, stderr for progress and errors. */
export interface CliIo {
  stdout: ProgressStream;
  stderr: ProgressStream;
}

/**
 * Runs `consentkit-scan` and returns its exit code: 0 done; 1 a leak was found and
 * `--fail-on-leak` was given; 2 bad usage, no browser or a browser error, or a start URL
 * that could not be scanned (the partial report is still written). Never throws and never
 * prints a stack trace.
 */
export async function main(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`consentkit-scan: ${message}\n`);
    return 2;
  };
  let options;
  try {
    options = parseScanArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n\n${USAGE}`);
    throw error;
  }
  if (options === null) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  // The report folder first: a scan of minutes that cannot be written is no use.
  try {
    await mkdir(resolve(options.out), { recursive: true });
  } catch (error) {
    return fail(`--out ${options.out}: cannot create the report folder (${(error as Error).message.split('\n')[0]})`);
  }
  // The browser driver, the cookie database and the report writers load only for a command line that scans:
  // a usage error answers at once.
  let modules;
  try {
    modules = await Promise.all([import('./scan-site'), import('./build-report'), import('./write-reports')]);
  } catch (error) {
    // A partial install or build (a dependency's dist/ missing): one line, as the bin does for the CLI itself.
    return fail(`the scanner is not installed completely (${(error as Error).message.split('\n')[0]}); run \`pnpm build\` at the repository root first`);
  }
  const [{ BrowserLaunchError, crawlSite }, { buildReport }, { writeReports }] = modules;
  const progress = createProgress(io.stderr);
  const scannedAt = new Date();
  let crawl;
  try {
    crawl = await crawlSite(options, progress);
  } catch (error) {
    progress.done();
    if (error instanceof BrowserNotFoundError || error instanceof BrowserLaunchError) return fail(error.message);
    return fail(`the scan stopped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  progress.done();
  const outcome = buildReport(options.url, crawl, scannedAt, options.region);
  let written: string[];
  try {
    written = await writeReports(outcome, resolve(options.out), options.formats);
  } catch (error) {
    return fail(`could not write the reports to ${options.out}: ${(error as Error).message.split('\n')[0]}`);
  }
  const { report } = outcome;
  const perPage = crawl.secondsPerPage.length
    ? ` in ${(crawl.secondsPerPage.reduce((a, b) => a + b, 0) / crawl.secondsPerPage.length).toFixed(1)} s per page`
    : '';
  io.stdout.write(
    `Scanned ${report.pages.length} page(s)${perPage}; consent tool: ${report.consentTool ?? 'none found'}; ` +
      `${report.cookies.length} cookie(s), ${report.requests.length} request(s), ${report.storage.length} storage key(s), ` +
      `${report.leaks.length} leak(s).\n`,
  );
  for (const leak of report.leaks) {
    io.stdout.write(
      `  leak: ${leak.kind} ${leak.name} (${leak.category}) ${leak.pass === 'before' ? 'before any choice' : 'after reject all'} on ${leak.pageUrl}\n`,
    );
  }
  io.stdout.write(`Reports: ${written.join(', ')}\n`);
  if (outcome.fatal) return fail(outcome.fatal);
  return options.failOnLeak && report.leaks.length > 0 ? 1 : 0;
}
