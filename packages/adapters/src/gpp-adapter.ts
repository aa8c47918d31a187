import { readGpc } from '@consentkit/core/internal';
import type { ConsentAdapter, ConsentManager, ConsentView, GppOptions } from '@consentkit/core';
import { createGppCmpApi } from './gpp-cmp-api';
import type { GppCmpApi, GppData, GppDisplayStatus } from './gpp-cmp-api';
import { encodeGppString, parseSection } from './gpp-encoder';
import { DEFAULT_GPP_SECTIONS, planSections } from './gpp-regions';
import { findSection } from './gpp-sections';
import { signalValues } from './gpp-signal';
import { GPP_MARK, installGppStub, isGppOn } from './gpp-stub';
import { installUspApi } from './gpp-uspapi';

/** The GPP data (string, sections, parsed fields) for the manager's current state. */
export function gppData(manager: ConsentManager, options: GppOptions = {}): GppData {
  const plan = planSections({
    region: manager.region,
    regime: manager.regime,
    sections: options.sections ?? DEFAULT_GPP_SECTIONS,
    regions: options.regions ?? {},
  });
  const values = signalValues({
    targeting: manager.getConsent().targeting === true,
    // GPC subsection: the signal as the browser sends it, even where the site does not honour it (`gpc: false`).
    gpc: manager.gpc || readGpc(),
    notice: manager.regime !== 'none',
    mspa: options.mspaCoveredTransaction ? 'opt-out-option' : false,
  });
  const sections = plan.include.map((prefix) => findSection(prefix)!);
  return {
    gppString: encodeGppString(sections.map((section) => ({ section, values }))),
    sectionList: sections.map((section) => section.id),
    applicableSections: [findSection(plan.applicable)?.id ?? -1],
    parsedSections: Object.fromEntries(sections.map((section) => [section.prefix, parseSection(section, values)])),
  };
}

const displayOf = (view: ConsentView): GppDisplayStatus => (view === 'hidden' ? 'hidden' : 'visible');

/**
 * Keeps the CMP API in step with the manager, in the order the GPP CMP API spec requires:
 * `signalStatus: 'not ready'` first, as soon as anything is about to change; then (once the
 * manager has settled, in a microtask) `cmpDisplayStatus`, one `sectionChange` per changed
 * section, and `signalStatus: 'ready'` last. While the visitor has re-opened the preferences the
 * signal stays 'not ready' (spec, "Event Order Example 2"); the first-visit opt-out notice does
 * not hold it back: in an `opt-out` regime the current state is the visitor's until they opt out.
 */
function follow(manager: ConsentManager, api: GppCmpApi, data: () => GppData): () => void {
  let reopened = false;
  let pending = false;
  const flush = () => {
    pending = false;
    const view = manager.$view.get();
    if (view === 'hidden') reopened = false;
    api.setDisplay(displayOf(view));
    api.setData(data());
    if (!reopened) api.setSignal('ready');
  };
  const schedule = () => {
    const view = manager.$view.get();
    const display = displayOf(view);
    const current = api.ping();
    if (display === current.cmpDisplayStatus && data().gppString === current.gppString) return;
    if (display === 'visible' && current.cmpDisplayStatus === 'hidden') reopened = true;
    api.setSignal('not ready');
    if (!pending) {
      pending = true;
      queueMicrotask(flush);
    }
  };
  // The whole state: a decision (consent and view at once) or a cross-tab change calls it once.
  return manager.$state.listen(schedule);
}

/**
 * The IAB Global Privacy Platform adapter, for options that are already valid (the manager's
 * `config.gpp`, or the options `gpp()` has checked): the script tag's lazily loaded plug-in uses
 * it directly, so that file carries no configuration checks.
 *
 * It puts `window.__gpp` (CMP API v1.1) on the page with the visitor's sections, kept in step with
 * their choices and Global Privacy Control, and `window.__uspapi` when `config.uspapi` is true.
 * On when `given` options are passed, else as `config.gpp` says (on by default in `opt-out`
 * regimes, off with `gpp: false`). The synchronous stub (`installGppStub`) is installed first if
 * the page has none, so child frames reach the API through `__gppLocator`; a `__gpp` from another
 * CMP is left alone.
 */
export function createGppAdapter(given?: GppOptions): ConsentAdapter {
  return {
    name: 'gpp',
    categories: ['targeting'],
    saleOrShare: true,
    start(manager) {
      const win = window;
      const stops: (() => void)[] = [];
      if (manager.config.uspapi) stops.push(installUspApi(win, manager));
      const setting = given ?? manager.config.gpp;
      if (!isGppOn(setting, manager.regime)) return () => stops.forEach((stop) => stop());
      const opts: GppOptions = typeof setting === 'object' ? setting : {};
      const supported = opts.sections ?? DEFAULT_GPP_SECTIONS;
      const cmpId = opts.cmpId ?? 1;
      const current = (win as { __gpp?: unknown }).__gpp;
      if (typeof current === 'function' && !(GPP_MARK in current)) {
        console.warn('[consentkit] another CMP owns window.__gpp; ConsentKit leaves it.');
      } else {
        if (typeof current !== 'function') installGppStub(win, { cmpId, supportedAPIs: supported });
        const data = () => gppData(manager, opts);
        const api = createGppCmpApi(win, cmpId, supported, data());
        api.setDisplay(displayOf(manager.$view.get()));
        api.setSignal('ready');
        stops.push(follow(manager, api, data));
      }
      return () => stops.forEach((stop) => stop());
    },
  };
}
