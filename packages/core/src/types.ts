import type { ReadableAtom } from 'nanostores';

/** The three categories every site has. `necessary` is always granted. */
export type BuiltInCategory = 'necessary' | 'analytics' | 'targeting';

/** A category id: one of the built-ins or one a site declares in `config.categories` (e.g. `functional`). */
export type Category = BuiltInCategory | (string & {});

/** Per-category consent. `necessary` is always `true`. */
export type ConsentChoices = Readonly<Record<Category, boolean>>;

/**
 * How the law where the visitor is wants consent asked.
 * - `opt-in`: everything but `necessary` is off until the visitor says yes (EU/EEA, UK, CH, BR, CA-QC).
 * - `opt-out`: on by default; the visitor (or GPC) opts out of sale/sharing (US states).
 * - `notice`: inform only. `none`: nothing to show.
 */
export type Regime = 'opt-in' | 'opt-out' | 'notice' | 'none';

/** How a consent record came about. */
export type DecisionMethod = 'accept-all' | 'reject-all' | 'custom' | 'close' | 'gpc' | 'withdraw' | 'expire';

/** Which UI the manager wants shown; the banner package renders it. */
export type ConsentView = 'hidden' | 'banner' | 'preferences';

/** What a cookie classifier (e.g. `classifyCookie` from `@consentkit/cookie-db`) says about a cookie name. */
export interface CookieClassification {
  category: Category;
  vendor?: string;
  description?: string;
}

/**
 * Classifies a cookie name (and optionally the host of the script that set it); `undefined` = unknown.
 * A classifier that is still loading its data (the script tag's lazily loaded cookie database)
 * says so with `pending: true`: until it settles, gating holds writes of cookies nobody knows
 * yet instead of storing them, and `GatingHandle.cleanUp()` judges them again once it has.
 */
export type CookieClassifier = ((name: string, setterHost?: string, signals?: CookieWriteSignals) => CookieClassification | undefined) & {
  readonly pending?: boolean;
};

/**
 * What the cookie guard saw of a write besides the name, for a classifier that weighs more than
 * names (`@consentkit/cookie-db` reads `write`: the raw `document.cookie` string, with its value,
 * `Path` and lifetime).
 */
export type CookieWriteSignals = Readonly<Record<string, unknown>>;

/** Label and description of a category, shown in the preference center. */
export interface CategoryOptions {
  label?: string;
  description?: string;
}

/** Options of the consent cookie. */
export interface ConsentCookieOptions {
  /** Cookie name. Default `consentkit`. */
  name?: string;
  /** Cookie domain, e.g. `.example.com` to share consent across subdomains. Default: the current host. */
  domain?: string;
  /** Cookie path. Default `/`. */
  path?: string;
  /** Days a decision is kept before the visitor is asked again. Default 182, at most 395. */
  expiresDays?: number;
}

/** A US section of the IAB GPP string, by its API prefix. */
export type GppSectionPrefix =
  | 'usnat'
  | 'usca'
  | 'usva'
  | 'usco'
  | 'usut'
  | 'usct'
  | 'usfl'
  | 'usmt'
  | 'usor'
  | 'ustx'
  | 'usde'
  | 'usia'
  | 'usne'
  | 'usnh'
  | 'usnj'
  | 'ustn'
  | 'usmn'
  | 'usmd'
  | 'usin'
  | 'usky'
  | 'usri';

/** Options of the IAB GPP API (`window.__gpp`) for US visitors. See `docs/us-privacy.md`. */
export interface GppOptions {
  /**
   * Sections the site sends. Default `["usnat"]` (the national section). A visitor from a state whose
   * section is listed gets `usnat` (if listed) plus that section, which then applies.
   */
  sections?: GppSectionPrefix[];
  /** Overrides of the region → section table, e.g. `{ "US-CO": "usnat" }`. Keys are region codes such as `US-CO`. */
  regions?: Record<string, GppSectionPrefix>;
  /** IAB CMP id reported by `ping`. Default 1 (a CMP without an IAB registration). */
  cmpId?: number;
  /**
   * The site is an IAB MSPA signatory and declares the transaction "covered": `MspaCoveredTransaction` 1
   * in "Opt-Out Option Mode" (the visitor is offered the opt-out). Default `false`: `MspaCoveredTransaction` 2.
   */
  mspaCoveredTransaction?: boolean;
}

/** Options of the banner UI (used by `@consentkit/banner` and the script-tag build). */
export interface UiOptions {
  /** Where the first layer sits. Default `bottom`. */
  position?: 'bottom' | 'box' | 'center';
  /** Show a small floating button that re-opens the preferences. Default `false`. */
  floatingButton?: boolean;
  /** `auto` follows `prefers-color-scheme`. Default `auto`. */
  theme?: 'auto' | 'light' | 'dark';
}

/**
 * Configuration of a consent manager. Everything but `policyVersion` is optional; unknown keys
 * are an error. See `docs/configuration.md`.
 */
export interface ConsentConfig {
  /** Version of your privacy policy / cookie notice. A change asks every visitor again. */
  policyVersion: string;
  /** The visitor's region, ISO 3166-1 alpha-2 or ISO 3166-2 (`FR`, `US-CA`, `CA-QC`), usually injected by your server or CDN. */
  region?: string;
  /** Region → regime overrides of the built-in table, e.g. `{ "US": "opt-out", "CH": "opt-in" }`. */
  regimes?: Record<string, Regime>;
  /** Regime for a region that is missing or not in any table. Default `opt-in` (fail closed). */
  defaultRegime?: Regime;
  /** Extra categories (e.g. `functional`) and labels/descriptions of the built-in ones. */
  categories?: Record<string, CategoryOptions>;
  /** Cookie names (`_ga`) or prefixes (`_ga_*`) your site sets → category. */
  cookies?: Record<string, Category>;
  /** localStorage/sessionStorage keys or prefixes (`amp_*`) → category, cleared when the category is denied. */
  storage?: Record<string, Category>;
  /** URL rules `host[/path prefix]` → category for auto-blocking (`"stats.example.com": "analytics"`). */
  blockRules?: Record<string, Category>;
  /** What the cookie guard does with a cookie it cannot classify. Default `allow` (with a dev warning). */
  unknownCookies?: 'allow' | 'block';
  /** Reload the page after a category is revoked, so vendor code already running stops. Default `false`. */
  reloadOnRevoke?: boolean;
  /**
   * Strict mode (docs/gating.md): until every category is granted, a Content-Security-Policy
   * lets the page load only from its own origin, the `allow` hosts and the hosts of granted
   * categories, so the browser itself stops what no hook reaches (`import()`, inside workers).
   * Default `false`.
   */
  strictMode?: boolean | { allow?: string[] };
  /** UI language (BCP 47). Default: `<html lang>`, then the browser's. */
  language?: string;
  /** Text overrides per language: `{ "en": { "banner.title": "..." } }`. */
  texts?: Record<string, Record<string, string>>;
  /** Link to your privacy policy, shown in the banner. `http(s):` or relative. */
  privacyPolicyUrl?: string;
  /** Where consent records are posted (sendBeacon, text/plain JSON). `http(s):` or relative. */
  recordEndpoint?: string;
  /** Consent cookie options. */
  cookie?: ConsentCookieOptions;
  /** Honour Global Privacy Control. Default `true`. */
  gpc?: boolean;
  /** Script-tag build: vendor adapter name → its options, e.g. `{ "google": { "waitForUpdate": 500 } }`. */
  adapters?: Record<string, Record<string, unknown>>;
  /** The IAB GPP API (`window.__gpp`): on by default in `opt-out` regimes, `false` turns it off, an object configures it. */
  gpp?: boolean | GppOptions;
  /** Also offer the legacy IAB US Privacy API (`window.__uspapi`, deprecated by the IAB). Default `false`. */
  uspapi?: boolean;
  /** Banner UI options. */
  ui?: UiOptions;
  /** A cookie classifier, e.g. `classifyCookie` from `@consentkit/cookie-db`, used by the cookie guard and cleanup. */
  cookieDb?: CookieClassifier;
}

/** A category after validation, with its label and description. */
export interface CategoryInfo {
  readonly id: Category;
  readonly label?: string;
  readonly description?: string;
}

/** Where the region of a manager or record came from: the site's config or the browser's time zone. */
export type RegionSource = 'config' | 'estimated';

/** Validated, defaulted and frozen configuration. */
export interface ResolvedConfig {
  readonly policyVersion: string;
  readonly region: string | undefined;
  readonly regimes: Readonly<Record<string, Regime>>;
  readonly defaultRegime: Regime;
  readonly categories: readonly CategoryInfo[];
  readonly cookies: Readonly<Record<string, Category>>;
  readonly storage: Readonly<Record<string, Category>>;
  readonly blockRules: Readonly<Record<string, Category>>;
  readonly unknownCookies: 'allow' | 'block';
  readonly reloadOnRevoke: boolean;
  readonly strictMode: boolean | { readonly allow?: readonly string[] };
  readonly language: string | undefined;
  readonly texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly privacyPolicyUrl: string | undefined;
  readonly recordEndpoint: string | undefined;
  readonly cookie: Readonly<Required<Omit<ConsentCookieOptions, 'domain'>> & { domain: string | undefined }>;
  readonly gpc: boolean;
  readonly adapters: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly gpp: boolean | Readonly<GppOptions> | undefined;
  readonly uspapi: boolean;
  readonly ui: Readonly<UiOptions>;
  readonly cookieDb: CookieClassifier | undefined;
}

/**
 * An immutable proof-of-consent receipt; one per decision. Field names follow docs/storage-and-records.md
 * (vocabulary of the Kantara Consent Receipt / ISO/IEC TS 27560). No IP address, no identifier
 * beyond a random subject id.
 */
export interface ConsentRecord {
  readonly recordId: string;
  readonly previousRecordId: string | null;
  readonly subjectId: string;
  /** ISO 8601, UTC. */
  readonly timestamp: string;
  readonly policyVersion: string;
  readonly regime: Regime;
  readonly region: string | null;
  /** `config` when the site gave the region, `estimated` when it was estimated from the browser's time zone (`region` is then null if no estimate was safe). */
  readonly regionSource?: RegionSource;
  readonly method: DecisionMethod;
  readonly choices: ConsentChoices;
  /** Whether a Global Privacy Control signal was present and honoured. */
  readonly gpc: boolean;
  /** The visitor explicitly granted `targeting` although GPC was on (CCPA regs §7025(c)(3)). */
  readonly gpcOverride: boolean;
}

/** The stored decision, as read from the consent cookie. */
export interface StoredDecision {
  readonly decided: boolean;
  readonly timestamp: number;
  readonly policyVersion: string;
  readonly choices: ConsentChoices;
  readonly method: DecisionMethod;
  readonly gpc: boolean;
  readonly gpcOverride: boolean;
  readonly subjectId: string;
  readonly recordId: string;
}

/** What caused a `change` event (its third argument). */
export interface ChangeInfo {
  /**
   * The record of the decision made on this page that changed the consent; the `decision` event
   * with the same record follows. `undefined` when the change came from a decision in another tab.
   */
  readonly record: ConsentRecord | undefined;
}

/** Event payloads of `manager.on(...)`. */
export interface ConsentEvents {
  /**
   * The effective consent changed (decision, cross-tab sync, GPC). The manager always passes
   * `info`; a wrapper of the manager may not, so a listener treats it as optional.
   */
  change: (consent: ConsentChoices, previous: ConsentChoices, info?: ChangeInfo) => void;
  /** A consent record was created (every decision, including `close`, `gpc`, `withdraw`, `expire`). */
  decision: (record: ConsentRecord) => void;
  /** A browser privacy signal was honoured. Replayed to listeners added later in the same page load. */
  signal: (signal: { gpc: boolean }) => void;
}

export type ConsentEventName = keyof ConsentEvents;

/**
 * An adapter publishes consent to a vendor's own API (Google Consent Mode, Meta, ...).
 * `start` runs once when added with `manager.use()`; it may return a stop function.
 */
export interface ConsentAdapter {
  /** Vendor name, e.g. `google`. Used in error messages. */
  readonly name: string;
  /** Categories the vendor follows. */
  readonly categories?: readonly Category[];
  /** Whether the vendor is a "sale/share" recipient under US state laws, so GPC applies to it. */
  readonly saleOrShare?: boolean;
  start(manager: ConsentManager): void | (() => void);
}

/**
 * The whole state of a manager at one moment, frozen. A decision replaces it once: consent,
 * `decided` and the view always agree.
 */
export interface ConsentState {
  /** Effective consent per category (`getConsent()`). */
  readonly consent: ConsentChoices;
  /** Whether the visitor has made a current, unexpired decision (`hasDecided()`). */
  readonly decided: boolean;
  /** Which UI should be visible. */
  readonly view: ConsentView;
}

/** A consent manager: the state of one visitor's consent on one page. */
export interface ConsentManager {
  /** The validated, frozen configuration. */
  readonly config: ResolvedConfig;
  /** All category ids, `necessary` first. */
  readonly categories: readonly Category[];
  /** The regime for the visitor's region. */
  readonly regime: Regime;
  /** The visitor's region as configured (normalised to upper case) or estimated from the time zone, if any. */
  readonly region: string | undefined;
  /** Where `region` came from; `undefined` when the configuration was invalid. */
  readonly regionSource?: RegionSource;
  /** A Global Privacy Control signal is present and honoured on this page load. */
  readonly gpc: boolean;
  /** Set when the manager runs in fail-closed mode because the configuration was invalid. */
  readonly configError: Error | undefined;

  /**
   * The whole state, notified once per decision, view change or cross-tab sync: listen to this
   * to redraw from several parts at once. `$consent`, `$decided` and `$view` follow its parts;
   * each of their listeners runs after the three hold the new state.
   */
  readonly $state: ReadableAtom<ConsentState>;
  /** Effective consent per category. */
  readonly $consent: ReadableAtom<ConsentChoices>;
  /** Whether the visitor has made a (current, unexpired) decision. */
  readonly $decided: ReadableAtom<boolean>;
  /** Which UI should be visible. */
  readonly $view: ReadableAtom<ConsentView>;

  acceptAll(): void;
  rejectAll(): void;
  /** Sets some categories; the others keep their current value. Method `custom`. */
  update(choices: Partial<Record<Category, boolean>>): void;
  /** Records that the visitor closed the banner without choosing (× or Escape). */
  close(): void;
  /** Back to undecided; the banner shows again and revoked categories' cookies are deleted. */
  withdraw(): void;

  getConsent(): ConsentChoices;
  hasDecided(): boolean;
  isGranted(category: Category): boolean;
  /** The stored decision's details (method, time, GPC override), if any. */
  getDecision(): StoredDecision | undefined;
  /** The last consent record created or stored for this visitor. */
  getRecord(): ConsentRecord | undefined;

  on<E extends ConsentEventName>(event: E, fn: ConsentEvents[E]): () => void;
  /** Runs `fn` now if `category` is granted, else once when it is granted. Returns a cancel function. */
  onGranted(category: Category, fn: () => void): () => void;

  showBanner(): void;
  showPreferences(): void;
  hideUi(): void;

  /** Starts an adapter; errors in it are logged once and never affect consent. Returns a stop function. */
  use(adapter: ConsentAdapter): () => void;
  /** Stops listening to other tabs and stops adapters. */
  destroy(): void;
}
