import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager } from '@consentkit/core';
import type { ConsentManager } from '@consentkit/core';
import { mountBanner } from './mount-banner';
import type { BannerHandle } from './mount-banner';
import type * as Preact from 'preact';

// Every draw of the banner ends in one Preact `render` (the first may `hydrate` served markup):
// the spy notes what the manager says at each one.
const draws = vi.hoisted(() => ({ seen: [] as unknown[], manager: undefined as ConsentManager | undefined }));
vi.mock('preact', async (importOriginal) => {
  const preact = await importOriginal<typeof Preact>();
  return {
    ...preact,
    render(...args: Parameters<typeof preact.render>) {
      const m = draws.manager;
      if (m) draws.seen.push([m.$view.get(), m.$decided.get(), m.getConsent().analytics]);
      return preact.render(...args);
    },
  };
});

let manager: ConsentManager;
let handle: BannerHandle | undefined;
const shadow = () => document.querySelector('consentkit-banner')!.shadowRoot!;
const button = (name: string) => [...shadow().querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

beforeEach(() => {
  for (const c of document.cookie.split(';')) document.cookie = `${c.split('=')[0]!.trim()}=; max-age=0; path=/`;
  localStorage.clear();
  document.body.innerHTML = '<main></main>';
  manager = createConsentManager({ policyVersion: 'draw', region: 'FR' });
  handle = mountBanner(manager);
  draws.manager = manager;
  draws.seen = [];
});
afterEach(() => {
  draws.manager = undefined;
  handle?.unmount();
  handle = undefined;
  manager.destroy();
});

describe('mountBanner draws once per decision', () => {
  it.each(['Accept all', 'Reject all'])('one click on "%s" renders the banner once, from the decided state', (name) => {
    const changes = vi.fn();
    manager.on('change', changes);
    button(name).click();
    const accepted = name === 'Accept all';
    expect(draws.seen).toEqual([['hidden', true, accepted]]);
    // "Reject all" on a first visit in opt-in changes no consent: no change event.
    expect(changes).toHaveBeenCalledTimes(accepted ? 1 : 0);
    expect(shadow().querySelector('section')).toBeNull();
  });

  it('opening the preferences renders once', () => {
    button('Preferences').click();
    expect(draws.seen).toEqual([['preferences', false, false]]);
    expect(shadow().querySelector('[role="dialog"]')).not.toBeNull();
  });
});
