import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium-launch.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4174);
// Playwright cannot download its own browsers on this project's machines: Debian's Chromium when it
// is there (or CHROMIUM_PATH), Playwright's own build otherwise — as the benchmarks launch it.
const launchOptions = chromiumLaunchOptions();

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PW_JSON_REPORT ? [['list'], ['json', { outputFile: process.env.PW_JSON_REPORT }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // Pages without a configured region estimate it from the time zone: pin it, so a
    // contributor in California gets the same (default) regime as CI.
    timezoneId: 'UTC',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      // `pnpm screenshots`: regenerates the docs' images; not run by `pnpm test`.
      name: 'docs-screenshots',
      testDir: 'tests/docs-screenshots',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --quiet`,
    url: `http://127.0.0.1:${PORT}/__health`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
