import { createConsentManager, enableGating } from '@consentkit/core';
import { createFallbackManager } from '@consentkit/core/internal';
import type {
  Category,
  ConsentAdapter,
  ConsentChoices,
  ConsentConfig,
  ConsentManager,
  CookieClassifier,
  GatingHandle,
  Regime,
  RegionSource,
} from '@consentkit/core';
import { buildAdapters } from './build-adapters';
import type { AdapterRegistry, LazyAdapter } from './build-adapters';
import { holdConsent } from './consent-hold';
import type { AdapterFactory } from './lazy-parts';

/**
 * The script-tag API, `window.ConsentKit`: the consent manager's API (see docs/events-and-api.md)
 * without its stores and `destroy()`. Every member but `init` delegates to the manager; before
 * `init` the reads answer "nothing granted, not decided" (`regime` and the other properties are
 * `undefined`), listeners and adapters wait for `init`, and decisions are refused with a console error.
 */
export interface ConsentKit extends Pick<
  ConsentManager,
  | 'acceptAll'
  | 'rejectAll'
  | 'update'
  | 'close'
  | 'withdraw'
  | 'getConsent'
  | 'hasDecided'
  | 'isGranted'
  | 'getDecision'
  | 'getRecord'
  | 'on'
  | 'onGranted'
  | 'showBanner'
  | 'showPreferences'
  | 'hideUi'
  | 'use'
> {
  /**
   * Starts ConsentKit with `config` (or, without it, the JSON block the script tag names). Idempotent:
   * a second call changes nothing and returns the same object. An invalid configuration logs one
   * `console.error` naming the field and runs fail-closed (everything but `necessary` denied, banner shown).
   */
  init(config?: ConsentConfig): ConsentKit;
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

/** Options of `createKit`: which adapters exist, and how the ones in separate files are loaded. */
export interface KitOptions extends ConsentKitOptions {
  /** `config.adapters` key → factory (started at `init`) or the file of a lazily loaded part. */
  registry: AdapterRegistry;
  /** Loads an adapter part file; resolves with the factories it registered. */
  loadAdapters?: (file: string) => Promise<Readonly<Record<string, AdapterFactory>>>;
}

const NOT_STARTED = Object.freeze({ necessary: true }) as ConsentChoices;

/**
 * Starts the adapters that live in separate files (the script tag's adapter parts): each file is
 * loaded, its factory builds the adapter from the site's options (a bad option is reported here,
 * naming `adapters.<name>.<option>`) and the adapter starts on `manager`. `applied` runs once
 * every one of them has published the consent state; if one cannot be loaded or built it never
 * runs, so what gating holds for them stays held (fail closed), with one console error.
 */
function startLazyAdapters(manager: ConsentManager, later: readonly LazyAdapter[], options: KitOptions, lenient: boolean, applied: () => void): void {
  const load = options.loadAdapters ?? (() => Promise.reject(new Error('adapter parts cannot be loaded here')));
  void Promise.all(
    later.map(({ name, file, options: given }) =>
      load(file).then((factories) => {
        const factory = factories[name];
        if (!factory) throw new Error(`${file} did not register the "${name}" adapter (is it from the same ConsentKit release?)`);
        let adapter: ConsentAdapter;
        try {
          adapter = factory(given);
        } catch (error) {
          if (!lenient) throw error;
          adapter = factory({});
        }
        manager.use(adapter);
      }),
    ),
  ).then(applied, (error: Error) => console.error(`[consentkit] ${error.message}. The tags of the categories it follows stay held until the page is fixed.`));
}

/**
 * Creates the `ConsentKit` object. `init` creates the consent manager and, in the same
 * synchronous step, turns on gating and the vendor adapters, so a tag placed after the
 * ConsentKit script never runs ahead of its guard; then `options.start` shows the UI (or arranges to).
 * Adapters in separate files (`registry` names a file) are loaded then; until every one of them
 * has applied the consent state, gating holds what each grant would release (`consent-hold.ts`).
 */
export function createKit(options: KitOptions): ConsentKit {
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
    let later: LazyAdapter[] = [];
    let lenient = false;
    let m: ConsentManager;
    try {
      if (config === undefined) config = options.readConfig?.();
      if (config === undefined)
        throw new Error('ConsentKit config: no configuration; give the script tag data-config="#consentkit-config" or call ConsentKit.init(config)');
      const given = config as ConsentConfig;
      // Adapters first: their options are validated before the manager reads the cookie or posts records.
      adapters = buildAdapters(given?.adapters, false, options.registry, later);
      m = createConsentManager(options.cookieDb && given?.cookieDb === undefined ? { ...given, cookieDb: options.cookieDb } : given);
    } catch (error) {
      // Fail closed (docs/configuration.md, errors): one clear line, then everything but `necessary`
      // denied and the banner shown; the visitor's stored decision is neither applied nor overwritten.
      const reason = error instanceof Error ? error : new Error(String(error));
      console.error(`[consentkit] ${reason.message}. Running fail-closed: everything but necessary is denied until the configuration is fixed.`);
      m = createFallbackManager(reason);
      lenient = true;
      adapters = buildAdapters((config as ConsentConfig | null | undefined)?.adapters, true, options.registry, (later = []));
    }
    let gating: GatingHandle | undefined;
    // Gating sees the consent as the lazily loaded adapters have applied it: a grant is held for it until then.
    const hold = later.length > 0 ? holdConsent(m) : undefined;
    try {
      gating = enableGating(hold?.view ?? m);
    } catch (error) {
      // enableGating starts each guard on its own and reports the ones that fail; this is
      // only reached for a manager it does not accept. Consent stays as the manager has it.
      console.error('[consentkit] gating could not start:', error);
    }
    for (const adapter of adapters) m.use(adapter);
    if (hold) startLazyAdapters(m, later, options, lenient, hold.release);
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
