import { afterEach, describe, expect, it, vi } from 'vitest';
import { PARTS_HOOK, registerParts } from './lazy-parts';

const win = window as unknown as { ConsentKit?: object };

describe('registerParts', () => {
  afterEach(() => {
    delete win.ConsentKit;
  });

  it('hands the parts to the hook on window.ConsentKit', () => {
    const hook = vi.fn();
    win.ConsentKit = { [PARTS_HOOK]: hook };
    const ui = async () => {};
    registerParts({ ui }, 'consentkit-ui.js');
    expect(hook).toHaveBeenCalledWith({ ui });
  });

  it('without the hook (no ConsentKit, or another version) logs one error naming the file and does nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    registerParts({ ui: async () => {} }, 'consentkit-ui.js');
    win.ConsentKit = { [Symbol.for('consentkit.parts.0')]: vi.fn() };
    registerParts({ ui: async () => {} }, 'consentkit-ui.js');
    expect(error).toHaveBeenCalledTimes(2);
    expect(String(error.mock.calls[0]![0])).toContain('consentkit-ui.js is loaded by consentkit.min.js');
  });
});
