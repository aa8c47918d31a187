import { accessSync, constants, statSync } from 'node:fs';

/** Where Debian, Ubuntu and most Linux distributions install Chromium or Chrome. */
export const SYSTEM_CHROMIUM_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** No usable browser: the CLI prints the message and exits with 2. */
export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

// A file with an execute bit (root may "execute" any path; a folder is "executable" too).
const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    const stat = statSync(path);
    return stat.isFile() && (stat.mode & 0o111) !== 0;
  } catch {
    return false;
  }
};

/**
 * Picks the Chromium to launch: `--chromium PATH` when given (it must exist), else
 * `CHROMIUM_PATH`, else the system's Chromium or Chrome, else Playwright's own build
 * (`playwrightPath`, from `chromium.executablePath()`). Throws `BrowserNotFoundError` naming
 * both ways to get one when none is there.
 */
export function findChromium(
  explicit: string | null,
  playwrightPath: string | null,
  env: Record<string, string | undefined> = process.env,
  candidates: readonly string[] = SYSTEM_CHROMIUM_PATHS,
): string {
  if (explicit !== null) {
    if (!isExecutable(explicit)) throw new BrowserNotFoundError(`--chromium ${explicit}: no executable file there`);
    return explicit;
  }
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  for (const path of candidates) if (isExecutable(path)) return path;
  if (playwrightPath && isExecutable(playwrightPath)) return playwrightPath;
  throw new BrowserNotFoundError(
    'No Chromium found. Install the system package (Debian/Ubuntu: `apt-get install chromium`, ' +
      "found at /usr/bin/chromium) or Playwright's own build (`npx playwright install chromium`), " +
      'or pass --chromium PATH.',
  );
}
