import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// The BUILT docs site (docs/.vitepress/dist, as `pnpm docs:build` writes it and CI deploys it),
// served on 127.0.0.1: the playground runs the real script-tag files in its frame.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const site = join(root, 'docs', '.vitepress', 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
// One worker runs this file's tests in order, so the site is built (when missing) and served once.
test.describe.configure({ mode: 'default' });
let server: Server;
let origin: string;

/** A static server for the built site, with VitePress's clean URLs (`/playground` → playground.html). */
function serveSite(): Promise<void> {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const base = normalize(join(site, path));
    const file = [base, `${base}.html`, join(base, 'index.html')].find((f) => f.startsWith(site) && existsSync(f) && statSync(f).isFile());
    if (!file || !(file + sep).startsWith(site + sep)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const parts = ['playground.html', 'playground/consentkit/consentkit.min.js', 'playground/consentkit/consentkit-ui.js', 'playground/consentkit/i18n'];
  if (!parts.every((part) => existsSync(join(site, part)))) {
    // `pnpm test` builds the site before the browser tests; a lone run builds it here.
    const build = spawnSync(join(root, 'node_modules', '.bin', 'vitepress'), ['build', 'docs'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`The docs site did not build (pnpm docs:build):\n${build.stdout}\n${build.stderr}`);
  }
  await serveSite();
});
test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

const FRAME = 'iframe[title="ConsentKit playground: the page as the visitor sees it"]';
const frame = (page: Page) => page.frameLocator(FRAME);
/** The banner is fixed inside the frame, so scrolling it into view does not scroll the docs page: scroll to the frame first. */
const showFrame = (page: Page) => page.locator(FRAME).scrollIntoViewIfNeeded();
const summary = (page: Page) => page.getByTestId('ck-summary');

test('region US-CA shows the opt-out notice; GPC shows "Opt-Out Request Honored" and opts the visitor out', async ({ page }) => {
  await page.goto(`${origin}/playground`);
  // The default run: France, the opt-in banner, Google told "denied" by default.
  await expect(frame(page).getByRole('region', { name: 'Your privacy' }).getByRole('button', { name: 'Accept all' })).toBeVisible();
  await expect(summary(page)).toContainText('Regime opt-in · region FR (config)');
  await expect(page.getByTestId('ck-commands')).toContainText('gtag("consent", "default", { "ad_storage": "denied"');

  await page.getByLabel('Region').selectOption('US-CA');
  const notice = frame(page).getByRole('region', { name: 'Your privacy choices' });
  await expect(notice.getByRole('button', { name: 'Do Not Sell or Share My Personal Information' })).toBeVisible();
  await expect(notice.getByRole('button', { name: 'Accept all' })).toHaveCount(0);
  await expect(summary(page)).toContainText('Regime opt-out · region US-CA (config) · GPC off');
  expect(JSON.parse((await page.getByTestId('ck-consent').textContent())!)).toEqual({ necessary: true, analytics: true, targeting: true });
  await expect(frame(page).locator('#tag-targeting')).toHaveText('ran');

  await page.getByLabel('Global Privacy Control').check();
  await expect(frame(page).getByRole('region', { name: 'Your privacy choices' }).getByText('Opt-Out Request Honored')).toBeVisible();
  await expect(summary(page)).toContainText('GPC honoured');
  await expect(page.getByTestId('ck-consent')).toContainText('"targeting": false');
  // A new frame: the advertising tag was held this time.
  await expect(frame(page).locator('#tag-targeting')).toHaveText('held');
  await expect(frame(page).locator('#tag-analytics')).toHaveText('ran');
  // The opt-out is recorded and stored, and Google hears it.
  await expect(page.getByTestId('ck-record')).toContainText('"method": "gpc"');
  await expect(page.getByTestId('ck-cookie')).toContainText('consentkit=');
  await expect(page.getByTestId('ck-commands')).toContainText('"ad_storage": "denied"');
});

test('a decision in the frame shows in the state, the record, Google Consent Mode and the cookie', async ({ page }) => {
  await page.goto(`${origin}/playground`);
  await expect(page.getByText('No consent cookie yet')).toBeVisible();
  await showFrame(page);
  await frame(page).getByRole('region', { name: 'Your privacy' }).getByRole('button', { name: 'Accept all' }).click();
  // "not decided yet" also contains "decided": wait for the summary to end in the decided state.
  await expect(summary(page)).toHaveText(/·\s*decided\s*$/);
  await expect
    .poll(async () => JSON.parse((await page.getByTestId('ck-consent').textContent())!))
    .toEqual({ necessary: true, analytics: true, targeting: true });
  await expect(page.getByTestId('ck-record')).toContainText('"method": "accept-all"');
  await expect(page.getByTestId('ck-commands')).toContainText('gtag("consent", "update", { "ad_storage": "granted"');
  await expect(page.getByTestId('ck-cookie')).toContainText('Path=/');
  await expect(page.getByTestId('ck-cookie')).toContainText('SameSite=Lax');
  await expect(frame(page).locator('#tag-analytics')).toHaveText('ran');

  // "Run again" starts over as a new visitor: no cookie, the banner again, nothing ran.
  await page.getByRole('button', { name: 'Run again as a new visitor' }).click();
  await expect(frame(page).getByRole('region', { name: 'Your privacy' })).toBeVisible();
  await expect(page.getByText('No consent cookie yet')).toBeVisible();
  await expect(frame(page).locator('#tag-analytics')).toHaveText('held');
});

test('the language picker and bad input: a JSON syntax error is shown, a config error fails closed', async ({ page }) => {
  await page.goto(`${origin}/playground`);
  await page.getByLabel('Language').selectOption('fr');
  await expect(frame(page).locator('html')).toHaveAttribute('lang', 'fr');
  await expect(frame(page).getByRole('button', { name: 'Tout accepter' })).toBeVisible();

  const config = page.getByLabel('Configuration (JSON)');
  await config.fill('{ "policyVersion": ');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');

  await config.fill('{ "policyVersion": "1", "regoin": "FR" }');
  await expect(page.getByRole('alert')).toContainText('"regoin"');
  await expect(summary(page)).toContainText('Regime opt-in');
  await expect(page.getByTestId('ck-consent')).toContainText('"analytics": false');
});

test.describe('without a region', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('the region is estimated from the browser time zone, and the record says so', async ({ page }) => {
    await page.goto(`${origin}/playground`);
    await page.getByLabel('Region').selectOption('estimate');
    await expect(summary(page)).toContainText('Regime opt-out · region US-CA (estimated)');
    await showFrame(page);
    await frame(page).getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }).click();
    await frame(page).getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByTestId('ck-record')).toContainText('"regionSource": "estimated"');
  });
});
