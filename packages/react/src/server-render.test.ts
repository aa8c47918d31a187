// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { createConsentManager } from '@consentkit/core';
import { ConsentGate, ConsentProvider, useConsent } from './index';

describe('server rendering (no window)', () => {
  it('imports and renders without a window, with everything but necessary denied', () => {
    expect(typeof window).toBe('undefined');
    const manager = createConsentManager({ policyVersion: '2026-11-01', region: 'US-CA' });
    // In an opt-out region the client would start with analytics granted; the server must not.
    expect(manager.getConsent().analytics).toBe(true);
    function Probe() {
      return createElement('code', null, JSON.stringify(useConsent()));
    }
    const html = renderToString(
      createElement(
        ConsentProvider,
        { manager },
        createElement(Probe),
        createElement(ConsentGate, { category: 'analytics', fallback: 'held' }, 'secret widget'),
      ),
    );
    expect(html).toContain('{&quot;necessary&quot;:true,&quot;analytics&quot;:false,&quot;targeting&quot;:false}');
    expect(html).toContain('held');
    expect(html).not.toContain('secret widget');
    manager.destroy();
  });
});
