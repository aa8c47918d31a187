import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';
import { recordErrors } from './script-tag-helpers';

// The IAB GPP API of the script-tag build in real Chromium: the __gpp stub in consentkit.min.js,
// the lazily loaded plug-in consentkit-gpp.js, a cross-origin vendor frame reaching the API
// through __gppLocator, the event order on a decision, GPC, and an EU page that pays nothing.
/** US-CA with `gpp.sections: ["usnat", "usca"]`: the national and the California section, usca in force. */
const CALIFORNIA = '/fixtures/gpp-signals/california.html';
/** Region US mapped to opt-out, default `gpp`: the national section only. */
const NATIONAL = '/fixtures/gpp-signals/national.html';
/** usnat + usca of a first visit in California (notices given, no opt-out, not MSPA-covered, no GPC), as the IAB reference library writes it. */
const CA_FIRST_VISIT = 'DBABrw~CVQqAAAAAACA.QA~BUoAAACA.QA';
const EU = '/fixtures/gpp-signals/eu.html';
/** US-CA with `uspapi: true`. */
const USPAPI = '/fixtures/gpp-signals/uspapi.html';
const PLUGIN = '/dist/consentkit/consentkit-gpp.js';
/** Turns GPC on before any script of the page runs, as Brave or Firefox with the setting would. */
const GPC_ON = "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });";

type GppWindow = Window & { __gpp?: (...args: unknown[]) => void; __gppEvents: string[]; __gppEarly: unknown };

/** What `__gpp(command, cb, parameter)` answers on the page (synchronously, as the spec requires). */
const gpp = (page: Page, command: string, parameter?: string) =>
  page.evaluate(
    ([c, p]) => {
      let answer: { data: unknown; success: boolean } | undefined;
      (window as unknown as GppWindow).__gpp!(c, (data: unknown, success: boolean) => (answer = { data, success }), p);
      return answer;
    },
    [command, parameter] as const,
  );
const ping = async (page: Page) => (await gpp(page, 'ping'))?.data as Record<string, unknown> | undefined;
const events = (page: Page) => page.evaluate(() => (window as unknown as GppWindow).__gppEvents.slice());

function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

let vendor: Server;
let vendorOrigin: string;
test.beforeAll(async () => {
  // The vendor frame's own server: another port, so another origin than the page.
  const child = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'gpp-frame', 'child.html'));
  vendor = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(child));
  await new Promise<void>((resolve) => vendor.listen(0, '127.0.0.1', resolve));
  vendorOrigin = `http://127.0.0.1:${(vendor.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => vendor.close(() => resolve())));

test('a tag right after ConsentKit finds the stub: ping answered at once, not ready; then the plug-in loads and is ready', async ({ page }) => {
  const errors = recordErrors(page);
  const requests = recordRequests(page);
  await page.goto(CALIFORNIA);
  expect(await page.evaluate(() => (window as unknown as GppWindow).__gppEarly)).toEqual({ cmpStatus: 'stub', signalStatus: 'not ready', gppVersion: '1.1' });
  await expect.poll(() => ping(page)).toMatchObject({ cmpStatus: 'loaded', signalStatus: 'ready', cmpId: 1, applicableSections: [8], sectionList: [7, 8] });
  expect(requests.filter((p) => p === PLUGIN)).toHaveLength(1);
  expect((await ping(page))?.gppString).toBe(CA_FIRST_VISIT);
  expect(await events(page)).toEqual(['listenerRegistered:true', 'cmpStatus:loaded', 'cmpDisplayStatus:visible', 'signalStatus:ready']);
  expect(await page.locator('iframe[name="__gppLocator"]').count()).toBe(1);
  expect(errors).toEqual([]);
});

test('a cross-origin vendor frame reaches __gpp through __gppLocator and gets the visitor string', async ({ page }) => {
  await page.goto(`${CALIFORNIA}?child=${encodeURIComponent(`${vendorOrigin}/child.html`)}`);
  let frame: Frame | undefined;
  await expect.poll(() => (frame = page.frames().find((f) => f.url().startsWith(vendorOrigin))) !== undefined).toBe(true);
  expect(new URL(frame!.url()).origin).not.toBe(new URL(page.url()).origin);
  await expect.poll(() => frame!.evaluate(() => (window as unknown as { __located: boolean }).__located)).toBe(true);
  const ask = (command: string, parameter?: string) =>
    frame!.evaluate(([c, p]) => (window as unknown as { ask: (c: string, p?: string) => Promise<unknown> }).ask(c, p), [command, parameter] as const);
  await expect.poll(async () => ((await ask('ping')) as { returnValue: { cmpStatus: string } }).returnValue.cmpStatus).toBe('loaded');
  expect(await ask('ping')).toMatchObject({ success: true, returnValue: { gppString: CA_FIRST_VISIT, applicableSections: [8] } });
  expect(await ask('getField', 'usca.SaleOptOut')).toMatchObject({ success: true, returnValue: 2 });
  // The visitor opts out on the page: the frame reads the new string.
  await page.evaluate(() => window.ConsentKit.update({ targeting: false }));
  await expect.poll(async () => ((await ask('getField', 'usca.SaleOptOut')) as { returnValue: number }).returnValue).toBe(1);
  expect(await ask('ping')).toMatchObject({ returnValue: { gppString: 'DBABrw~CVQVAAAAAACA.QA~BUUAAACA.QA' } });
});

test('on a decision the events come in the spec order: not ready, display hidden, sectionChange, ready', async ({ page }) => {
  await page.goto(NATIONAL);
  await expect.poll(() => ping(page)).toMatchObject({ signalStatus: 'ready' });
  const before = (await events(page)).length;
  await page.locator('footer a[data-consentkit="do-not-sell"]').click();
  await page.locator('consentkit-banner').getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect
    .poll(async () => (await events(page)).slice(before))
    .toEqual(['signalStatus:not ready', 'cmpDisplayStatus:hidden', 'sectionChange:usnat', 'signalStatus:ready']);
  expect((await gpp(page, 'getSection', 'usnat'))?.data).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1, Gpc: false });
  expect(await page.evaluate(() => window.ConsentKit.getConsent())).toMatchObject({ targeting: false });
});

test('with a state section listed, a decision changes both sections, each announced, then ready', async ({ page }) => {
  await page.goto(CALIFORNIA);
  await expect.poll(() => ping(page)).toMatchObject({ signalStatus: 'ready' });
  const before = (await events(page)).length;
  await page.locator('footer a[data-consentkit="do-not-sell"]').click();
  await page.locator('consentkit-banner').getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect
    .poll(async () => (await events(page)).slice(before))
    .toEqual(['signalStatus:not ready', 'cmpDisplayStatus:hidden', 'sectionChange:usnat', 'sectionChange:usca', 'signalStatus:ready']);
  expect((await gpp(page, 'getSection', 'usca'))?.data).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1, Gpc: false });
});

test('GPC on: usnat says Gpc true and all three opt-outs 1 from the first answer of the plug-in', async ({ page }) => {
  await page.addInitScript(GPC_ON);
  await page.goto(NATIONAL);
  await expect.poll(() => ping(page)).toMatchObject({ cmpStatus: 'loaded', signalStatus: 'ready', applicableSections: [7] });
  expect((await ping(page))?.gppString).toBe('DBABLA~CVQVAAAAAACA.YA');
  expect((await gpp(page, 'getSection', 'usnat'))?.data).toMatchObject({
    Gpc: true,
    SaleOptOut: 1,
    SharingOptOut: 1,
    TargetedAdvertisingOptOut: 1,
    MspaCoveredTransaction: 2,
  });
});

test('an EU page has no __gpp, no locator frame, and never requests the plug-in', async ({ page }) => {
  const errors = recordErrors(page);
  const requests = recordRequests(page);
  await page.goto(EU);
  // After the load event ConsentKit has done what it does once the page is parsed (where a US page requests the plug-in).
  await page.waitForLoadState('load');
  await expect.poll(() => requests.some((p) => p.endsWith('/consentkit-ui.js'))).toBe(true);
  expect(await page.evaluate(() => typeof (window as unknown as GppWindow).__gpp)).toBe('undefined');
  expect(await page.evaluate(() => (window as unknown as GppWindow).__gppEarly)).toBeNull();
  expect(await page.locator('iframe[name="__gppLocator"]').count()).toBe(0);
  expect(requests.filter((p) => p.includes('consentkit-gpp'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('uspapi: true adds the legacy __uspapi: 1YNN, then 1YYN once the visitor opts out', async ({ page }) => {
  await page.goto(USPAPI);
  const usp = () =>
    page.evaluate(() => {
      const api = (window as unknown as { __uspapi?: (c: string, v: number, cb: (d: unknown, ok: boolean) => void) => void }).__uspapi;
      let answer: unknown;
      api?.('getUSPData', 1, (data, success) => (answer = { data, success }));
      return answer;
    });
  await expect.poll(usp).toEqual({ data: { version: 1, uspString: '1YNN' }, success: true });
  expect(await page.locator('iframe[name="__uspapiLocator"]').count()).toBe(1);
  await page.evaluate(() => window.ConsentKit.update({ targeting: false }));
  expect(await usp()).toEqual({ data: { version: 1, uspString: '1YYN' }, success: true });
});
