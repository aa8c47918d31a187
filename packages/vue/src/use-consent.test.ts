import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, createSSRApp, defineComponent, h, nextTick } from 'vue';
import type { App } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createConsentManager } from '@consentkit/core';
import type { ConsentManager } from '@consentkit/core';
import { consentKit } from './consent-plugin';
import { ConsentGate } from './consent-gate';
import { useConsent, useGranted } from './use-consent';

let app: App | undefined;
let manager: ConsentManager | undefined;
afterEach(() => {
  app?.unmount();
  manager?.destroy();
  app = manager = undefined;
  for (const c of document.cookie.split('; ')) document.cookie = `${c.split('=')[0]}=; max-age=0; path=/`;
});

const create = () => (manager = createConsentManager({ policyVersion: '2026-11-01', region: 'FR' }));
const Tracker = () => h('p', { id: 'tracked' }, 'analytics widget');

function mount(component: ReturnType<typeof defineComponent>, ssr = false) {
  const container = document.createElement('div');
  app = createApp(component).use(consentKit(manager!, { ssr }));
  app.mount(container);
  return container;
}

describe('useConsent / useGranted', () => {
  it('follow the manager reactively', async () => {
    create();
    let renders = 0;
    const container = mount(
      defineComponent(() => {
        const consent = useConsent();
        const targeting = useGranted('targeting');
        return () => {
          renders++;
          return h('span', `${consent.value.analytics}/${targeting.value}`);
        };
      }),
    );
    expect(container.textContent).toBe('false/false');
    manager!.update({ analytics: true });
    await nextTick();
    expect(container.textContent).toBe('true/false');
    const before = renders;
    manager!.update({ analytics: true }); // no change: no render
    await nextTick();
    expect(renders).toBe(before);
  });

  it('says clearly when the plugin is missing', () => {
    const errors = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const container = document.createElement('div');
    app = createApp(defineComponent(() => (useConsent(), () => null)));
    app.config.errorHandler = (error) => {
      throw error;
    };
    expect(() => app!.mount(container)).toThrow(/app\.use\(consentKit\(manager\)\)/);
    errors.mockRestore();
    app = undefined;
  });
});

describe('ConsentGate', () => {
  it('renders the fallback slot until granted, then the default slot', async () => {
    create();
    const container = mount(defineComponent(() => () => h(ConsentGate, { category: 'analytics' }, { default: () => h(Tracker), fallback: () => 'held' })));
    expect(container.textContent).toBe('held');
    manager!.acceptAll();
    await nextTick();
    expect(container.querySelector('#tracked')).not.toBeNull();
    manager!.rejectAll();
    await nextTick();
    expect(container.querySelector('#tracked')).toBeNull();
  });

  it('offers a default placeholder whose button grants only that category', async () => {
    create();
    const container = mount(defineComponent(() => () => h(ConsentGate, { category: 'analytics' }, { default: () => h(Tracker) })));
    const button = container.querySelector('button')!;
    expect(button.textContent).toBe('Allow Analytics');
    button.click();
    await nextTick();
    expect(manager!.getConsent()).toMatchObject({ analytics: true, targeting: false });
    expect(container.querySelector('#tracked')).not.toBeNull();
  });

  it('hydrates server HTML without a mismatch (ssr: true), then shows what a decided visitor chose', async () => {
    create();
    manager!.acceptAll();
    const Root = defineComponent(
      () => () => h('div', [h(ConsentGate, { category: 'analytics' }, { default: () => h(Tracker), fallback: () => h('i', 'held') })]),
    );
    const server = createSSRApp(Root).use(consentKit(manager!, { ssr: true }));
    // Rendering for the server as the server would: with everything but necessary denied.
    const html = await renderToString(server);
    expect(html).not.toContain('analytics widget');
    const container = document.createElement('div');
    container.innerHTML = html;
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    app = createSSRApp(Root).use(consentKit(manager!, { ssr: true }));
    app.mount(container);
    await nextTick();
    expect(warnings.mock.calls.flat().join(' ')).not.toMatch(/mismatch/i);
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector('#tracked')).not.toBeNull();
    warnings.mockRestore();
    errors.mockRestore();
  });
});
