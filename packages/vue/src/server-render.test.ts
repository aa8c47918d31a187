// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createConsentManager } from '@consentkit/core';
import { ConsentGate, consentKit, useConsent } from './index';

describe('server rendering (no window)', () => {
  it('imports and renders without a window, with everything but necessary denied', async () => {
    expect(typeof window).toBe('undefined');
    const manager = createConsentManager({ policyVersion: '2026-11-01', region: 'US-CA' });
    expect(manager.getConsent().analytics).toBe(true); // the client's opt-out default; not the server's
    const Root = defineComponent(() => {
      const consent = useConsent();
      return () =>
        h('div', [
          h('code', JSON.stringify(consent.value)),
          h(ConsentGate, { category: 'analytics' }, { default: () => 'secret widget', fallback: () => 'held' }),
        ]);
    });
    const html = await renderToString(createSSRApp(Root).use(consentKit(manager)));
    expect(html).toContain('{&quot;necessary&quot;:true,&quot;analytics&quot;:false,&quot;targeting&quot;:false}');
    expect(html).toContain('held');
    expect(html).not.toContain('secret widget');
    manager.destroy();
  });
});
