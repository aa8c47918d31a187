import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type * as Banner from '@consentkit/banner';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The UI contract read literally, the way an outside tester drives it: page-wide role and
// accessible-name queries (Playwright's locators pierce the open shadow root), exact names.
// Script tag (consentkit.min.js with its first layer and its lazily loaded UI) and npm
// (mountBanner, <consentkit-preferences>) pages, served from inline HTML.

const DNS = 'Do Not Sell or Share My Personal Information';
const HONORED = 'Opt-Out Request Honored';
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const withGpc = (page: Page) => page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
const consent = (page: Page) => page.evaluate(() => (window as any).ConsentKit.getConsent());

/** Presses Tab until the focused element (looking into shadow roots) is named `name` inside `host`; fails after 40 presses. */
async function tabTo(page: Page, host: string, name: string) {
  for (let i = 0; i < 40; i++) {
    const focused = await page.evaluate((host) => {
      let active: Element | null = document.activeElement;
      const inHost = active?.localName === host;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const label = active?.getAttribute('aria-labelledby');
      const root = active?.getRootNode() as ShadowRoot | Document | undefined;
      return inHost ? (label ? root?.getElementById(label)?.textContent : (active?.getAttribute('aria-label') ?? active?.textContent))?.trim() : undefined;
    }, host);
    if (focused === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}" in <${host}>`);
}

// The built package, as a server imports it (types from the sources).
const bannerDist = pathToFileURL(fileURLToPath(new URL('../../packages/banner/dist/index.js', import.meta.url))).href;
const fr = pathToFileURL(fileURLToPath(new URL('../../packages/banner/dist/i18n/fr.js', import.meta.url))).href;
const { renderBannerToString } = (await import(bannerDist)) as typeof Banner;

/**
 * Serves an npm page: the server-rendered first layer (`served`, or none) first in <body>, and the
 * banner harness (createConsentManager + mountBanner of the built packages, on DOMContentLoaded)
 * with `config` and mountBanner `options`. Records every text change inside the banner's shadow
 * root from the first parse on (a flash), in `window.__textChanges`.
 */
async function npmPage(page: Page, config: object, options: object, served: string, lang = 'en') {
  await page.addInitScript(() => {
    const w = window as any;
    w.__textChanges = [];
    const watch = new MutationObserver(() => {
      const host = document.querySelector('consentkit-banner');
      if (!host?.shadowRoot) return;
      watch.disconnect();
      new MutationObserver((records) => records.forEach((r) => w.__textChanges.push(r.type))).observe(host.shadowRoot, {
        characterData: true,
        childList: true,
        subtree: true,
      });
    });
    watch.observe(document, { childList: true, subtree: true });
  });
  await page.route('**/contract-ui/npm.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>npm</title>
<script type="application/json" id="config">${JSON.stringify(config)}</script>
<script type="application/json" id="options">${JSON.stringify(options)}</script>
<script src="/fixtures/.build/banner.js"></script>
</head><body>${served}<main><h1>Shop</h1></main></body></html>`,
    }),
  );
  return '/contract-ui/npm.html';
}

/** Serves a script-tag page at `path` with `config` and `body`. */
async function scriptTagPage(
  page: Page,
  config: object,
  body = '<main><h1>Shop</h1><p><button type="button">A page button</button></p></main>',
  path = '/contract-ui/page.html',
) {
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contract</title>
<script type="application/json" id="consentkit-config">${JSON.stringify({ policyVersion: '2026-11-01', ...config })}</script>
<script src="/dist/consentkit/consentkit.min.js" data-config="#consentkit-config"></script>
</head><body>${body}</body></html>`,
    }),
  );
  return path;
}

test.describe('script tag: the banner', () => {
  test('first layer, live UI and open preference center: each name is exactly one button', async ({ page }) => {
    await page.goto(await scriptTagPage(page, { region: 'FR' }));
    for (const name of ['Accept all', 'Reject all', 'Preferences']) await expect(button(page, name)).toHaveCount(1);
    await button(page, 'Preferences').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    for (const name of ['Save', 'Accept all', 'Reject all']) await expect(button(page, name)).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    // The live UI's banner: the same three names.
    for (const name of ['Accept all', 'Reject all', 'Preferences']) await expect(button(page, name)).toHaveCount(1);
    await button(page, 'Reject all').click();
    await expect(button(page, 'Accept all')).toHaveCount(0);
    expect(await consent(page)).toEqual({ necessary: true, analytics: false, targeting: false });
  });

  test('preference center: one switch per category including site categories, only necessary on (and disabled)', async ({ page }) => {
    await page.goto(await scriptTagPage(page, { region: 'DE', categories: { functional: { label: 'Functional' } } }));
    await button(page, 'Preferences').click();
    const switches = page.getByRole('dialog').getByRole('switch');
    await expect(switches).toHaveCount(4);
    await expect(page.getByRole('switch', { name: 'Necessary' })).toBeChecked();
    await expect(page.getByRole('switch', { name: 'Necessary' })).toBeDisabled();
    for (const name of ['Analytics', 'Advertising', 'Functional']) {
      await expect(page.getByRole('switch', { name })).not.toBeChecked();
      await expect(page.getByRole('switch', { name })).toBeEnabled();
    }
    await page.getByRole('switch', { name: 'Functional' }).click();
    await button(page, 'Save').click();
    expect(await consent(page)).toEqual({ necessary: true, analytics: false, targeting: false, functional: true });
  });

  test('texts override per message id: site category label/description, optOut.link, optOut.honored', async ({ page }) => {
    await withGpc(page);
    const texts = {
      en: {
        'category.functional.label': 'Comfort',
        'category.functional.description': 'Remembers your settings.',
        'optOut.link': 'Your Privacy Choices',
        'optOut.honored': 'Your opt-out is honoured',
        'banner.acceptAll': 'OK, all',
      },
    };
    await page.goto(
      await scriptTagPage(
        page,
        { region: 'US-CA', categories: { functional: { label: 'Functional' } }, texts },
        '<a href="#" data-consentkit="do-not-sell"></a>',
      ),
    );
    await expect(page.getByText('Your opt-out is honoured')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Your Privacy Choices', exact: true })).toBeVisible();
    await button(page, 'Preferences').click();
    await expect(page.getByRole('switch', { name: 'Comfort' })).toBeVisible();
    await expect(page.getByRole('dialog').getByText('Remembers your settings.')).toBeVisible();
    await expect(page.getByRole('dialog').getByText('Your opt-out is honoured')).toBeVisible();
    await expect(button(page, 'OK, all')).toHaveCount(1);
  });
});

test.describe('script tag: opt-out regime', () => {
  test('the notice control is named exactly, and one "Confirm" denies targeting', async ({ page }) => {
    await page.goto(await scriptTagPage(page, { region: 'US-CA' }));
    await expect(button(page, DNS)).toHaveCount(1);
    await button(page, DNS).click();
    await button(page, 'Confirm').click();
    await expect.poll(() => consent(page)).toMatchObject({ targeting: false });
  });

  test('a site link added after load works (no UI shown: a returning visitor)', async ({ page }) => {
    const path = await scriptTagPage(page, { region: 'US-CA' });
    await page.goto(path);
    await button(page, 'Preferences').click();
    await button(page, 'Save').click();
    await page.reload();
    await page.waitForLoadState('load');
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = '#';
      a.setAttribute('data-consentkit', 'do-not-sell');
      document.body.append(a);
    });
    const link = page.getByRole('link', { name: DNS, exact: true });
    await expect(link).toBeVisible();
    await link.click();
    await button(page, 'Confirm').click();
    await expect.poll(() => consent(page)).toMatchObject({ targeting: false });
  });

  test('GPC: "Opt-Out Request Honored" in the notice, then beside the targeting switch', async ({ page }) => {
    await withGpc(page);
    await page.goto(await scriptTagPage(page, { region: 'US-CA' }));
    await expect(page.getByText(HONORED)).toBeVisible();
    await button(page, 'Preferences').click();
    await expect(page.getByText(HONORED)).toBeVisible();
    await expect(page.getByRole('dialog').getByText(HONORED)).toBeVisible();
  });
});

test.describe('<consentkit-preferences> on a preference-center page (script tag)', () => {
  test('keyboard only: switch analytics and save; axe clean', async ({ page }) => {
    const path = await scriptTagPage(page, { region: 'FR' }, '<main><h1>Privacy settings</h1><consentkit-preferences></consentkit-preferences></main>');
    await page.goto(path);
    // The visitor decides in the banner first, then uses the inline center (which has its own "Reject all").
    await page.getByRole('region', { name: 'Your privacy' }).getByRole('button', { name: 'Reject all', exact: true }).click();
    const center = page.locator('consentkit-preferences');
    await expect(center.getByRole('switch', { name: 'Analytics' })).toBeVisible();
    await expect(center.getByRole('switch', { name: 'Necessary' })).toBeDisabled();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await tabTo(page, 'consentkit-preferences', 'Analytics');
    await page.keyboard.press('Space');
    await expect(center.getByRole('switch', { name: 'Analytics' })).toBeChecked();
    await tabTo(page, 'consentkit-preferences', 'Save');
    await page.keyboard.press('Enter');
    await expect.poll(() => consent(page)).toEqual({ necessary: true, analytics: true, targeting: false });
    await expect(center.getByRole('status').filter({ hasText: 'saved' })).toBeVisible();
  });
});

test.describe('<consentkit-preferences> on a preference-center page (npm)', () => {
  test('keyboard only, past the banner: switch analytics and save; axe clean', async ({ page }) => {
    await page.goto('/fixtures/banner/privacy.html');
    const center = page.locator('consentkit-preferences');
    await expect(center.getByRole('switch', { name: 'Necessary' })).toBeDisabled();
    for (const name of ['Analytics', 'Advertising']) await expect(center.getByRole('switch', { name })).not.toBeChecked();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await tabTo(page, 'consentkit-preferences', 'Analytics');
    await page.keyboard.press('Space');
    await tabTo(page, 'consentkit-preferences', 'Save');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as any).consent.getConsent())).toEqual({ necessary: true, analytics: true, targeting: false });
    await expect(center.getByRole('status').filter({ hasText: 'saved' })).toBeVisible();
  });
});

test.describe('renderBannerToString + mountBanner (npm)', () => {
  const CONFIG = { policyVersion: '2026-11-01', region: 'FR' };

  test('the served banner has the three exact names, and mountBanner takes it over: one host, no redraw', async ({ page }) => {
    await page.goto(await npmPage(page, CONFIG, {}, renderBannerToString(CONFIG, { language: 'en' })));
    await expect(page.locator('consentkit-banner:not([data-consentkit-ssr])')).toHaveCount(1);
    for (const name of ['Accept all', 'Reject all', 'Preferences']) await expect(button(page, name)).toHaveCount(1);
    expect(await page.evaluate(() => (window as any).__textChanges)).toEqual([]);
    await button(page, 'Accept all').click();
    await expect.poll(() => page.evaluate(() => (window as any).consent.getConsent())).toEqual({ necessary: true, analytics: true, targeting: true });
  });

  test('the taken-over banner: Escape (focus on the page) and × are a close decision', async ({ page }) => {
    for (const how of ['Escape', 'Close'] as const) {
      await page.goto(await npmPage(page, CONFIG, {}, renderBannerToString(CONFIG)));
      await expect(page.locator('consentkit-banner:not([data-consentkit-ssr])')).toHaveCount(1);
      if (how === 'Escape') await page.keyboard.press('Escape');
      else await button(page, 'Close').click();
      await expect(button(page, 'Accept all')).toHaveCount(0);
      expect(await page.evaluate(() => [(window as any).consent.hasDecided(), (window as any).consent.getDecision()?.method])).toEqual([true, 'close']);
      await page.context().clearCookies();
    }
  });

  test('{ language: "fr" }: the server renders French, and the French client takes it over without a change', async ({ page }) => {
    const served = renderBannerToString(CONFIG, { language: 'fr' });
    expect(served).toContain('lang="fr"');
    await page.goto(await npmPage(page, CONFIG, { language: 'fr', texts: { fr: (await import(fr)).fr } }, served, 'fr'));
    await expect(page.locator('consentkit-banner:not([data-consentkit-ssr])')).toHaveCount(1);
    await expect(button(page, 'Tout accepter')).toHaveCount(1);
    expect(await page.evaluate(() => (window as any).__textChanges)).toEqual([]);
  });

  test('opt-out region with GPC: the served notice is taken over; exact control name and status', async ({ page }) => {
    await withGpc(page);
    const config = { ...CONFIG, region: 'US-CA' };
    await page.goto(await npmPage(page, config, {}, renderBannerToString(config, { language: 'en', gpc: true })));
    await expect(page.locator('consentkit-banner:not([data-consentkit-ssr])')).toHaveCount(1);
    await expect(button(page, DNS)).toHaveCount(1);
    await expect(page.getByText(HONORED)).toBeVisible();
    expect(await page.evaluate(() => (window as any).__textChanges)).toEqual([]);
  });
});

test.describe('script tag: more of the contract', () => {
  test('first layer under GPC with texts.en optOut.honored: the site text, before and after the UI', async ({ page }) => {
    await withGpc(page);
    await page.goto(await scriptTagPage(page, { region: 'FR', texts: { en: { 'optOut.honored': 'Your GPC opt-out is honoured' } } }));
    await expect(page.getByText('Your GPC opt-out is honoured')).toBeVisible();
    await expect(page.getByText(HONORED)).toHaveCount(0);
    await button(page, 'Preferences').click();
    await expect(page.getByRole('dialog').getByText('Your GPC opt-out is honoured')).toBeVisible();
  });

  test('opt-out notice: Escape with focus on the page closes it as a close decision', async ({ page }) => {
    await page.goto(await scriptTagPage(page, { region: 'US-CA' }));
    await expect(button(page, DNS)).toBeVisible();
    await page.getByRole('button', { name: 'A page button' }).focus();
    await page.keyboard.press('Escape');
    await expect(button(page, DNS)).toHaveCount(0);
    expect(await page.evaluate(() => [(window as any).ConsentKit.hasDecided(), (window as any).ConsentKit.getDecision?.()?.method])).toEqual([true, 'close']);
  });

  test('opt-in visitor who accepted in the first layer (no UI loaded): the site link opts out with one "Confirm"', async ({ page }) => {
    await page.goto(
      await scriptTagPage(page, { region: 'FR' }, `<main><h1>Shop</h1></main><footer><a href="#dns" data-consentkit="do-not-sell">${DNS}</a></footer>`),
    );
    await button(page, 'Accept all').click();
    expect(await consent(page)).toMatchObject({ targeting: true });
    await page.getByRole('link', { name: DNS, exact: true }).click();
    await button(page, 'Confirm').click();
    await expect.poll(() => consent(page)).toMatchObject({ targeting: false, analytics: true });
    await expect(page.getByText(HONORED)).toBeVisible();
  });
});

test.describe('script tag: focus', () => {
  /** The accessible name of the focused element, looking into open shadow roots. */
  const focusedName = (page: Page) =>
    page.evaluate(() => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.getAttribute('aria-label') ?? active?.textContent?.trim();
    });

  test('"Preferences" of the first layer (before the UI file is there): focus moves into the dialog, and Escape returns it to "Preferences"', async ({
    page,
  }) => {
    // The UI file is held until "Preferences" has been pressed: the first layer is the template's.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/consentkit-ui.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(await scriptTagPage(page, { region: 'FR' }), { waitUntil: 'domcontentloaded' });
    await button(page, 'Preferences').focus();
    await page.keyboard.press('Enter');
    release();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.tagName)).toBe('DIALOG');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => focusedName(page)).toBe('Preferences');
    expect(await page.evaluate(() => (window as any).ConsentKit.hasDecided())).toBe(false);
  });
});
