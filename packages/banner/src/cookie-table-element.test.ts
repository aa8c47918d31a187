import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager } from '@consentkit/core';
import { COOKIE_TABLE_ELEMENT, cookieDeclarationOptions, defineCookieTableElement, readCookieDeclaration } from './cookie-table-element';
import type { CookieDeclarationEntry } from './cookie-table-element';
import { de } from './i18n/de';
import { mountBanner } from './mount-banner';

const DECLARATION: CookieDeclarationEntry[] = [
  { name: 'consentkit', provider: 'ConsentKit', category: 'necessary', purpose: 'Remembers your consent choice.', duration: 182 },
  { name: '_ga', provider: 'Google Analytics', category: 'analytics', purpose: 'Distinguishes visitors.', duration: 400 },
  { name: '_gid', provider: 'Google Analytics', category: 'analytics', purpose: '', duration: 'session' },
];

// The element name can be defined once per page (happy-dom keeps one registry per test file).
defineCookieTableElement({ texts: { de } });

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = '';
});

const mountTable = (attributes: Record<string, string>, json?: string) => {
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'ck-cookies';
    script.textContent = json;
    document.body.append(script);
  }
  const element = document.createElement(COOKIE_TABLE_ELEMENT);
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
  document.body.append(element);
  return element.shadowRoot!;
};
const cells = (root: ShadowRoot) => [...root.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent));

describe('<consentkit-cookie-table>', () => {
  it('renders the declaration from a JSON script as a table with a caption and column headers', () => {
    const root = mountTable({ declaration: '#ck-cookies' }, JSON.stringify(DECLARATION));
    expect(root.querySelector('caption')!.textContent).toBe('Cookies used on this site');
    expect([...root.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col']);
    expect(cells(root)).toEqual([
      ['Name', 'Provider', 'Category', 'Purpose', 'Duration'],
      ['consentkit', 'ConsentKit', 'Necessary', 'Remembers your consent choice.', '182 days'],
      ['_ga', 'Google Analytics', 'Analytics', 'Distinguishes visitors.', '400 days'],
      ['_gid', 'Google Analytics', 'Analytics', '', 'Session'],
    ]);
    expect(root.querySelector('tbody th')!.getAttribute('scope')).toBe('row');
  });

  it('shows one category without the category column', () => {
    const root = mountTable({ declaration: '#ck-cookies', category: 'analytics' }, JSON.stringify(DECLARATION));
    expect(cells(root).map((r) => r[0])).toEqual(['Name', '_ga', '_gid']);
    expect(cells(root)[0]).not.toContain('Category');
  });

  it('translates its headings and durations', () => {
    document.documentElement.lang = 'de';
    const element = document.createElement(COOKIE_TABLE_ELEMENT) as HTMLElement & { declaration: CookieDeclarationEntry[] };
    document.body.append(element);
    element.declaration = DECLARATION;
    const root = element.shadowRoot!;
    expect(root.firstElementChild?.getAttribute('lang')).toBe('de');
    const heading = (id: string) => de[`cookieTable.${id}` as keyof typeof de];
    expect(cells(root)[0]).toEqual(['name', 'provider', 'category', 'purpose', 'duration'].map(heading));
    expect(cells(root)[0]![1]).toBe('Anbieter');
    expect(root.querySelector('caption')!.textContent).toBe(heading('caption'));
    expect(cells(root)[3]![4]).toBe(de['cookieTable.session']);
  });

  it('says so when nothing is declared', () => {
    const root = mountTable({ declaration: '#ck-cookies', category: 'targeting' }, JSON.stringify(DECLARATION));
    expect(root.querySelector('table')).toBeNull();
    expect(root.textContent).toBe('No cookies are declared for this category.');
  });

  it('fails closed on a broken declaration: a clear console error and no table', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(mountTable({ declaration: '#ck-cookies' }, '[{ not json').querySelector('table')).toBeNull();
    expect(error).toHaveBeenLastCalledWith('ConsentKit: the cookie declaration in "#ck-cookies" is not valid JSON');
    document.body.innerHTML = '';
    expect(mountTable({ declaration: '#missing' }).querySelector('table')).toBeNull();
    expect(error).toHaveBeenLastCalledWith('ConsentKit: no <script type="application/json"> matches the cookie declaration "#missing"');
  });
});

describe('readCookieDeclaration', () => {
  it('keeps well-formed entries and reports the dropped ones', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const entries = readCookieDeclaration([DECLARATION[1], { name: 'x', provider: 'y', category: 'analytics', purpose: '', duration: -1 }, 'junk']);
    expect(entries).toEqual([DECLARATION[1]]);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('2 cookie declaration entries dropped'));
    expect(readCookieDeclaration({ cookies: [] })).toEqual([]);
  });
});

describe('cookieDeclarationOptions in the preference center', () => {
  it('lists each declared cookie with provider, duration and purpose', () => {
    const manager = createConsentManager({ policyVersion: 't', region: 'FR' });
    const handle = mountBanner(manager, { ...cookieDeclarationOptions(DECLARATION) });
    manager.showPreferences();
    const shadow = document.querySelector('consentkit-banner')!.shadowRoot!;
    expect([...shadow.querySelectorAll('details li')].map((li) => li.textContent)).toEqual([
      'consentkit — ConsentKit · 182 days · Remembers your consent choice.',
      '_ga — Google Analytics · 400 days · Distinguishes visitors.',
      '_gid — Google Analytics · Session',
    ]);
    handle.unmount();
  });
});
