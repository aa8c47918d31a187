import { afterEach, describe, expect, it } from 'vitest';
import { createConsentManager } from '../consent/consent-manager';
import { createCookiePolicy, installCookieGuard, releaseHeldCookies } from './cookie-guard';
import { createCookieCategorizer } from './cookie-rules';
import type { CookieClassifier } from '../types';

describe('held writes keep their setter', () => {
  afterEach(() => {
    for (const pair of document.cookie.split(';')) {
      const name = pair.split('=')[0]!.trim();
      if (name) document.cookie = `${name}=; max-age=0; path=/`;
    }
  });

  it('a write held while the cookie database loads is classified later with the script that wrote it', () => {
    const asked: (string | undefined)[] = [];
    // Like the script tag's lazily loaded database: unknown while it loads; once loaded it knows nothing by name, only
    // the setter host can classify the cookie.
    const db = ((_name: string, setterHost?: string) => {
      if (db.pending) return undefined;
      asked.push(setterHost);
      return setterHost?.includes('ads.example') ? { category: 'targeting' } : undefined;
    }) as CookieClassifier & { pending?: boolean };
    db.pending = true;
    const manager = createConsentManager({ policyVersion: 'p1', region: 'FR', cookieDb: db });
    const stop = installCookieGuard(document, createCookiePolicy(manager, createCookieCategorizer(manager.config)));
    const script = document.createElement('script');
    script.src = 'https://ads.example/tag.js';
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
    try {
      document.cookie = 'mystery_id=abc; path=/';
    } finally {
      delete (document as unknown as Record<string, unknown>).currentScript;
    }
    try {
      expect(document.cookie).toContain('mystery_id=abc'); // held: the page reads it, the browser has not stored it
      db.pending = false;
      // Released from ConsentKit's own code (no vendor script on the stack): the recorded setter is used.
      expect(releaseHeldCookies(document)).toEqual([]);
      expect(asked).toEqual(['https://ads.example/tag.js']);
      expect(document.cookie).not.toContain('mystery_id');
    } finally {
      stop();
    }
  });
});
