import { describe, expect, it } from 'vitest';
import { createPartLoader } from './part-loader';

interface FakeScript {
  src?: string;
  async?: boolean;
  nonce?: string;
  onload?: () => void;
  onerror?: () => void;
}

/** A document that records the scripts appended to <head> instead of fetching them. */
function fakeDocument() {
  const scripts: FakeScript[] = [];
  const doc = { createElement: () => ({}), head: { append: (script: FakeScript) => scripts.push(script) } } as unknown as Document;
  return { doc, scripts };
}

describe('createPartLoader', () => {
  it('inserts the file once, async, beside the bundle and with its nonce, and resolves with the part it registers', async () => {
    const { doc, scripts } = fakeDocument();
    const loader = createPartLoader('https://cdn.example/ck/1.0/', 'n0nce', doc);
    const first = loader.load('ui', 'consentkit-ui.js');
    const again = loader.load('ui', 'consentkit-ui.js');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatchObject({ src: 'https://cdn.example/ck/1.0/consentkit-ui.js', async: true, nonce: 'n0nce' });
    const ui = async () => {};
    loader.hook({ ui }); // what the file does when it runs, before its load event
    scripts[0]!.onload!();
    expect(await first).toBe(ui);
    expect(await again).toBe(ui);
  });

  it('sets no nonce when the bundle had none', () => {
    const { doc, scripts } = fakeDocument();
    void createPartLoader('https://cdn.example/', undefined, doc).load('ui', 'consentkit-ui.js');
    expect(scripts[0]!.nonce).toBeUndefined();
  });

  it('keeps the first registration of a part, and inserts nothing for a part already registered', async () => {
    const { doc, scripts } = fakeDocument();
    const loader = createPartLoader('https://cdn.example/', undefined, doc);
    const first = () => undefined;
    loader.hook({ cookieDb: first });
    loader.hook({ cookieDb: () => ({ category: 'necessary' }) });
    expect(await loader.load('cookieDb', 'consentkit-cookie-db.js')).toBe(first);
    expect(scripts).toHaveLength(0);
  });

  it('rejects naming the URL when the file fails to load, or loads without registering', async () => {
    const { doc, scripts } = fakeDocument();
    const loader = createPartLoader('https://cdn.example/', undefined, doc);
    const missing = loader.load('ui', 'consentkit-ui.js');
    scripts[0]!.onerror!();
    await expect(missing).rejects.toThrow('https://cdn.example/consentkit-ui.js could not be loaded');
    const silent = loader.load('cookieDb', 'consentkit-cookie-db.js');
    scripts[1]!.onload!();
    await expect(silent).rejects.toThrow('https://cdn.example/consentkit-cookie-db.js did not register');
  });

  it('rejects without a bundle URL (no <script src>), inserting nothing', async () => {
    const { doc, scripts } = fakeDocument();
    await expect(createPartLoader(undefined, undefined, doc).load('ui', 'consentkit-ui.js')).rejects.toThrow(/consentkit-ui\.js cannot be located/);
    expect(scripts).toHaveLength(0);
  });

  it('adapter parts: each file is loaded for its own vendors, and all registered vendors are kept', async () => {
    const { doc, scripts } = fakeDocument();
    const loader = createPartLoader('https://cdn.example/ck/', undefined, doc);
    const meta = () => ({ name: 'meta' }) as never;
    const tiktok = () => ({ name: 'tiktok' }) as never;
    const first = loader.load('adapters', 'consentkit-adapter-meta.js');
    loader.hook({ adapters: { meta } });
    scripts[0]!.onload!();
    expect((await first).meta).toBe(meta);
    // Another adapter file is still requested although an adapter part has registered already.
    const second = loader.load('adapters', 'consentkit-adapter-tiktok.js');
    expect(scripts).toHaveLength(2);
    loader.hook({ adapters: { tiktok } });
    scripts[1]!.onload!();
    expect(await second).toEqual({ meta, tiktok });
  });
});
