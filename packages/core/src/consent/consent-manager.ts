import { atom } from 'nanostores';
import { resolveConfig } from './config';
import { decodeConsent, encodeConsent } from './consent-cookie';
import { createRecord, randomId } from './consent-record';
import { createCookieStorage, createMemoryStorage } from './consent-storage';
import { decisionChoices, effectiveChoices, gpcToRecord, isExpired, isGpcOverride, promptView } from './consent-policy';
import type { Policy, VisitorMethod } from './consent-policy';
import { connectTabs } from './cross-tab';
import { callSafely, createEmitter, reportError } from './event-emitter';
import { readGpc } from './gpc';
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
  ConsentState,
  ConsentView,
  DecisionMethod,
  ResolvedConfig,
  StoredDecision,
} from '../types';

/** Choices list the same categories in the same order (the configured one), so equal choices have equal JSON. */
const sameChoices = (a: ConsentChoices, b: ConsentChoices) => JSON.stringify(a) === JSON.stringify(b);

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
  const policy: Policy = { regime, categories, gpc };
  const storage = configError ? createMemoryStorage() : createCookieStorage(config.cookie);
  const keyPrefix = config.cookie.name;
  const emitter = createEmitter<ConsentEvents>();
  const stops = new Set<() => void>();
  let lastRecord: ConsentRecord | undefined;

  /** The valid decision for the current policy (possibly undecided, e.g. after withdraw). */
  let decision: StoredDecision | undefined;
  /** Ids from the last readable cookie, kept across policy changes to chain records. */
  let chain: StoredDecision | undefined;

  /** Reads the cookie. Malformed, stale or expired values leave the visitor undecided. */
  function read(): StoredDecision | undefined {
    const stored = decodeConsent(storage.read());
    if (stored) chain = stored;
    return stored && stored.policyVersion === config.policyVersion ? stored : undefined;
  }

  // `state` is the source of truth: one frozen snapshot, replaced at most once per decision,
  // view action or cross-tab sync. `$state` publishes it; `$consent`, `$decided` and `$view`
  // follow its parts. (The getters read `state`: isGranted() runs on every gated cookie write.)
  let state: ConsentState = Object.freeze({ consent: effectiveChoices(policy, undefined), decided: false, view: promptView(regime, false) });
  const $state = atom(state);
  const $consent = atom(state.consent);
  const $decided = atom(state.decided);
  const $view = atom(state.view);
  // Registered first, so they run before any other listener of `$state`; the listeners of the
  // parts run after every listener of `$state` (nanostores queues them), all seeing one state.
  $state.listen((next) => {
    $consent.set(next.consent);
    $decided.set(next.decided);
    $view.set(next.view);
  });

  /**
   * Makes the state follow `decision`: at most one state update, then `change` if the consent
   * changed. The UI shown is `view` if given; else, after a decision (`record`) or when `decided`
   * changed (another tab), the first layer when the visitor is undecided and nothing when decided.
   */
  function apply(record?: ConsentRecord, view?: ConsentView): void {
    const previous = state;
    const next = effectiveChoices(policy, decision);
    const consent = sameChoices(previous.consent, next) ? previous.consent : next;
    const decided = decision?.decided ?? false;
    view ??= record || decided !== previous.decided ? promptView(regime, decided) : previous.view;
    if (consent === previous.consent && decided === previous.decided && view === previous.view) return;
    state = Object.freeze({ consent, decided, view });
    $state.set(state);
    if (consent !== previous.consent) emitter.emit('change', consent, previous.consent, { record });
  }

  function commit(method: DecisionMethod, choices: ConsentChoices, decided: boolean): void {
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
      choices,
      gpc,
      gpcOverride: isGpcOverride(policy, choices),
    });
    // The stored decision carries the record's ids and choices (extra record fields are not stored).
    decision = chain = { ...record, decided, timestamp: now };
    lastRecord = record;
    storage.write(encodeConsent(decision));
    apply(record);
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
  if (isExpired(decision, config.cookie.expiresDays, Date.now())) commit('expire', decisionChoices(policy, 'expire', state.consent), false);
  apply();
  if (gpcToRecord(policy, decision) && !configError) {
    // Record that the signal was honoured (once, until the next decision or policy change).
    commit('gpc', { ...state.consent }, decision?.decided ?? false);
  }
  if (config.recordEndpoint && !configError) flushOutbox(config.recordEndpoint, `${keyPrefix}:outbox`);

  /** A decision of the visitor (or of page code through the API). */
  const decide = (method: VisitorMethod, update?: unknown) => commit(method, decisionChoices(policy, method, state.consent, update), true);
  const isGranted = (category: Category) => state.consent[category] === true;
  const show = (view: ConsentView) => apply(undefined, view);

  const manager: ConsentManager = {
    config,
    categories,
    regime,
    region,
    regionSource,
    gpc,
    configError,
    $state,
    $consent,
    $decided,
    $view,
    acceptAll: () => decide('accept-all'),
    rejectAll: () => decide('reject-all'),
    update: (choices) => decide('custom', choices),
    close: () => decide('close'),
    // Back to undecided: the first layer asks again.
    withdraw: () => commit('withdraw', decisionChoices(policy, 'withdraw', state.consent), false),
    getConsent: () => state.consent,
    hasDecided: () => state.decided,
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
    showBanner: () => show('banner'),
    showPreferences: () => show('preferences'),
    hideUi: () => show('hidden'),
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
  // Page code cannot swap a method to fake a grant.
  return Object.freeze(manager);
}
