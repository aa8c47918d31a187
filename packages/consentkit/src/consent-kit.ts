import { createConsentManager, createFallbackManager, enableGating } from '@consentkit/core';
import type { Category, ConsentAdapter, ConsentChoices, ConsentConfig, ConsentEvents, ConsentManager } from '@consentkit/core';
import { createAdapters, createFallbackAdapters } from './adapter-registry';
import { createLateClassifier, whenIdle } from './cookie-db-loader';
import { mountUi } from './mount-ui';

/**
 * The script-tag API, `window.ConsentKit` (DESIGN.md "Global API"). Every method but `init`
 * delegates to the consent manager; before `init` the reads answer "nothing granted, not
 * decided", listeners wait for `init`, and decisions are refused with a console error.
 */
export interface ConsentKit {
  /**
   * Starts ConsentKit with `config` (or, without it, the JSON block the script tag names). Idempotent:
   * a second call changes nothing and returns the same object. An invalid configuration logs one
   * `console.error` naming the field and runs fail-closed (everything but `necessary` denied, banner shown).
   */
  init(config?: ConsentConfig): ConsentKit;
  acceptAll(): void;
  rejectAll(): void;
  update(choices: Partial<Record<Category, boolean>>): void;
  /** Back to undecided; revoked categories' cookies are deleted and the banner shows again. */
  withdraw(): void;
  getConsent(): ConsentChoices;
  hasDecided(): boolean;
  isGranted(category: Category): boolean;
  on<E extends keyof ConsentEvents>(event: E, fn: ConsentEvents[E]): () => void;
  /** Runs `fn` now if `category` is granted, else once when it is granted. Returns a cancel function. */
  onGranted(category: Category, fn: () => void): () => void;
  showBanner(): void;
  showPreferences(): void;
}

/** Options of `createConsentKit`. */
export interface ConsentKitOptions {
  /** Reads the configuration when `init()` is called without one (the script tag's JSON block). */
  readConfig?: () => unknown;
  /** Directory lazily loaded files (`i18n/<lang>.json`) are fetched from. Without it, English only. */
  assetsUrl?: string;
  /** CSP nonce for the banner's `<style>` fallback. */
  nonce?: string;
  /** Show the banner and preference center. Default `true`; `false` for a site with its own UI. */
  ui?: boolean;
}

const NOT_STARTED = Object.freeze({ necessary: true }) as ConsentChoices;

/**
 * Creates the `ConsentKit` object. `init` creates the consent manager and, in the same
 * synchronous step, turns on gating and the vendor adapters, so a tag placed after the
 * ConsentKit script never runs ahead of its guard; the banner is mounted once `<body>` is parsed.
 */
export function createConsentKit(options: ConsentKitOptions = {}): ConsentKit {
  let manager: ConsentManager | undefined;
  let initialising = false;
  const waiting: ((manager: ConsentManager) => void)[] = [];

  /** Defers `subscribe` until `init`; the returned function cancels either the wait or the subscription. */
  const later = (subscribe: (m: ConsentManager) => () => void): (() => void) => {
    if (manager) return subscribe(manager);
    let stop: (() => void) | undefined;
    let cancelled = false;
    waiting.push((m) => {
      if (!cancelled) stop = subscribe(m);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  };
  const act = (name: string, run: (m: ConsentManager) => void) => () => {
    if (manager) return run(manager);
    console.error(`[consentkit] ConsentKit.${name}() was called before ConsentKit.init(); nothing changed.`);
  };

  const start = (config: unknown): ConsentManager => {
    let adapters: ConsentAdapter[];
    let m: ConsentManager;
    try {
      if (config === undefined) config = options.readConfig?.();
      if (config === undefined) throw new Error('ConsentKit config: no configuration; give the script tag data-config="#consentkit-config" or call ConsentKit.init(config)');
      const given = config as Record<string, unknown>;
      // Adapters first: their options are validated before the manager reads the cookie or posts records.
      const named = typeof given === 'object' && given !== null && typeof given.adapters === 'object' && !Array.isArray(given.adapters);
      adapters = named ? createAdapters(given.adapters as Record<string, unknown>) : [];
      // The script tag has the cookie database beside it; it is fetched once the page has loaded.
      const cookieDb = options.assetsUrl && given.cookieDb === undefined ? createLateClassifier() : undefined;
      m = createConsentManager({ ...(given as unknown as ConsentConfig), ...(cookieDb && { cookieDb: cookieDb.classify }) });
      if (cookieDb) whenIdle(() => void cookieDb.load(new URL('cookie-rules.json', options.assetsUrl).href));
    } catch (error) {
      // Fail closed (DESIGN.md "Bad input"): one clear line, then everything but `necessary`
      // denied and the banner shown; the visitor's stored decision is neither applied nor overwritten.
      const reason = error instanceof Error ? error : new Error(String(error));
      console.error(`[consentkit] ${reason.message}. Running fail-closed: everything but necessary is denied until the configuration is fixed.`);
      m = createFallbackManager(reason);
      adapters = createFallbackAdapters((config as { adapters?: unknown } | null | undefined)?.adapters);
    }
    try {
      enableGating(m);
    } catch (error) {
      console.error('[consentkit] gating could not start:', error);
    }
    for (const adapter of adapters) m.use(adapter);
    if (options.ui !== false) mountUi(m, options);
    return m;
  };

  const api: ConsentKit = {
    init(config) {
      if (manager || initialising) {
        if (config !== undefined) console.warn('[consentkit] ConsentKit.init() was already called; the new configuration is ignored.');
        return api;
      }
      initialising = true;
      manager = start(config);
      for (const run of waiting.splice(0)) run(manager);
      return api;
    },
    acceptAll: act('acceptAll', (m) => m.acceptAll()),
    rejectAll: act('rejectAll', (m) => m.rejectAll()),
    update: (choices) => act('update', (m) => m.update(choices))(),
    withdraw: act('withdraw', (m) => m.withdraw()),
    showBanner: act('showBanner', (m) => m.showBanner()),
    showPreferences: act('showPreferences', (m) => m.showPreferences()),
    getConsent: () => (manager ? manager.getConsent() : NOT_STARTED),
    hasDecided: () => manager?.hasDecided() ?? false,
    isGranted: (category) => manager?.isGranted(category) ?? category === 'necessary',
    on: (event, fn) => later((m) => m.on(event, fn)),
    onGranted: (category, fn) => later((m) => m.onGranted(category, fn)),
  };
  return api;
}
