import { createConsentManager, createFallbackManager, enableGating } from '@consentkit/core';
import type {
  Category,
  ConsentAdapter,
  ConsentChoices,
  ConsentConfig,
  ConsentEvents,
  ConsentManager,
  ConsentRecord,
  CookieClassifier,
  GatingHandle,
  Regime,
  RegionSource,
  StoredDecision,
} from '@consentkit/core';
import { createAdapters } from './adapter-registry';

/**
 * The script-tag API, `window.ConsentKit`: the consent manager's API (see docs/events-and-api.md)
 * without its stores and `destroy()`. Every member but `init` delegates to the manager; before
 * `init` the reads answer "nothing granted, not decided" (`regime` and the other properties are
 * `undefined`), listeners and adapters wait for `init`, and decisions are refused with a console error.
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
  /** Records that the visitor closed the banner without choosing (method `close`). */
  close(): void;
  /** Back to undecided; revoked categories' cookies are deleted and the banner shows again. */
  withdraw(): void;
  getConsent(): ConsentChoices;
  hasDecided(): boolean;
  isGranted(category: Category): boolean;
  /** The stored decision's details (method, time, GPC flags), if any. */
  getDecision(): StoredDecision | undefined;
  /** The last consent record created or stored for this visitor. */
  getRecord(): ConsentRecord | undefined;
  /** The regime for the visitor's region (`undefined` before `init`). */
  readonly regime: Regime | undefined;
  /** The region, configured or estimated from the time zone. */
  readonly region: string | undefined;
  /** Where `region` came from: `config` or `estimated`. */
  readonly regionSource: RegionSource | undefined;
  /** Whether a Global Privacy Control signal is honoured on this page load. */
  readonly gpc: boolean | undefined;
  /** All category ids, `necessary` first. */
  readonly categories: readonly Category[] | undefined;
  on<E extends keyof ConsentEvents>(event: E, fn: ConsentEvents[E]): () => void;
  /** Runs `fn` now if `category` is granted, else once when it is granted. Returns a cancel function. */
  onGranted(category: Category, fn: () => void): () => void;
  showBanner(): void;
  showPreferences(): void;
  hideUi(): void;
  /** Starts an adapter of your own (after `init`, or once `init` runs). Returns a stop function. */
  use(adapter: ConsentAdapter): () => void;
}

/** Options of `createConsentKit`. */
export interface ConsentKitOptions {
  /** Reads the configuration when `init()` is called without one (the script tag's JSON block). */
  readConfig?: () => unknown;
  /** Cookie classifier used when the configuration names none (the script tag's lazily loaded database). */
  cookieDb?: CookieClassifier;
  /**
   * Runs once `init` has created the manager and turned on gating and the adapters: shows the
   * UI, now (npm `init`) or when needed (script tag). Without it there is no UI.
   */
  start?: (manager: ConsentManager, gating: GatingHandle | undefined) => void;
}

const NOT_STARTED = Object.freeze({ necessary: true }) as ConsentChoices;

/**
 * Creates the `ConsentKit` object. `init` creates the consent manager and, in the same
 * synchronous step, turns on gating and the vendor adapters, so a tag placed after the
 * ConsentKit script never runs ahead of its guard; then `options.start` shows the UI (or arranges to).
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
  const start = (config: unknown): ConsentManager => {
    let adapters: ConsentAdapter[];
    let m: ConsentManager;
    try {
      if (config === undefined) config = options.readConfig?.();
      if (config === undefined) throw new Error('ConsentKit config: no configuration; give the script tag data-config="#consentkit-config" or call ConsentKit.init(config)');
      const given = config as ConsentConfig;
      // Adapters first: their options are validated before the manager reads the cookie or posts records.
      adapters = createAdapters(given?.adapters);
      m = createConsentManager(options.cookieDb && given?.cookieDb === undefined ? { ...given, cookieDb: options.cookieDb } : given);
    } catch (error) {
      // Fail closed (DESIGN.md "Bad input"): one clear line, then everything but `necessary`
      // denied and the banner shown; the visitor's stored decision is neither applied nor overwritten.
      const reason = error instanceof Error ? error : new Error(String(error));
      console.error(`[consentkit] ${reason.message}. Running fail-closed: everything but necessary is denied until the configuration is fixed.`);
      m = createFallbackManager(reason);
      adapters = createAdapters((config as ConsentConfig | null | undefined)?.adapters, true);
    }
    let gating: GatingHandle | undefined;
    try {
      gating = enableGating(m);
    } catch (error) {
      // enableGating starts each guard on its own and reports the ones that fail; this is
      // only reached for a manager it does not accept. Consent stays as the manager has it.
      console.error('[consentkit] gating could not start:', error);
    }
    for (const adapter of adapters) m.use(adapter);
    try {
      options.start?.(m, gating);
    } catch (error) {
      // The UI could not be arranged: consent, gating and the API still work (fail closed).
      console.error('[consentkit] the banner could not be started:', error);
    }
    return m;
  };

  const api = {
    init(config?: ConsentConfig) {
      if (manager || initialising) {
        if (config !== undefined) console.warn('[consentkit] ConsentKit.init() was already called; the new configuration is ignored.');
        return api;
      }
      initialising = true;
      manager = start(config);
      for (const run of waiting.splice(0)) run(manager);
      return api;
    },
    getConsent: () => (manager ? manager.getConsent() : NOT_STARTED),
    hasDecided: () => manager?.hasDecided() ?? false,
    isGranted: (category: Category) => manager?.isGranted(category) ?? category === 'necessary',
    getDecision: () => manager?.getDecision(),
    getRecord: () => manager?.getRecord(),
    get regime() {
      return manager?.regime;
    },
    get region() {
      return manager?.region;
    },
    get regionSource() {
      return manager?.regionSource;
    },
    get gpc() {
      return manager?.gpc;
    },
    get categories() {
      return manager?.categories;
    },
    on: (event, fn) => later((m) => m.on(event, fn)),
    use: (adapter: ConsentAdapter) => later((m) => m.use(adapter)),
    onGranted: (category: Category, fn: () => void) => later((m) => m.onGranted(category, fn)),
  } as ConsentKit;
  // Decisions and UI calls need the manager. Before `init` they are refused, not queued: a
  // decision taken before the visitor could see anything is not the visitor's.
  for (const name of ['acceptAll', 'rejectAll', 'update', 'close', 'withdraw', 'showBanner', 'showPreferences', 'hideUi'] as const) {
    api[name] = (...args: unknown[]) =>
      manager
        ? (manager[name] as (...a: unknown[]) => void)(...args)
        : console.error(`[consentkit] ConsentKit.${name}() was called before ConsentKit.init(); nothing changed.`);
  }
  return api;
}
