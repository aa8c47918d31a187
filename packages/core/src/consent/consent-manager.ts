import { atom } from 'nanostores';
import { resolveConfig } from './config';
import { decodeConsent, encodeConsent } from './consent-cookie';
import { createRecord, randomId } from './consent-record';
import { createCookieStorage, createMemoryStorage } from './consent-storage';
import { connectTabs } from './cross-tab';
import { callSafely, createEmitter, reportError } from './event-emitter';
import { readGpc } from './gpc';
import { registerInternals } from './manager-internals';
import { flushOutbox, sendRecord } from './record-outbox';
import { resolveRegime } from './regimes';
import { estimateRegion, readTimeZone } from './region-estimate';
import type {
  Category,
  ConsentAdapter,
  ConsentChoices,
  ConsentConfig,
  ConsentEvents,
  ConsentManager,
  ConsentRecord,
  ConsentView,
  DecisionMethod,
  ResolvedConfig,
  StoredDecision,
} from '../types';

const DAY = 24 * 60 * 60 * 1000;

/** Choices while being computed; frozen into `ConsentChoices` once complete. */
type Choices = Record<string, boolean>;

const sameChoices = (a: ConsentChoices, b: ConsentChoices) => Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);

/**
 * Creates a consent manager: validates the configuration (throws a `ConsentConfigError`
 * naming the field), resolves the regime for `region`, reads Global Privacy Control once,
 * and restores the visitor's stored decision.
 *
 * @example
 * const consent = createConsentManager({ policyVersion: '2026-11-01', region: 'FR' });
 * consent.onGranted('analytics', () => loadAnalytics());
 */
export function createConsentManager(config: ConsentConfig): ConsentManager {
  return createManager(resolveConfig(config), undefined);
}

/**
 * The manager to run when the configuration is invalid: opt-in regime, everything but
 * `necessary` denied, the banner shown, and the stored decision neither applied nor
 * overwritten (decisions last for this page only). Used by the script-tag build.
 */
export function createFallbackManager(error: Error): ConsentManager {
  return createManager(resolveConfig({ policyVersion: 'invalid-config' }), error);
}

function createManager(config: ResolvedConfig, configError: Error | undefined): ConsentManager {
  const categories = config.categories.map((c) => c.id);
  // Without a configured region, an estimate from the time zone; it gives no region when in
  // doubt, so the visitor gets `defaultRegime` (opt-in unless the site set another).
  const regionSource = configError ? undefined : config.region ? 'config' : 'estimated';
  const region = configError ? undefined : (config.region ?? estimateRegion(readTimeZone()));
  const regime = configError ? 'opt-in' : resolveRegime({ ...config, region });
  // GPC spec: the value is fixed per navigation, so it is read once here.
  const gpc = config.gpc && readGpc();
  const storage = configError ? createMemoryStorage() : createCookieStorage(config.cookie);
  const keyPrefix = config.cookie.name;
  const emitter = createEmitter<ConsentEvents>();
  const stops = new Set<() => void>();
  let lastRecord: ConsentRecord | undefined;

  /** The valid decision for the current policy (possibly undecided, e.g. after withdraw). */
  let decision: StoredDecision | undefined;
  /** Ids from the last readable cookie, kept across policy changes to chain records. */
  let chain: StoredDecision | undefined;

  function defaults(): Choices {
    const opted = regime !== 'opt-in';
    return Object.fromEntries(categories.map((id) => [id, id === 'necessary' || opted]));
  }

  function effective(d: StoredDecision | undefined): ConsentChoices {
    const choices = defaults();
    if (d?.decided) {
      for (const id of categories) if (id !== 'necessary') choices[id] = d.choices[id] ?? (regime === 'opt-in' ? false : choices[id]!);
    }
    // GPC opts out of sale/sharing/targeted ads in every regime (CCPA regs §7025(b), CPA
    // Rule 5); an opt-out recorded under GPC persists. Only an explicit per-category grant
    // made afterwards overrides it (§7025(c)(3)).
    if ((gpc || d?.gpc) && !d?.gpcOverride && 'targeting' in choices) choices.targeting = false;
    choices.necessary = true;
    return Object.freeze(choices) as ConsentChoices;
  }

  /** Reads the cookie. Malformed, stale or expired values leave the visitor undecided. */
  function read(): StoredDecision | undefined {
    const stored = decodeConsent(storage.read());
    if (stored) chain = stored;
    return stored && stored.policyVersion === config.policyVersion ? stored : undefined;
  }

  // `current` is the source of truth; the stores mirror it. Reading an unsubscribed nanostores
  // store is comparatively slow, and isGranted() runs on every gated cookie write.
  let current = effective(undefined);
  const $consent = atom<ConsentChoices>(current);
  const $decided = atom(false);
  const $view = atom<ConsentView>('hidden');

  function apply(): void {
    const next = effective(decision);
    const previous = current;
    const decided = decision?.decided ?? false;
    if (decided !== $decided.get()) {
      $decided.set(decided);
      $view.set(decided || regime === 'none' ? 'hidden' : 'banner');
    }
    if (!sameChoices(previous, next)) {
      current = next;
      $consent.set(next);
      emitter.emit('change', next, previous);
    }
  }

  function commit(method: DecisionMethod, choices: Choices, decided: boolean): void {
    choices.necessary = true;
    const gpcOverride = gpc && choices.targeting === true;
    const now = Date.now();
    const record = createRecord({
      previousRecordId: chain?.recordId ?? null,
      subjectId: chain?.subjectId ?? randomId(),
      timestamp: now,
      policyVersion: config.policyVersion,
      regime,
      region,
      regionSource,
      method,
      choices: choices as ConsentChoices,
      gpc,
      gpcOverride,
    });
    // The stored decision carries the record's ids and choices (extra record fields are not stored).
    decision = chain = { ...record, decided, timestamp: now };
    lastRecord = record;
    storage.write(encodeConsent(decision));
    apply();
    if (decided) $view.set('hidden');
    emitter.emit('decision', record);
    if (config.recordEndpoint && !configError) sendRecord(config.recordEndpoint, record, `${keyPrefix}:outbox`);
    tabs.notify();
  }

  const tabs = configError
    ? { notify() {}, stop() {} }
    : connectTabs(`${keyPrefix}:sync`, () => {
        decision = read();
        apply();
      });
  stops.add(tabs.stop);

  // Restore the stored decision.
  decision = read();
  if (decision?.decided && decision.timestamp + config.cookie.expiresDays * DAY < Date.now()) {
    commit('expire', defaults(), false);
  }
  apply();
  if (!$decided.get() && regime !== 'none') $view.set('banner');
  if (gpc && !decision?.gpc && !configError) {
    // Record that the signal was honoured (once, until the next decision or policy change).
    commit('gpc', { ...effective(decision) }, decision?.decided ?? false);
  }
  if (config.recordEndpoint && !configError) flushOutbox(config.recordEndpoint, `${keyPrefix}:outbox`);

  function decide(method: DecisionMethod, choices: Choices): void {
    commit(method, choices, true);
  }
  const all = (granted: boolean): Choices => Object.fromEntries(categories.map((id) => [id, granted]));
  const isGranted = (category: Category) => current[category] === true;

  const manager: ConsentManager = {
    config,
    categories,
    regime,
    region,
    regionSource,
    gpc,
    configError,
    $consent,
    $decided,
    $view,
    acceptAll: () => decide('accept-all', { ...all(true), targeting: !gpc }),
    rejectAll: () => decide('reject-all', all(false)),
    update(choices) {
      if (typeof choices !== 'object' || choices === null) throw new TypeError('ConsentKit update(): expected an object such as { analytics: true }');
      const next: Choices = { ...current };
      // Nothing is applied unless every entry is valid: a typo must not half-apply a choice.
      for (const [id, granted] of Object.entries(choices)) {
        if (!categories.includes(id)) throw new TypeError(`ConsentKit update(): unknown category "${id}" (known: ${categories.join(', ')})`);
        if (typeof granted !== 'boolean') throw new TypeError(`ConsentKit update(): "${id}" must be true or false`);
        next[id] = granted;
      }
      decide('custom', next);
    },
    // Closing the first layer without a choice is a refusal in opt-in regimes (CNIL, EDPB
    // taskforce); elsewhere it acknowledges the notice and keeps the current state.
    close: () => decide('close', regime === 'opt-in' ? all(false) : { ...current }),
    withdraw() {
      commit('withdraw', { ...effective(undefined) }, false);
      $view.set(regime === 'none' ? 'hidden' : 'banner');
    },
    getConsent: () => current,
    hasDecided: () => $decided.get(),
    isGranted,
    getDecision: () => decision,
    getRecord: () => lastRecord,
    on(event, fn) {
      const off = emitter.on(event, fn);
      // The signal is read before anyone can listen: replay it to every new listener.
      if (event === 'signal' && gpc) callSafely(fn, 'a "signal" listener', [{ gpc }]);
      return off;
    },
    onGranted(category, fn) {
      if (isGranted(category)) {
        callSafely(fn, `onGranted("${category}")`);
        return () => {};
      }
      const off = emitter.on('change', (consent) => {
        if (consent[category]) {
          off();
          fn();
        }
      });
      return off;
    },
    showBanner: () => $view.set('banner'),
    showPreferences: () => $view.set('preferences'),
    hideUi: () => $view.set('hidden'),
    use(adapter: ConsentAdapter) {
      let stop: void | (() => void);
      try {
        stop = adapter.start(manager);
      } catch (error) {
        reportError(`adapter "${adapter.name}"`, error);
        return () => {};
      }
      const stopAdapter = () => {
        stops.delete(stopAdapter);
        if (stop) callSafely(stop, `stopping adapter "${adapter.name}"`);
      };
      stops.add(stopAdapter);
      return stopAdapter;
    },
    destroy() {
      for (const stop of [...stops]) stop();
    },
  };
  registerInternals(manager, { storage });
  // Page code cannot swap a method to fake a grant.
  return Object.freeze(manager);
}
