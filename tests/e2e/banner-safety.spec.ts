import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Robustness: strict CSP, hostile page CSS, XSS payloads in every configurable string,
// languages and right-to-left layout, reflow at 320 px / 200 % zoom, reduced motion.

const url = (path: string, config: object = {}, options: object = {}) =>
  `/fixtures/banner/${path}?config=${encodeURIComponent(JSON.stringify(config))}&options=${encodeURIComponent(JSON.stringify(options))}`;
const banner = (page: Page) => page.locator('consentkit-banner').getByRole('region');

test.describe("strict CSP (script-src 'self'; style-src 'self')", () => {
  test('banner, preference center, element and placeholders render styled with zero violations', async ({ page }) => {
    const response = await page.goto('/fixtures/banner/csp/index.html');
    expect(response!.headers()['content-security-policy']).toContain("style-src 'self'");
    const accept = banner(page).getByRole('button', { name: 'Accept all' });
    await expect(accept).toBeVisible();
    // Styled: the adopted stylesheet applied (the default accent colour), under style-src 'self'.
    expect(await accept.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(29, 78, 216)');
    await expect(page.locator('consentkit-placeholder')).toHaveCount(1);
    await expect(page.locator('consentkit-preferences').getByRole('switch')).toHaveCount(3);
    await banner(page).getByRole('button', { name: 'Preferences' }).click();
    await page.getByRole('dialog').getByRole('switch', { name: 'Advertising' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('consentkit-placeholder')).toHaveCount(0);
    await page.getByRole('button', { name: 'Privacy settings' }).click();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations)).toEqual([]);
  });

  test('the listener does catch a violation (so the silence above means something)', async ({ page }) => {
    await page.goto('/fixtures/banner/csp/index.html');
    await page.evaluate(() => {
      const el = document.createElement('div');
      el.setAttribute('style', 'color: red');
      document.body.append(el);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length)).toBeGreaterThan(0);
  });
});

test.describe('hostile page CSS', () => {
  test('cannot hide, restyle or break the banner and the preference center', async ({ page }) => {
    await page.goto('/fixtures/banner/hostile.html');
    const accept = banner(page).getByRole('button', { name: 'Accept all' });
    await expect(accept).toBeVisible();
    const style = await accept.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        transform: s.textTransform,
        spacing: s.letterSpacing,
        bg: s.backgroundColor,
        fg: s.color,
        size: s.fontSize,
        height: el.getBoundingClientRect().height,
      };
    });
    expect(style).toMatchObject({ transform: 'none', spacing: 'normal', bg: 'rgb(29, 78, 216)', fg: 'rgb(255, 255, 255)', size: '16px' });
    expect(style.height).toBeGreaterThanOrEqual(44); // target size stays
    await banner(page).getByRole('button', { name: 'Preferences' }).click();
    const dialog = page.getByRole('dialog', { name: 'Privacy preferences' });
    await expect(dialog.getByRole('switch', { name: 'Analytics' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Accept all' }).click();
    expect(await page.evaluate(() => window.consent.getConsent())).toEqual({ necessary: true, analytics: true, targeting: true });
  });
});

test.describe('XSS: every configurable string is text', () => {
  const PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const ids = [
    'banner.title',
    'banner.description',
    'banner.policy',
    'banner.acceptAll',
    'banner.rejectAll',
    'banner.preferences',
    'banner.close',
    'preferences.title',
    'preferences.description',
    'preferences.save',
    'preferences.cookies',
    'category.necessary.label',
    'category.analytics.label',
    'category.targeting.label',
    'category.necessary.description',
    'category.analytics.description',
    'category.targeting.description',
    'placeholder.text',
    'placeholder.allow',
  ];
  // Placeholder texts keep their {title}/{category} slots so the iframe title is shown too.
  const texts = { en: Object.fromEntries(ids.map((id, i) => [id, `${id}#${i} ${PAYLOAD}${id.startsWith('placeholder') ? ' {title} / {category}' : ''}`])) };
  const categories = { functional: { label: `F ${PAYLOAD}`, description: `D ${PAYLOAD}` } };

  test('config.texts and category labels render as text, nothing executes', async ({ page }) => {
    await page.goto(url('embeds.html', { texts, categories, privacyPolicyUrl: '/privacy?q=<script>' }));
    await page.evaluate((payload) => {
      const frame = document.createElement('iframe');
      frame.title = `Title ${payload}`;
      frame.setAttribute('data-category', 'functional');
      frame.setAttribute('data-src', '/fixtures/banner/embedded.html');
      document.querySelector('main')!.append(frame); // core's gate blocks it and announces it
    }, PAYLOAD);
    await expect(banner(page)).toContainText(`banner.title#0 ${PAYLOAD}`);
    await banner(page)
      .getByRole('button', { name: /banner\.preferences#5/ })
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`F ${PAYLOAD}`);
    await expect(dialog).toContainText(`D ${PAYLOAD}`);
    await expect(page.locator('consentkit-placeholder').last()).toContainText(`Title ${PAYLOAD}`);
    const injected = await page.evaluate(() =>
      [...document.querySelectorAll('consentkit-banner, consentkit-placeholder')].reduce(
        (n, host) => n + host.shadowRoot!.querySelectorAll('img, script').length,
        0,
      ),
    );
    expect(injected).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  test('banner option dictionaries are text too', async ({ page }) => {
    await page.goto(url('index.html', {}, { language: 'xx', texts: { xx: { 'banner.title': PAYLOAD } } }));
    await expect(banner(page).getByRole('heading')).toHaveText(PAYLOAD);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  test('a javascript: privacy-policy URL is refused: config error, fail-closed banner, no link', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await page.goto(url('index.html', { privacyPolicyUrl: 'javascript:window.__xss=3' }));
    await expect(banner(page)).toBeVisible();
    await expect(banner(page).getByRole('link')).toHaveCount(0);
    expect(errors.join('\n')).toContain('privacyPolicyUrl');
    expect(await page.evaluate(() => window.consent.getConsent())).toEqual({ necessary: true, analytics: false, targeting: false });
  });
});

test.describe('languages and right-to-left', () => {
  test('config.language picks a shipped dictionary (German)', async ({ page }) => {
    await page.goto(url('index.html', { language: 'de-AT' }));
    await expect(banner(page).getByRole('heading')).toHaveText('Ihre Privatsphäre');
    await expect(banner(page).getByRole('button', { name: 'Alle ablehnen' })).toBeVisible();
    expect(await page.evaluate(() => document.querySelector('consentkit-banner')!.shadowRoot!.querySelector('.r')!.getAttribute('lang'))).toBe('de');
  });

  test('config.texts overrides single ids of a language', async ({ page }) => {
    await page.goto(url('index.html', { language: 'de', texts: { de: { 'banner.title': 'Cookies bei uns' } } }));
    await expect(banner(page).getByRole('heading')).toHaveText('Cookies bei uns');
    await expect(banner(page).getByRole('button', { name: 'Alle akzeptieren' })).toBeVisible();
  });

  test('a language without texts falls back to English, and says so with lang="en"', async ({ page }) => {
    await page.goto(url('index.html', { language: 'fi' }));
    await expect(banner(page).getByRole('heading')).toHaveText('Your privacy');
    expect(await page.evaluate(() => document.querySelector('consentkit-banner')!.shadowRoot!.querySelector('.r')!.getAttribute('lang'))).toBe('en');
  });

  test('Arabic renders right-to-left: dir="rtl", the × on the left, switches mirrored', async ({ page }) => {
    await page.goto(url('index.html', {}, { language: 'ar', position: 'box' }));
    const root = page.locator('consentkit-banner .r');
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(banner(page).getByRole('heading')).toHaveText('خصوصيتك');
    const close = (await banner(page).getByRole('button', { name: 'إغلاق' }).boundingBox())!;
    const title = (await banner(page).getByRole('heading').boundingBox())!;
    expect(close.x + close.width).toBeLessThan(title.x + title.width / 2);
    // The box sits in the inline-end corner: the left one in RTL.
    expect((await banner(page).boundingBox())!.x).toBeLessThan(100);
    await banner(page).getByRole('button', { name: 'التفضيلات' }).click();
    const sw = page.getByRole('switch', { name: 'ضرورية' });
    const label = (await page.getByRole('dialog').getByText('ضرورية', { exact: true }).boundingBox())!;
    expect((await sw.boundingBox())!.x).toBeLessThan(label.x); // the switch is on the left of its label
  });
});

test.describe('reflow and motion', () => {
  test('320 px wide: no horizontal scrolling, every button reachable', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto('/fixtures/banner/index.html');
    for (const name of ['Accept all', 'Reject all', 'Preferences']) {
      const box = (await banner(page).getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await banner(page).getByRole('button', { name: 'Preferences' }).click();
    const dialog = page.getByRole('dialog');
    expect((await dialog.boundingBox())!.width).toBeLessThanOrEqual(320);
    await dialog.getByRole('button', { name: 'Save' }).click(); // reachable by scrolling inside the dialog
    expect(await page.evaluate(() => window.consent.getDecision()?.method)).toBe('custom');
  });

  test('200 % zoom of a 1280×720 window (640×360 CSS px): the banner scrolls, nothing is cut off', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 360 });
    await page.goto(url('index.html', {}, { position: 'center' }));
    const box = (await banner(page).boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(360);
    await banner(page).getByRole('button', { name: 'Preferences' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  test('prefers-reduced-motion: no entrance animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/fixtures/banner/index.html');
    expect(await banner(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await banner(page).evaluate((el) => getComputedStyle(el).animationName)).not.toBe('none');
  });
});
