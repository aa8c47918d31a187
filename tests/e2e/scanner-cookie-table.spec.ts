import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { de } from '../../packages/banner/src/i18n/de';
import { fill } from '../../packages/banner/src/translator';

// The cookie declaration on a privacy page, under a strict CSP (no inline script or style):
// the <consentkit-cookie-table> element and the preference center's richer cookie list.
const URL = '/fixtures/scan-cookie-table/index.html';

async function openPage(page: Page, language?: string) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto(language ? `${URL}?lang=${language}` : URL);
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  return violations;
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`cookie table: an accessible table with every declared cookie (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const csp = await openPage(page);
    const table = page.getByRole('table', { name: 'Cookies used on this site', exact: true });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText(['Name', 'Provider', 'Category', 'Purpose', 'Duration']);
    await expect(table.getByRole('row', { name: /_ga Google Analytics/ })).toContainText('400 days');
    await expect(table.getByRole('row', { name: /sid/ })).toContainText('Session');
    const analytics = page.getByRole('table', { name: 'Cookies used on this site: Analytics' });
    await expect(analytics.getByRole('rowheader')).toHaveText(['_ga', '_gid']);
    // Styled by the adopted stylesheet (not unstyled, not blocked by the CSP).
    const border = await page
      .locator('consentkit-cookie-table')
      .first()
      .evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('td')!).borderTopStyle);
    expect(border).toBe('solid');
    await expectNoAxeViolations(page);
    expect(csp).toEqual([]);
  });
}

test('cookie table in German: translated headings and durations', async ({ page }) => {
  await openPage(page, 'de');
  await expect(page.getByRole('table').first().getByRole('columnheader')).toHaveText(
    (['name', 'provider', 'category', 'purpose', 'duration'] as const).map((id) => de[`cookieTable.${id}`]),
  );
  await expect(page.locator('consentkit-cookie-table').first().locator('div').first()).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('row', { name: /^sid/ }).first()).toContainText(de['cookieTable.session']);
  await page.getByRole('button', { name: de['banner.preferences'], exact: true }).click();
  await page.getByRole('dialog').getByText('Cookies (2)').first().click();
  await expect(
    page
      .getByRole('dialog')
      .getByRole('listitem')
      .filter({ hasText: `_ga — Google Analytics · ${fill(de['cookieTable.days'], { count: '400' })}` }),
  ).toBeVisible();
});

test('preference center: each cookie with provider, duration and purpose; axe clean', async ({ page }) => {
  const csp = await openPage(page);
  await page.getByRole('button', { name: 'Preferences', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Cookies (2)').first().click();
  await expect(dialog.getByRole('listitem').filter({ hasText: '_ga — Google Analytics · 400 days · Distinguishes visitors.' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(csp).toEqual([]);
});
