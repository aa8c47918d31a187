import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentManager, ConsentView } from '@consentkit/core';
import type { UiStarter } from './lazy-parts';
import { startUiLoader } from './ui-loader';

const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

/** The parts of a manager the loader uses, with a `$view` store the test can set. */
function fakeManager(view: ConsentView = 'hidden', floatingButton = false) {
  const listeners: ((view: ConsentView) => void)[] = [];
  const manager = {
    config: { ui: { floatingButton } },
    $view: {
      get: () => view,
      listen: (fn: (view: ConsentView) => void) => listeners.push(fn),
    },
    showPreferences: vi.fn(() => manager.setView('preferences')),
    update: vi.fn(),
    setView(next: ConsentView) {
      view = next;
      for (const fn of listeners) fn(next);
    },
  };
  return manager;
}

/** Each test gets its own document, so listeners left by one loader never see another test's clicks. */
let doc: Document;

function start(manager: ReturnType<typeof fakeManager>, starter: UiStarter | Error = async () => {}, firstLayer = false) {
  const loadUi = vi.fn(() => (starter instanceof Error ? Promise.reject(starter) : Promise.resolve(starter)));
  const onPreferences = vi.fn();
  const now = startUiLoader(manager as unknown as ConsentManager, loadUi, { assetsUrl: 'https://cdn.example/' }, onPreferences, doc, firstLayer);
  return { loadUi, onPreferences, now };
}

describe('startUiLoader', () => {
  beforeEach(() => {
    doc = document.implementation.createHTMLDocument('page');
  });
  afterEach(() => vi.restoreAllMocks());

  it('loads nothing for a decided visitor on a page without UI elements', async () => {
    doc.body.innerHTML = '<a href="#" data-consentkit="do-not-sell">Do Not Sell</a><button data-consentkit="preferences">Settings</button>';
    const { loadUi, onPreferences } = start(fakeManager('hidden'));
    await flush();
    expect(loadUi).not.toHaveBeenCalled();
    expect(onPreferences).not.toHaveBeenCalled();
  });

  it("loads the UI when a view is due, and mounts it with the page's manager", async () => {
    const manager = fakeManager('banner');
    const starter = vi.fn(async () => {});
    const { loadUi } = start(manager, starter);
    await flush();
    expect(loadUi).toHaveBeenCalledOnce();
    expect(starter).toHaveBeenCalledWith(manager, { assetsUrl: 'https://cdn.example/' });
    manager.setView('preferences');
    await flush();
    expect(loadUi).toHaveBeenCalledOnce();
  });

  it('with the first layer drawn already, the due banner never loads the UI by itself; what needs the UI loads it at once', async () => {
    vi.useFakeTimers();
    try {
      const idle = vi.fn((fn: () => void) => setTimeout(fn, 50));
      vi.stubGlobal('requestIdleCallback', idle);
      const manager = fakeManager('banner');
      const { loadUi } = start(manager, async () => {}, true);
      window.dispatchEvent(new Event('load'));
      doc.dispatchEvent(new Event('DOMContentLoaded'));
      await vi.advanceTimersByTimeAsync(5000);
      expect(idle).not.toHaveBeenCalled();
      expect(loadUi).not.toHaveBeenCalled();
      // The visitor decides on the drawn banner: still nothing to load. A withdrawal shows the banner again — the UI's.
      manager.setView('hidden');
      await vi.advanceTimersByTimeAsync(100);
      expect(loadUi).not.toHaveBeenCalled();
      manager.setView('banner');
      expect(loadUi).toHaveBeenCalledOnce();

      // "Preferences" on the drawn banner (showPreferences()).
      doc = document.implementation.createHTMLDocument('page');
      const openedManager = fakeManager('banner');
      const opened = start(openedManager, async () => {}, true);
      openedManager.setView('preferences');
      expect(opened.loadUi).toHaveBeenCalledOnce();

      doc = document.implementation.createHTMLDocument('page');
      doc.body.innerHTML = '<button data-consentkit="preferences">Settings</button>';
      const clicked = start(fakeManager('banner'), async () => {}, true);
      doc.querySelector('button')!.click();
      expect(clicked.loadUi).toHaveBeenCalledOnce();

      doc = document.implementation.createHTMLDocument('page');
      const served = start(fakeManager('banner'), async () => {}, true);
      served.now();
      expect(served.loadUi).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['a <consentkit-preferences> element', '<consentkit-preferences></consentkit-preferences>'],
    ['a held-back embed', '<iframe data-category="targeting" data-consentkit-blocked="targeting"></iframe>'],
    ['an empty opt-out link', '<a href="#" data-consentkit="do-not-sell"></a>'],
  ])('loads the UI for %s', async (_, html) => {
    doc.body.innerHTML = html;
    const { loadUi } = start(fakeManager('hidden'));
    await flush();
    expect(loadUi).toHaveBeenCalledOnce();
  });

  it('loads the UI for the floating button, a consentkit:blocked event, or a preference center inserted later', async () => {
    expect(start(fakeManager('hidden', true)).loadUi).toHaveBeenCalledOnce();

    doc = document.implementation.createHTMLDocument('page');
    const blocked = start(fakeManager('hidden'));
    doc.body.innerHTML = '<iframe></iframe>';
    doc.body.firstElementChild!.dispatchEvent(new CustomEvent('consentkit:blocked', { bubbles: true }));
    expect(blocked.loadUi).toHaveBeenCalledOnce();

    doc = document.implementation.createHTMLDocument('page');
    const later = start(fakeManager('hidden'));
    doc.body.append(doc.createElement('consentkit-preferences'));
    await flush();
    expect(later.loadUi).toHaveBeenCalledOnce();
    expect(later.onPreferences).toHaveBeenCalled();
  });

  it('loads the UI for an empty opt-out link inserted later (it gets its text from the UI), not for one with text', async () => {
    const texted = start(fakeManager('hidden'));
    doc.body.innerHTML = '<a href="#" data-consentkit="do-not-sell">Do Not Sell</a>';
    await flush();
    expect(texted.loadUi).not.toHaveBeenCalled();

    doc = document.implementation.createHTMLDocument('page');
    const empty = start(fakeManager('hidden'));
    doc.body.innerHTML = '<footer><a href="#" data-consentkit="do-not-sell"></a></footer>';
    await flush();
    expect(empty.loadUi).toHaveBeenCalledOnce();
    expect(empty.onPreferences).not.toHaveBeenCalled();

    doc = document.implementation.createHTMLDocument('page');
    const alone = start(fakeManager('hidden'));
    const link = doc.createElement('a');
    link.setAttribute('data-consentkit', 'do-not-sell');
    doc.body.append(link);
    await flush();
    expect(alone.loadUi).toHaveBeenCalledOnce();
  });

  it('a preferences control opens the preference center (which loads the UI and asks for the cookie database)', async () => {
    doc.body.innerHTML = '<a href="/privacy" data-consentkit="preferences"><span>Privacy settings</span></a>';
    const manager = fakeManager('hidden');
    const { loadUi, onPreferences } = start(manager);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    doc.querySelector('span')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(manager.showPreferences).toHaveBeenCalledOnce();
    expect(onPreferences).toHaveBeenCalled();
    expect(loadUi).toHaveBeenCalledOnce();
  });

  it('an opt-out click loads the UI, then is replayed for the banner to handle', async () => {
    doc.body.innerHTML = '<a href="#" data-consentkit="do-not-sell">Do Not Sell</a>';
    const replayed = vi.fn();
    const { loadUi } = start(fakeManager('hidden'), async () => {
      // What mountBanner does: its own delegated listener.
      doc.addEventListener('click', replayed);
    });
    doc.querySelector('a')!.click();
    await flush();
    expect(loadUi).toHaveBeenCalledOnce();
    expect(replayed).toHaveBeenCalledOnce();
  });

  it('when the UI cannot be loaded: one error naming it, empty opt-out links get their text, and an opt-out click denies targeting', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    doc.body.innerHTML = '<a href="#" data-consentkit="do-not-sell"></a>';
    const manager = fakeManager('banner');
    start(manager, new Error('https://cdn.example/consentkit-ui.js could not be loaded'));
    await flush();
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]![0])).toMatch(/consentkit-ui\.js could not be loaded.*nothing more is granted/);
    const link = doc.querySelector('a')!;
    expect(link.textContent).toBe('Do Not Sell or Share My Personal Information');
    link.click();
    await flush();
    expect(manager.update).toHaveBeenCalledWith({ targeting: false });
    expect(error).toHaveBeenCalledOnce();
  });
});
