import { resolveConfig } from '@consentkit/core/internal';
import type { ConsentAdapter, GppOptions } from '@consentkit/core';
import { createGppAdapter } from './gpp-adapter';

export type { GppOptions, GppSectionPrefix } from '@consentkit/core';
export { createGppAdapter, gppData } from './gpp-adapter';
export type { GppCmpApi, GppData, GppDisplayStatus, GppPing, GppSignalStatus } from './gpp-cmp-api';
export { DEFAULT_GPP_SECTIONS, GPP_REGION_SECTIONS } from './gpp-regions';
export { GPP_SECTIONS } from './gpp-sections';
export type { GppField, GppSection } from './gpp-sections';
export { installGppStub, isGppOn } from './gpp-stub';
export { installUspApi, uspString } from './gpp-uspapi';

/**
 * Checks `gpp` options with the core's configuration rules (one set of rules and messages for
 * the JSON config and for npm users): throws a `ConsentConfigError` naming `gpp.<key>`.
 */
const readOptions = (options: GppOptions): GppOptions => resolveConfig({ policyVersion: 'gpp', gpp: options }).gpp as GppOptions;

/**
 * The IAB Global Privacy Platform for US visitors: `window.__gpp` (CMP API v1.1) with the
 * visitor's `usnat` or state section, kept in step with their choices and Global Privacy
 * Control; plus the legacy `window.__uspapi` when the configuration says `uspapi: true`.
 *
 * Without `options` it follows the manager's `config.gpp` (on by default in `opt-out` regimes,
 * off with `gpp: false`); with them it is on. Options are checked at once, with the same rules as
 * the `gpp` configuration key (a `ConsentConfigError` names `gpp.<key>`). See `docs/us-privacy.md`.
 *
 * @example
 * import { gpp } from '@consentkit/adapters/gpp';
 * manager.use(gpp({ sections: ['usnat', 'usca'], cmpId: 1 }));
 */
export function gpp(options?: GppOptions): ConsentAdapter {
  return createGppAdapter(options === undefined ? undefined : readOptions(options));
}
